/** DescribeImportTasks, DescribeImportTaskBatches and CancelImportTask over the Logs fake's tasks. */
import { pageOf } from '../pagination.js';
import { findTask, settle, type LogsCall, type LogsContext } from './context.js';
import { refuseState, type Refusal } from './errors.js';
import { batchOf, importOf } from './serialise.js';
import { cancel } from './tasks.js';
import type { LogsImportInputs, LogsImportOutcome } from './types.js';

/** The model's documented defaults: "Default: 50" tasks, "Default: 10" batches per page. */
const DEFAULT_TASKS = 50;
const DEFAULT_BATCHES = 10;

function notFound(id: string): Refusal {
  return refuseState('ResourceNotFoundException', `no import task ${id}`);
}

// The model gives these operations no InvalidNextTokenException: a token this fake did not issue
// for the same operation and filters is a parameter specified incorrectly (assumed).
const invalidToken = (): Refusal => refuseState('InvalidParameterException', 'the nextToken was not issued by this operation for these parameters');

/**
 * Lists the tasks seen from the endpoint, oldest first, filtered by importId, importStatus and
 * importSourceArn. An importId naming no task is ResourceNotFoundException (assumed: the model
 * lists it, and a filter by id asks about one task).
 */
export function describeImportTasks(context: LogsContext, input: LogsImportInputs['DescribeImportTasks'], call: LogsCall): LogsImportOutcome<'DescribeImportTasks'> {
  settle(context);
  const { importId, importStatus, importSourceArn } = input;
  if (typeof importId === 'string' && findTask(context, importId, call) === undefined) return notFound(importId);
  const matching = context.tasks
    .all()
    .filter((task) => task.region === call.region)
    .filter((task) => (importId ?? task.id) === task.id && (importStatus ?? task.status) === task.status && (importSourceArn ?? task.sourceArn) === task.sourceArn);
  const filter = JSON.stringify([importId ?? null, importStatus ?? null, importSourceArn ?? null]);
  const page = pageOf(matching, (task) => task.seq, { operation: 'DescribeImportTasks', filter, maxResults: input.limit, nextToken: input.nextToken, defaultSize: DEFAULT_TASKS }, context.issuedTokens);
  if (page === undefined) return invalidToken();
  const output: { imports: ReturnType<typeof importOf>[]; nextToken?: string } = { imports: page.items.map(importOf) };
  if (page.nextToken !== undefined) output.nextToken = page.nextToken;
  return { ok: true, output };
}

/** Lists the batches of a task in their order, filtered by any of `batchImportStatus`. */
export function describeImportTaskBatches(context: LogsContext, input: LogsImportInputs['DescribeImportTaskBatches'], call: LogsCall): LogsImportOutcome<'DescribeImportTaskBatches'> {
  settle(context);
  const id = input.importId ?? '';
  const task = findTask(context, id, call);
  if (task === undefined) return notFound(id);
  const wanted = input.batchImportStatus;
  const batches = task.batches.map((batch, index) => ({ batch, index })).filter(({ batch }) => wanted === undefined || wanted.includes(batch.status));
  const filter = JSON.stringify([id, wanted === undefined ? null : [...new Set(wanted)].sort()]);
  const page = pageOf(batches, (item) => item.index, { operation: 'DescribeImportTaskBatches', filter, maxResults: input.limit, nextToken: input.nextToken, defaultSize: DEFAULT_BATCHES }, context.issuedTokens);
  if (page === undefined) return invalidToken();
  const output: { importSourceArn: string; importId: string; importBatches: ReturnType<typeof batchOf>[]; nextToken?: string } = {
    importSourceArn: task.sourceArn,
    importId: task.id,
    importBatches: page.items.map(({ batch }) => batchOf(batch)),
  };
  if (page.nextToken !== undefined) output.nextToken = page.nextToken;
  return { ok: true, output };
}

/** Cancels a task in progress; one that has ended is InvalidOperationException. */
export function cancelImportTask(context: LogsContext, input: LogsImportInputs['CancelImportTask'], call: LogsCall): LogsImportOutcome<'CancelImportTask'> {
  const now = settle(context);
  const id = input.importId ?? '';
  const task = findTask(context, id, call);
  if (task === undefined) return notFound(id);
  if (task.status !== 'IN_PROGRESS') return refuseState('InvalidOperationException', `import task ${id} is ${task.status}; only an IN_PROGRESS task can be cancelled`);
  cancel(task, now);
  return { ok: true, output: { importId: task.id, importStatistics: { bytesImported: task.bytesImported }, importStatus: task.status, creationTime: task.created, lastUpdatedTime: task.updated } };
}
