/** msw 2 and 3 handlers for CloudTrail's import operations, answered by the fake import service. */
import './peer.js';
export { cloudTrailImportHandlers } from './handlers.js';
export { CLOUDTRAIL_ENDPOINT } from './endpoints.js';
export type { CloudTrailImportHandlersOptions } from './options.js';
export { createImportRecorder, isImportExchangeRecorder } from './recorder.js';
export type { AnsweredImportExchange, ImportErrorBody, ImportExchangeRecorder, RecordedImportExchange, RefusedImportExchange } from './recorder.js';
