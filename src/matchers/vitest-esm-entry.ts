/** The ES module entry of cloudtrail-import-contract/vitest: vitest.js, loaded so that a missing Vitest is named (see ../peer.ts). */
import { importWithPeer } from '../peer.js';
import { VITEST_PEER } from './vitest-peer.js';

await importWithPeer(() => import('./vitest.js'), VITEST_PEER);
