/** DescribeImportTasks, DescribeImportTaskBatches and CancelImportTask over the Logs fake's tasks. */
import { pageOf, type PageRefusal } from '../pagination.js';
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

/** The model's NextToken: "The token expires after 24 hours." Counted on the fake's clock from when the token was issued. */
export const LOGS_NEXT_TOKEN_LIFETIME_MS = 24 * 60 * 60 * 1000;

// The model gives these operations no InvalidNextTokenException: a token this fake did not issue
// for the same operation and filters, or one past its lifetime, is a parameter specified incorrectly (assumed).
const TOKEN_REFUSALS: Readonly<Record<PageRefusal, string>> = {
  invalid: 'the nextToken was not issued by this operation for these parameters',
  expired: 'the nextToken has expired: a token expires 24 hours after it was issued',
};
const tokenRefusal = (why: PageRefusal): Refusal => refuseState('InvalidParameterException', TOKEN_REFUSALS[why]);

/** A token's lifetime, read at the fake's clock now. */
const expiry = (context: LogsContext): { readonly lifetime: number; readonly now: number } => ({ lifetime: LOGS_NEXT_TOKEN_LIFETIME_MS, now: context.clock.now().getTime() });

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
  const page = pageOf(matching, (task) => task.seq, { operation: 'DescribeImportTasks', filter, maxResults: input.limit, nextToken: input.nextToken, defaultSize: DEFAULT_TASKS, expiry: expiry(context) }, context.issuedTokens);
  if (typeof page === 'string') return tokenRefusal(page);
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
  const page = pageOf(batches, (item) => item.index, { operation: 'DescribeImportTaskBatches', filter, maxResults: input.limit, nextToken: input.nextToken, defaultSize: DEFAULT_BATCHES, expiry: expiry(context) }, context.issuedTokens);
  if (typeof page === 'string') return tokenRefusal(page);
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
