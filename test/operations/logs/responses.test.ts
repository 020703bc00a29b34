/**
 * The CloudWatch Logs import tasks' response contract, code by code: what CloudWatch Logs answers
 * is checked so that a fake or a mock answering otherwise is caught.
 */
import { describe, expect, it } from 'vitest';
import { validateImportResponse, type Violation } from '../../../src/index.js';

const SOURCE = 'arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/f1d45bff-d0e3-4868-b5d9-2eb678aa32fb';
const LOG_GROUP = 'arn:aws:logs:us-east-1:123456789012:log-group:/aws/cloudtrail/f1d45bff-d0e3-4868-b5d9-2eb678aa32fb';
const CREATED = 1_764_547_200_000;

const found = (violations: readonly Violation[]): string[] => violations.map((v) => `${v.severity} ${v.code} ${v.path}`);

const task = {
  importId: 'f1d45bff-d0e3-4868-b5d9-2eb678aa32fb',
  importSourceArn: SOURCE,
  importStatus: 'COMPLETED',
  importDestinationArn: `${LOG_GROUP}:*`,
  importStatistics: { bytesImported: 1024 },
  importFilter: { startEventTime: CREATED - 86_400_000, endEventTime: CREATED },
  creationTime: CREATED,
  lastUpdatedTime: CREATED + 60_000,
};

describe('validateImportResponse: the CloudWatch Logs import tasks', () => {
  it.each([
    ['CreateImportTask', { importId: 'abc-1', importDestinationArn: LOG_GROUP, creationTime: CREATED }],
    ['DescribeImportTasks', { imports: [task, { ...task, importStatus: 'FAILED', errorMessage: 'access denied' }], nextToken: 'n' }],
    ['DescribeImportTaskBatches', { importSourceArn: SOURCE, importId: 'abc-1', importBatches: [{ batchId: 'b1', status: 'FAILED', errorMessage: 'x' }, { batchId: 'b2', status: 'COMPLETED' }] }],
    ['CancelImportTask', { importId: 'abc-1', importStatus: 'CANCELLED', importStatistics: { bytesImported: 0 }, creationTime: CREATED, lastUpdatedTime: CREATED }],
  ] as const)('accepts a %s answer as CloudWatch Logs gives it', (operation, value) => {
    expect(validateImportResponse(operation, value).violations).toEqual([]);
  });

  it.each([
    ['a log group ARN without log-group:', 'arn:aws:logs:us-east-1:123456789012:loggroup/x'],
    ['an event data store ARN', SOURCE],
    ['a log group name with a space', 'arn:aws:logs:us-east-1:123456789012:log-group:my group'],
    ['a Region of another partition', 'arn:aws-cn:logs:us-east-1:123456789012:log-group:x'],
  ])('rejects %s as importDestinationArn with logs-destination-not-log-group', (_what, importDestinationArn) => {
    expect(found(validateImportResponse('CreateImportTask', { importDestinationArn }).violations)).toEqual(['error logs-destination-not-log-group /importDestinationArn']);
  });

  it('rejects each listed task on its own: its source, status, times, statistics and destination', () => {
    const imports = [
      { ...task, importSourceArn: 'arn:aws:cloudtrail:us-east-1:123456789012:trail/t' },
      { ...task, importStatus: 'RUNNING' },
      { ...task, creationTime: CREATED + 120_000 },
      { ...task, importStatistics: { bytesImported: -5 } },
      { ...task, importFilter: { startEventTime: CREATED, endEventTime: CREATED - 1 } },
    ];
    expect(found(validateImportResponse('DescribeImportTasks', { imports, nextToken: '' }).violations)).toEqual([
      'error logs-next-token-empty /nextToken',
      'error logs-import-status-invalid /imports/1/importStatus',
      'error logs-timestamp-negative /imports/3/importStatistics/bytesImported',
      'error logs-import-source-not-event-data-store /imports/0/importSourceArn',
      'error logs-time-range-reversed /imports/4/importFilter/startEventTime',
      'error logs-response-timestamps-reversed /imports/2/creationTime',
    ]);
  });

  it('rejects a batch without batchId or status, with an empty batchId, or with an errorMessage when it did not fail', () => {
    const importBatches = [{ status: 'COMPLETED' }, { batchId: '', status: 'FAILED' }, { batchId: 'b', status: 'IN_PROGRESS', errorMessage: 'oops' }, { batchId: 'b' }];
    expect(found(validateImportResponse('DescribeImportTaskBatches', { importBatches }).violations)).toEqual([
      'error required-member-missing /importBatches/0/batchId',
      'error required-member-missing /importBatches/3/status',
      'error logs-batch-id-invalid /importBatches/1/batchId',
      'error logs-batch-error-without-failure /importBatches/2/errorMessage',
    ]);
  });

  it('reports a batch errorMessage of the wrong type by type-mismatch alone, and judges no status outside the enum', () => {
    const importBatches = [
      { batchId: 'b', status: 'COMPLETED', errorMessage: 1 },
      { batchId: 'b', status: 'IN_PROGRESS', errorMessage: { text: 'oops' } },
      { batchId: 'b', status: 'DONE', errorMessage: 'oops' },
    ];
    expect(found(validateImportResponse('DescribeImportTaskBatches', { importBatches }).violations)).toEqual([
      'error type-mismatch /importBatches/0/errorMessage',
      'error type-mismatch /importBatches/1/errorMessage',
      'error logs-import-status-invalid /importBatches/2/status',
    ]);
  });

  it('rejects a CancelImportTask answer whose status is not CANCELLED, or whose creation follows its last update', () => {
    expect(found(validateImportResponse('CancelImportTask', { importStatus: 'COMPLETED', creationTime: 2, lastUpdatedTime: 1 }).violations)).toEqual([
      'error logs-cancel-status-not-cancelled /importStatus',
      'error logs-response-timestamps-reversed /creationTime',
    ]);
    expect(found(validateImportResponse('CancelImportTask', { importStatus: 'cancelled' }).violations)).toEqual(['error logs-import-status-invalid /importStatus']);
  });

  it('rejects a Date as creationTime with type-mismatch: the answer carries epoch milliseconds', () => {
    expect(validateImportResponse('CreateImportTask', { creationTime: new Date(CREATED) }).violations[0]).toMatchObject({ code: 'type-mismatch', path: '/creationTime' });
  });

  it('rejects a time or a byte count past a long (64 bits) with type-mismatch naming the range, and takes the largest long', () => {
    const { violations } = validateImportResponse('CancelImportTask', { importStatistics: { bytesImported: 2 ** 64 }, creationTime: 1e19 });
    expect(violations.map((v) => `${v.code} ${v.path}: ${v.message}`)).toEqual([
      'type-mismatch /importStatistics/bytesImported: must be a 64-bit integer (long), from -9223372036854775808 to 9223372036854775807 (got the number 18446744073709552000)',
      'type-mismatch /creationTime: must be a 64-bit integer (long), from -9223372036854775808 to 9223372036854775807 (got the number 10000000000000000000)',
    ]);
    // JSON.parse('9223372036854775807') is 2 ** 63: the largest long as a JSON number reads.
    expect(validateImportResponse('CancelImportTask', JSON.parse('{"importStatistics":{"bytesImported":9223372036854775807}}')).valid).toBe(true);
  });
});
