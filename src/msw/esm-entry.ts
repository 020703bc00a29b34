/** The ES module entry of cloudtrail-import-contract/msw: index.js, loaded so that a missing msw is named (see ../peer.ts). */
import { importWithPeer } from '../peer.js';
import { MSW_PEER } from './peer.js';

const msw = await importWithPeer(() => import('./index.js'), MSW_PEER);
export const { cloudTrailImportHandlers, cloudWatchLogsImportHandlers, CLOUDTRAIL_ENDPOINT, CLOUDWATCH_LOGS_ENDPOINT, createImportRecorder, createLogsImportRecorder, isImportExchangeRecorder, isLogsImportExchangeRecorder } = msw;
