/** msw, the optional peer of cloudtrail-import-contract/msw. Required first by the module that loads it, so the CommonJS build names it when missing. */
import { requirePeer, type OptionalPeer } from '../peer.js';

export const MSW_PEER: OptionalPeer = { subpath: 'cloudtrail-import-contract/msw', peer: 'msw' };
requirePeer(MSW_PEER);
