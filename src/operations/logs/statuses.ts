/**
 * The documented checks of the statuses the CloudWatch Logs import tasks answer with: a cancelled
 * task's status, and an import batch's error message, present only when the batch failed.
 */
import { clip } from '../../contract/timestamps.js';
import type { Check } from '../../core/check.js';
import { siteCheck } from '../../core/sites.js';
import type { Decoded } from '../../core/structural.js';
import { violationOf } from '../../rules/report.js';
import type { Violation } from '../../rules/types.js';
import { isStructure } from '../../validate/normalise.js';
import { batchErrorWithoutFailureRow, cancelStatusNotCancelledRow } from './rows.js';

/** `logs-cancel-status-not-cancelled`: CancelImportTask answers with a status other than CANCELLED (an unknown one is the enum's). */
export function cancelledStatusCheck(operation: string, statuses: readonly string[]): Check<Decoded> {
  return {
    row: cancelStatusNotCancelledRow,
    operations: [operation],
    reads: ['/importStatus'],
    run(input, _context, out) {
      const status = input['importStatus'];
      if (typeof status === 'string' && status !== 'CANCELLED' && statuses.includes(status)) {
        out.push(violationOf(cancelStatusNotCancelledRow, '/importStatus', `must be CANCELLED: CancelImportTask sets it (got '${clip(status)}')`));
      }
    },
  };
}

/**
 * `logs-batch-error-without-failure`: an import batch (at `pattern`) with an errorMessage and a
 * status other than FAILED. Only a well-typed pair is judged, as every check past the model's: an
 * errorMessage that is no string is `type-mismatch`'s alone, and a status outside the enum the enum's.
 */
export function batchErrorCheck(operation: string, pattern: string, statuses: readonly string[]): Check<Decoded> {
  const batchErrorAt = (batch: unknown, path: string, out: Violation[]): void => {
    if (!isStructure(batch) || typeof batch['errorMessage'] !== 'string') return;
    const status = batch['status'];
    if (typeof status !== 'string' || status === 'FAILED' || !statuses.includes(status)) return;
    out.push(violationOf(batchErrorWithoutFailureRow, `${path}/errorMessage`, `must be absent: only a FAILED batch has an errorMessage (status is '${clip(status)}')`));
  };
  return siteCheck(batchErrorWithoutFailureRow, operation, pattern, batchErrorAt, [`${pattern}/status`, `${pattern}/errorMessage`]);
}
