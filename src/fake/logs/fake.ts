import { isLogsImportOperation, LOGS_IMPORT_OPERATIONS } from '../../contract/operations.js';
import { CLOUDWATCH_LOGS_CLIENT } from '../../contract/sdk.js';
import { checkOptionsObject, type OptionNames } from '../../contract/options.js';
import { clip, describe } from '../../contract/timestamps.js';
import { LOGS_MODEL } from '../../generated/logs-model.js';
import { FaultQueue } from '../faults.js';
import { toSdkError } from '../sdk-errors.js';
import { internalsOf } from '../stores.js';
import { settle, type LogsCall, type LogsContext } from './context.js';
import { createImportTask } from './create-import-task.js';
import { refuse, type Refusal } from './errors.js';
import { failBatch } from './fail-batch.js';
import { LOGS_IMPORT_EXCEPTIONS, type LogsImportExceptionName, type LogsImportOperation } from './operations.js';
import { readLogsOptions } from './options.js';
import { cancelImportTask, describeImportTaskBatches, describeImportTasks } from './read-operations.js';
import { logGroupSnapshot, taskSnapshot } from './snapshots.js';
import { TaskStore } from './tasks.js';
import type { LogsImportFake, LogsImportFakeOptions, LogsImportHandleOptions, LogsImportOutcome } from './types.js';
import { withWarnings } from '../errors.js';
import { readLogsInput } from './validate-input.js';

const IMPORT_ID = LOGS_MODEL.shapes.ImportId;
const IMPORT_ID_PATTERN = new RegExp(IMPORT_ID.pattern);

const HANDLE_OPTIONS = { shape: true, region: true } as const satisfies OptionNames<LogsImportHandleOptions>;

function readCall(options: LogsImportHandleOptions | undefined, home: string): LogsCall {
  if (options !== undefined) checkOptionsObject('handle', options, HANDLE_OPTIONS);
  // Read as unknown: a JavaScript caller's options are not checked by the compiler.
  const shape: unknown = options?.shape ?? 'sdk';
  if (shape !== 'sdk' && shape !== 'wire') throw new TypeError(`handle: options.shape must be 'sdk' or 'wire' (got ${describe(shape)})`);
  const region: unknown = options?.region ?? home;
  if (typeof region !== 'string') throw new TypeError(`handle: options.region must be a Region code (got ${describe(region)})`);
  return { shape, region };
}

/** Wraps the `importIds` option: every id must fit the model's ImportId and be new. */
function checkedIds(make: () => string, taken: (id: string) => boolean): () => string {
  return () => {
    const id: unknown = make();
    if (typeof id !== 'string' || id.length < IMPORT_ID.minLength || id.length > IMPORT_ID.maxLength || !IMPORT_ID_PATTERN.test(id)) {
      throw new TypeError(`options.importIds must return ${IMPORT_ID.minLength}-${IMPORT_ID.maxLength} characters of [-a-zA-Z0-9] (got ${describe(id)})`);
    }
    if (taken(id)) throw new TypeError(`options.importIds returned '${id}' a second time: import ids must be unique`);
    return id;
  };
}

function dispatch(context: LogsContext, operation: LogsImportOperation, input: unknown, call: LogsCall): LogsImportOutcome {
  const read = readLogsInput(operation, input, call.shape, context.clock);
  if ('refused' in read) return read.refused;
  // Each branch's input is the checked input of its own operation.
  const checked = read.input as never;
  return withWarnings(answerOf(context, operation, checked, call), read.warnings);
}

function answerOf(context: LogsContext, operation: LogsImportOperation, checked: never, call: LogsCall): LogsImportOutcome {
  if (operation === 'CreateImportTask') return createImportTask(context, checked, call);
  if (operation === 'DescribeImportTasks') return describeImportTasks(context, checked, call);
  if (operation === 'DescribeImportTaskBatches') return describeImportTaskBatches(context, checked, call);
  return cancelImportTask(context, checked, call);
}

function settleOutcome<T>(outcome: LogsImportOutcome): Promise<T> {
  return outcome.ok ? Promise.resolve(outcome.output as T) : Promise.reject(toSdkError(CLOUDWATCH_LOGS_CLIENT, 'createLogsImportFake', outcome.error));
}

/**
 * A stateful, in-memory fake of CloudWatch Logs' four import-task operations: CreateImportTask
 * imports the events of a CloudTrail Lake event data store (from `stores`, which the CloudTrail
 * fake can share) into the managed log group `/aws/cloudtrail/<store id>`, in batches grouped by
 * eventTime that end one after another on the fake's clock; DescribeImportTasks,
 * DescribeImportTaskBatches and CancelImportTask read and cancel them. Every input is checked
 * against the contract first (InvalidParameterException); the source must exist and be active,
 * the filter within its retention, and at most 3 tasks may be in progress per account.
 *
 * @example
 * const lake = createFakeCloudTrailImports({ stores, now: '2026-03-01T00:00:00Z' });
 * const logs = createLogsImportFake({ stores: lake.stores, clock: lake.clock });
 * const { importId } = await logs.createImportTask({ importSourceArn: storeArn, importRoleArn });
 * logs.clock.advanceBy(10 * 60_000);
 * (await logs.describeImportTasks({ importId })).imports?.[0]?.importStatus; // 'COMPLETED'
 *
 * @remarks Since 0.1.0
 */
export function createLogsImportFake(options: LogsImportFakeOptions = {}): LogsImportFake {
  const read = readLogsOptions(options);
  const tasks = new TaskStore();
  const shared = internalsOf(read.stores) as NonNullable<ReturnType<typeof internalsOf>>;
  const context: LogsContext = {
    home: read.home,
    registry: shared.registry,
    tasks,
    logGroups: new Map(),
    clock: read.clock,
    nextId: checkedIds(read.importIds, (id) => tasks.has(id)),
    batchDuration: read.batchDuration,
    batchSpan: read.batchSpan,
    issuedTokens: new Map(),
  };
  const faults = new FaultQueue<LogsImportOperation, LogsImportExceptionName, Refusal>({
    operations: LOGS_IMPORT_OPERATIONS,
    messages: LOGS_IMPORT_EXCEPTIONS,
    refuse,
    operationWord: 'import-task operation',
  });
  const handle = <O extends LogsImportOperation>(operation: O, input: unknown, handleOptions?: LogsImportHandleOptions): LogsImportOutcome<O> => {
    const call = readCall(handleOptions, read.home.region);
    if (!isLogsImportOperation(operation)) {
      const name = typeof operation === 'string' ? `'${clip(operation)}'` : describe(operation);
      return refuse('UnknownOperationException', `${name} is not a CloudWatch Logs import-task operation`);
    }
    return faults.take(operation) ?? dispatch(context, operation, input, call);
  };
  return {
    handle,
    createImportTask: (input) => settleOutcome(handle('CreateImportTask', input)),
    describeImportTasks: (input = {}) => settleOutcome(handle('DescribeImportTasks', input)),
    describeImportTaskBatches: (input) => settleOutcome(handle('DescribeImportTaskBatches', input)),
    cancelImportTask: (input) => settleOutcome(handle('CancelImportTask', input)),
    failBatch(importId, batchId, errorMessage) {
      settle(context);
      failBatch(tasks.get(importId), importId, batchId, errorMessage);
    },
    failNext(operation, exceptionName, message) {
      faults.push(operation, exceptionName, message);
    },
    clock: read.clock,
    stores: read.stores,
    importTasks() {
      settle(context);
      return tasks.all().map(taskSnapshot);
    },
    logGroups() {
      settle(context);
      return [...context.logGroups.values()].map(logGroupSnapshot);
    },
  };
}
