import { describe } from '../../contract/timestamps.js';
import type { HeldTask } from './tasks.js';

/** The error message of a batch a test fails without giving one. */
const DEFAULT_BATCH_ERROR = 'The batch could not be imported.';

/**
 * Marks a batch of a task in progress to fail when its turn ends. Checks everything before
 * changing anything; throws a TypeError naming the task and batch otherwise.
 */
export function failBatch(task: HeldTask | undefined, importId: string, batchId: string | undefined, errorMessage: string | undefined): void {
  // The ids name the call in every message: one that is no string is named first (a symbol would not make one).
  if (typeof importId !== 'string') throw new TypeError(`failBatch: importId must be a string, an importId the fake gave (got ${describe(importId)})`);
  if (batchId !== undefined && typeof batchId !== 'string') throw new TypeError(`failBatch('${importId}', …): batchId must be a string (got ${describe(batchId)})`);
  const who = `failBatch('${importId}'${batchId === undefined ? '' : `, '${batchId}'`})`;
  if (task === undefined) throw new TypeError(`${who}: the fake has no import task '${importId}'`);
  if (task.status !== 'IN_PROGRESS') throw new TypeError(`${who}: import task '${importId}' is ${task.status}; only a batch of a task in progress can fail`);
  if (errorMessage !== undefined && (typeof errorMessage !== 'string' || errorMessage === '')) throw new TypeError(`${who}: errorMessage must be a non-empty string (got ${describe(errorMessage)})`);
  const batch = batchId === undefined ? task.batches.find((candidate) => candidate.status === 'IN_PROGRESS') : task.batches.find((candidate) => candidate.id === batchId);
  if (batch === undefined) throw new TypeError(`${who}: import task '${importId}' has no ${batchId === undefined ? 'batch in progress' : `batch '${batchId}'`} (its batches: ${task.batches.map((b) => b.id).join(', ') || 'none'})`);
  if (batch.status !== 'IN_PROGRESS') throw new TypeError(`${who}: batch '${batch.id}' is ${batch.status}; only a batch in progress can fail`);
  batch.failWith = errorMessage ?? DEFAULT_BATCH_ERROR;
}
