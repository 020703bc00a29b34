/** msw 2 and 3 handlers for CloudTrail's import operations and CloudWatch Logs' import-task operations, answered by the fakes. */
import './peer.js';
export { cloudTrailImportHandlers } from './handlers.js';
export { CLOUDTRAIL_ENDPOINT, CLOUDWATCH_LOGS_ENDPOINT } from '../contract/endpoints.js';
export { cloudWatchLogsImportHandlers } from './logs-handlers.js';
export type { CloudWatchLogsImportHandlersOptions } from './logs-handlers.js';
export { createLogsImportRecorder, isLogsImportExchangeRecorder } from './logs-recorded.js';
export type { AnsweredLogsImportExchange, LogsImportExchangeRecorder, RecordedLogsImportExchange, RefusedLogsImportExchange } from './logs-recorded.js';
export type { CloudTrailImportHandlersOptions, CloudTrailImportHandlersRecorderOption } from './options.js';
export { createImportRecorder, isImportExchangeRecorder } from './recorder.js';
export type { AnsweredImportExchange, ImportErrorBody, ImportExchangeRecorder, RecordedImportExchange, RefusedImportExchange } from './recorder.js';
