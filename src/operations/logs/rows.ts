/**
 * The catalogue rows of the CloudWatch Logs import-task operations' own codes (`logs-…`), in
 * report order: the model's constraints first, then the documented and inferred checks. The
 * structural checks compiled from the model find their row by code; each semantic check carries
 * its row from here. `ruleCatalogue` lists them after the CloudTrail read operations' rows. This
 * module imports no check, so the catalogue can read it while the checks are being compiled.
 */
import { MAX_RETENTION_DAYS } from '../../contract/event-data-store.js';
import { EPOCH_SECONDS_LIMIT } from '../../contract/timestamps.js';
import { LOGS_MODEL } from '../../generated/logs-model.js';
import type { CatalogueEntry, LogsViolationCode, OperationSubjects } from '../../rules/types.js';

const REQ = ['request'] as const;
const RES = ['response'] as const;
const REQ_RES = ['request', 'response'] as const;
const { shapes } = LOGS_MODEL;

/** Epoch-millisecond values in [1e8, 1e11) read as 1970–1973: they are epoch seconds (1973–5138) passed as milliseconds. */
export const SECONDS_SIZED = { min: 1e8, max: EPOCH_SECONDS_LIMIT } as const;

type Row = CatalogueEntry & { readonly code: LogsViolationCode };

function row(code: LogsViolationCode, basis: CatalogueEntry['basis'], operations: OperationSubjects, description: string, options: { warning?: boolean; requestException?: boolean } = {}): Row {
  const { warning = false, requestException = true } = options;
  const base = { code, severity: warning ? 'warning' : 'error', basis, subjects: [], operations, description } as const;
  return requestException && !warning ? { ...base, exception: 'InvalidParameterException' } : base;
}

const ids = `${String(shapes.ImportId.minLength)}–${String(shapes.ImportId.maxLength)} characters of [-a-zA-Z0-9]`;

export const importIdInvalidRow = row('logs-import-id-invalid', 'model', { CreateImportTask: RES, DescribeImportTasks: REQ_RES, DescribeImportTaskBatches: REQ_RES, CancelImportTask: REQ_RES }, `importId must be ${ids} (the model's pattern, matched whole)`);
export const limitOutOfRangeRow = row('logs-limit-out-of-range', 'model', { DescribeImportTasks: REQ, DescribeImportTaskBatches: REQ }, `limit must be a whole number from ${String(shapes.DescribeLimit.min)} to ${String(shapes.DescribeLimit.max)}`);
export const nextTokenEmptyRow = row('logs-next-token-empty', 'model', { DescribeImportTasks: REQ_RES, DescribeImportTaskBatches: REQ_RES }, `nextToken must be at least ${String(shapes.NextToken.minLength)} character long`);
export const importStatusInvalidRow = row('logs-import-status-invalid', 'model', { DescribeImportTasks: REQ_RES, DescribeImportTaskBatches: REQ_RES, CancelImportTask: RES }, `an import or batch status (and a status filter) must be one of ${shapes.ImportStatus.values.join(', ')}`);
export const timestampNegativeRow = row('logs-timestamp-negative', 'model', { CreateImportTask: REQ_RES, DescribeImportTasks: RES, CancelImportTask: RES }, 'a Timestamp (epoch milliseconds: the filter times, creationTime, lastUpdatedTime) and bytesImported must not be negative');
export const batchIdInvalidRow = row('logs-batch-id-invalid', 'model', { DescribeImportTaskBatches: RES }, `an import batch's batchId must be ${String(shapes.BatchId.minLength)}–${String(shapes.BatchId.maxLength)} characters long`);
export const sourceNotEventDataStoreRow = row('logs-import-source-not-event-data-store', 'documented', { CreateImportTask: REQ, DescribeImportTasks: RES, DescribeImportTaskBatches: RES }, 'importSourceArn must be a CloudTrail Lake event data store ARN, arn:PARTITION:cloudtrail:REGION:ACCOUNT:eventdatastore/ID with a Region of its partition ("CloudTrail Event Data Store is the only supported data source")');
export const sourceFilterNotEventDataStoreRow = row('logs-source-filter-not-event-data-store', 'inferred', { DescribeImportTasks: REQ }, 'the importSourceArn filter should be an event data store ARN: any other value matches no import task (assumed)', { warning: true });
export const roleArnInvalidRow = row('logs-import-role-arn-invalid', 'documented', { CreateImportTask: REQ }, 'importRoleArn must be an IAM role ARN, arn:PARTITION:iam::ACCOUNT:role/[PATH/]NAME (the model: at least 1 character)');
export const partitionMismatchRow = row('logs-partition-mismatch', 'inferred', { CreateImportTask: REQ }, 'the source ARN and the role ARN must belong to one partition (assumed)');
export const timeRangeReversedRow = row('logs-time-range-reversed', 'documented', { CreateImportTask: REQ, DescribeImportTasks: RES }, 'importFilter.startEventTime must be less than or equal to endEventTime');
export const timeInSecondsRow = row('logs-time-in-seconds', 'documented', { CreateImportTask: REQ }, `an importFilter time must be epoch milliseconds: a value from ${String(SECONDS_SIZED.min)} to below ${String(SECONDS_SIZED.max)} is epoch seconds (as milliseconds, 1970–1973: outside every retention period)`);
export const timeOutsideRetentionRow = row('logs-time-outside-retention', 'documented', { CreateImportTask: REQ }, `an importFilter time must lie within the source's retention period: not earlier than now − ${String(MAX_RETENTION_DAYS)} days, the longest a CloudTrail Lake event data store keeps events`);
export const timeInFutureRow = row('logs-time-in-future', 'inferred', { CreateImportTask: REQ }, 'an importFilter time should not be later than now: no event is stored from then (assumed)', { warning: true });
export const destinationNotLogGroupRow = row('logs-destination-not-log-group', 'documented', { CreateImportTask: RES, DescribeImportTasks: RES }, 'importDestinationArn must be a CloudWatch Logs log group ARN, arn:PARTITION:logs:REGION:ACCOUNT:log-group:NAME (optionally :*)', { requestException: false });
export const cancelStatusNotCancelledRow = row('logs-cancel-status-not-cancelled', 'documented', { CancelImportTask: RES }, 'the importStatus CancelImportTask answers with must be CANCELLED ("This will be set to CANCELLED")', { requestException: false });
export const batchErrorWithoutFailureRow = row('logs-batch-error-without-failure', 'documented', { DescribeImportTaskBatches: RES }, 'an import batch has an errorMessage only when its status is FAILED ("Only present when status is FAILED")', { requestException: false });
export const responseTimestampsReversedRow = row('logs-response-timestamps-reversed', 'inferred', { DescribeImportTasks: RES, CancelImportTask: RES }, 'an import task\'s creationTime must not be later than its lastUpdatedTime (assumed)', { requestException: false });

/** Every row, in report order. */
export const LOGS_ROWS: readonly Row[] = [
  importIdInvalidRow,
  limitOutOfRangeRow,
  nextTokenEmptyRow,
  importStatusInvalidRow,
  timestampNegativeRow,
  batchIdInvalidRow,
  sourceNotEventDataStoreRow,
  sourceFilterNotEventDataStoreRow,
  roleArnInvalidRow,
  partitionMismatchRow,
  timeRangeReversedRow,
  timeInSecondsRow,
  timeOutsideRetentionRow,
  timeInFutureRow,
  destinationNotLogGroupRow,
  cancelStatusNotCancelledRow,
  batchErrorWithoutFailureRow,
  responseTimestampsReversedRow,
];
