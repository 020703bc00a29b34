/** The Logs fake's answers, built from fresh objects so a caller cannot change its state through them. */
import type { HeldBatch, HeldTask } from './tasks.js';
import type { LogsImport, LogsImportBatch } from './types.js';

/** An `Import` of DescribeImportTasks. */
export function importOf(task: HeldTask): LogsImport {
  const out: LogsImport = {
    importId: task.id,
    importSourceArn: task.sourceArn,
    importStatus: task.status,
    importDestinationArn: task.logGroup.arn,
    importStatistics: { bytesImported: task.bytesImported },
  };
  if (task.filter !== undefined) out.importFilter = { ...task.filter };
  out.creationTime = task.created;
  out.lastUpdatedTime = task.updated;
  if (task.errorMessage !== undefined) out.errorMessage = task.errorMessage;
  return out;
}

/** An `ImportBatch`: its errorMessage only when FAILED, as the model documents. */
export function batchOf(batch: HeldBatch): LogsImportBatch {
  return batch.errorMessage === undefined ? { batchId: batch.id, status: batch.status } : { batchId: batch.id, status: batch.status, errorMessage: batch.errorMessage };
}
