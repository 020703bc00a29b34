/** Vitest, the optional peer of cloudtrail-import-contract/vitest. Required first by the module that loads it, so the CommonJS build names it when missing. */
import { requirePeer, type OptionalPeer } from '../peer.js';

export const VITEST_PEER: OptionalPeer = { subpath: 'cloudtrail-import-contract/vitest', peer: 'vitest' };
requirePeer(VITEST_PEER);
