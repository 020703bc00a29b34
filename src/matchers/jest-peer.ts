/** Jest, the optional peer of cloudtrail-import-contract/jest, through the @jest/globals it provides. Required first by the module that loads it, so the CommonJS build names it when missing. */
import { requirePeer, type OptionalPeer } from '../peer.js';

export const JEST_PEER: OptionalPeer = { subpath: 'cloudtrail-import-contract/jest', peer: 'jest', module: '@jest/globals' };
requirePeer(JEST_PEER);
