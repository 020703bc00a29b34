/** fast-check, the optional peer of cloudtrail-import-contract/arbitraries. Required first by the module that loads it, so the CommonJS build names it when missing. */
import { requirePeer, type OptionalPeer } from '../peer.js';

export const FAST_CHECK_PEER: OptionalPeer = { subpath: 'cloudtrail-import-contract/arbitraries', peer: 'fast-check' };
requirePeer(FAST_CHECK_PEER);
