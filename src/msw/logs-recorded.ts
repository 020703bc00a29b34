/** The recorder of `cloudWatchLogsImportHandlers`: the one recorder (`createRecorder`), typed by the four import-task operations. */
import type { LogsImportOperation } from '../contract/operations.js';
import type { LogsImportInputs, LogsImportOutputs } from '../fake/index.js';
import { createRecorder, isRecorderOf, type AnsweredExchange, type ExchangeRecorder, type RecordedExchange, type RefusedExchange } from './recorder.js';

/** An exchange of a CloudWatch Logs import-task operation the fake answered: its bodies are that operation's input and output (epoch milliseconds). */
export type AnsweredLogsImportExchange<O extends LogsImportOperation = LogsImportOperation> = AnsweredExchange<LogsImportInputs, LogsImportOutputs, O>;

/** A CloudWatch Logs import-task exchange refused with an error (`{"__type", "message"}`). */
export type RefusedLogsImportExchange = RefusedExchange<LogsImportOperation>;

/**
 * One HTTP exchange the CloudWatch Logs import handlers answered: narrow on `status` (200 or an
 * error) and then on `operation` to read the bodies with their model types.
 *
 * @example
 * const [first] = recorder.exchanges;
 * if (first?.status === 200 && first.operation === 'CreateImportTask') first.responseBody.importId; // string | undefined
 */
export type RecordedLogsImportExchange = RecordedExchange<LogsImportInputs, LogsImportOutputs>;

/** Captures the exchanges of `cloudWatchLogsImportHandlers(fake, { recorder })`, for assertions. */
export type LogsImportExchangeRecorder = ExchangeRecorder<LogsImportInputs, LogsImportOutputs>;

/**
 * A recorder to pass to `cloudWatchLogsImportHandlers(fake, { recorder })`: every exchange, as
 * sent and as answered, typed per operation as `createImportRecorder`'s are for CloudTrail.
 *
 * @example
 * const recorder = createLogsImportRecorder();
 * server.use(...cloudWatchLogsImportHandlers(logs, { recorder }));
 * await migrate(options);
 * const [created] = recorder.of('CreateImportTask');
 * if (created?.status === 200) created.requestBody.importRoleArn; // string | undefined
 *
 * @remarks Since 0.1.0
 */
export function createLogsImportRecorder(): LogsImportExchangeRecorder {
  return createRecorder('CloudWatchLogs');
}

/** Whether `value` is a recorder made by `createLogsImportRecorder`. */
export function isLogsImportExchangeRecorder(value: unknown): value is LogsImportExchangeRecorder {
  return isRecorderOf(value, 'CloudWatchLogs');
}
