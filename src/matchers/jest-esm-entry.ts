/** The ES module entry of cloudtrail-import-contract/jest: jest.js, loaded so that a missing Jest is named (see ../peer.ts). */
import { importWithPeer } from '../peer.js';
import { JEST_PEER } from './jest-peer.js';

await importWithPeer(() => import('./jest.js'), JEST_PEER);
