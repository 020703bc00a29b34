import { LOGS_IMPORT_OPERATIONS, type LogsImportOperation } from '../contract/operations.js';
import { createLogsImportFake, type LogsImportFake } from '../fake/index.js';
import type { LogsAnswerableErrorName } from '../operations/logs/errors.js';
import { logsSdk, logsSdkException } from './logs-sdk.js';
import type { CloudWatchLogsMock } from './logs-types.js';
import { describe } from '../contract/timestamps.js';
import { isLogsImportFake } from '../fake/recognise.js';
import { checkStub } from './stub.js';

const WHO = 'useLogsImportFake';

/**
 * Answers one command from the fake as the real client would: the output with `$metadata`, or the
 * SDK's own exception (the fake answers these operations only with the model's and AWS's common
 * errors, which the SDK knows).
 */
function answer(fake: LogsImportFake, operation: LogsImportOperation, input: unknown): Promise<Record<string, unknown>> {
  const id = globalThis.crypto.randomUUID();
  const outcome = fake.handle(operation, input, { shape: 'sdk' });
  if (!outcome.ok) {
    // A protocol error (the only names outside LogsAnswerableErrorName) answers no call of a known operation.
    return Promise.reject(logsSdkException(WHO, outcome.error.name as LogsAnswerableErrorName, outcome.error.message, id));
  }
  return Promise.resolve({ ...outcome.output, $metadata: { httpStatusCode: 200, requestId: id, attempts: 1, totalRetryDelay: 0 } });
}

/**
 * Routes the four CloudWatch Logs import-task commands (CreateImportTask, DescribeImportTasks,
 * DescribeImportTaskBatches, CancelImportTask) sent to an aws-sdk-client-mock stub of
 * `CloudWatchLogsClient` to a Logs import fake, so a test runs its code against the import tasks'
 * lifecycle rather than hand-written answers. An invalid request, or one the fake's state refuses,
 * rejects with the SDK's own exception class. Returns the fake, to move its clock, fail batches or
 * queue faults. It adds behaviours for those four commands only and never resets the stub.
 * Needs `@aws-sdk/client-cloudwatch-logs` (an optional peer), loaded on the first call.
 *
 * @example
 * const logsMock = mockClient(CloudWatchLogsClient);
 * const logs = useLogsImportFake(logsMock, createLogsImportFake({ stores: lake.stores, clock: lake.clock }));
 * const { importId } = await client.send(new CreateImportTaskCommand({ importSourceArn, importRoleArn }));
 * logs.clock.advanceBy(60_000);
 *
 * @remarks Since 0.1.0
 */
export function useLogsImportFake(logsMock: CloudWatchLogsMock, fake: LogsImportFake = createLogsImportFake()): LogsImportFake {
  checkStub(WHO, logsMock, 'CloudWatchLogsClient');
  if (!isLogsImportFake(fake)) throw new TypeError(`${WHO}: fake must be made by createLogsImportFake() (got ${describe(fake)})`);
  const sdk = logsSdk(WHO);
  for (const operation of LOGS_IMPORT_OPERATIONS) {
    logsMock.on(sdk[`${operation}Command`] as never).callsFake((input: unknown) => answer(fake, operation, input));
  }
  return fake;
}
