import { checkOptionsObject, type OptionNames } from '../contract/options.js';
import { http, type HttpHandler } from 'msw';
import { describe } from '../contract/timestamps.js';
import type { LogsImportFake } from '../fake/index.js';
import { regionOfLogsEndpoint } from '../contract/endpoints.js';
import { isLogsImportFake } from '../fake/recognise.js';
import { logsExchange } from './logs-answer.js';
import { isOtherLogsOperation } from './logs-operations.js';
import { isLogsImportExchangeRecorder, type LogsImportExchangeRecorder } from './logs-recorded.js';
import { toResponse } from './respond.js';

const LOGS_HANDLER_OPTIONS = { recorder: true } as const satisfies OptionNames<CloudWatchLogsImportHandlersOptions>;

/** Options of `cloudWatchLogsImportHandlers`. */
export interface CloudWatchLogsImportHandlersOptions {
  /** Records every exchange the handlers answer (see `createLogsImportRecorder`). */
  readonly recorder?: LogsImportExchangeRecorder | undefined;
}

/**
 * Whether the handlers take a request: one to a CloudWatch Logs endpoint, unless its target names
 * another CloudWatch Logs operation (PutLogEvents, …), which is left to other handlers. A target
 * naming no operation is answered UnknownOperationException.
 */
function isImportTaskRequest({ request }: { readonly request: Request }): boolean {
  if (regionOfLogsEndpoint(request.url) === undefined) return false;
  const target = request.headers.get('x-amz-target');
  return target === null || !isOtherLogsOperation(target);
}

/**
 * msw 2 handlers that answer CloudWatch Logs' four import-task operations (CreateImportTask,
 * DescribeImportTasks, DescribeImportTaskBatches, CancelImportTask) over awsJson1_1 from a
 * stateful fake (`createLogsImportFake`). They match `POST` to any CloudWatch Logs endpoint
 * (`CLOUDWATCH_LOGS_ENDPOINT`: every Region and partition, FIPS and dual-stack), with the
 * `X-Amz-Target` `Logs_20140328.OPERATION`; the Region of the host name is the Region of the call.
 * A target naming no CloudWatch Logs operation is UnknownOperationException, a wrong content type
 * or a body that is no JSON object SerializationException; the fake
 * answers the rest: the output with HTTP 200, or `{"__type", "message"}` with the model's status
 * (400), so a real CloudWatchLogsClient resolves or throws its own exception classes. A request
 * for another CloudWatch Logs operation (PutLogEvents, …) is left to your other handlers. A failure
 * inside the handlers is answered `TestDoubleFailure` (HTTP 400), never thrown.
 *
 * It returns handlers and starts no server.
 *
 * @example
 * const logs = createLogsImportFake({ stores: lake.stores, clock: lake.clock });
 * server.use(...cloudTrailImportHandlers({ fake: lake }), ...cloudWatchLogsImportHandlers(logs));
 * await new CloudWatchLogsClient({ region: 'us-east-1' }).send(new CreateImportTaskCommand({ importSourceArn, importRoleArn }));
 *
 * @remarks Since 0.1.0
 */
export function cloudWatchLogsImportHandlers(fake: LogsImportFake, options: CloudWatchLogsImportHandlersOptions = {}): HttpHandler[] {
  if (!isLogsImportFake(fake)) throw new TypeError(`cloudWatchLogsImportHandlers: fake must be made by createLogsImportFake() (got ${describe(fake)})`);
  checkOptionsObject('cloudWatchLogsImportHandlers', options, LOGS_HANDLER_OPTIONS);
  const { recorder } = options;
  if (recorder !== undefined && !isLogsImportExchangeRecorder(recorder)) {
    throw new TypeError('cloudWatchLogsImportHandlers: options.recorder must be a recorder made by createLogsImportRecorder()');
  }
  return [
    http.post(isImportTaskRequest, async ({ request }) => {
      const { answer, recorded } = await logsExchange(fake, request);
      recorder?.record(recorded);
      return toResponse(answer);
    }),
  ];
}
