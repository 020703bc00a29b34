/**
 * The CloudWatch Logs import tasks' request contract, code by code (docs/contract.md, "The
 * CloudWatch Logs import tasks"): each `it` names the mistake and the code it earns.
 */
import { describe, expect, it } from 'vitest';
import { validateImportRequest, type Violation } from '../../../src/index.js';

const SOURCE = 'arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/f1d45bff-d0e3-4868-b5d9-2eb678aa32fb';
const ROLE = 'arn:aws:iam::123456789012:role/CloudWatchLogsImport';
const NOW = new Date('2026-06-01T00:00:00Z');
const DAY = 86_400_000;
const now = NOW.getTime();

const found = (violations: readonly Violation[]): string[] => violations.map((v) => `${v.severity} ${v.code} ${v.path}`);

function create(importFilter?: Record<string, unknown>, extra: Record<string, unknown> = {}): readonly Violation[] {
  const value = { importSourceArn: SOURCE, importRoleArn: ROLE, ...(importFilter === undefined ? {} : { importFilter }), ...extra };
  return validateImportRequest('CreateImportTask', value, { now: NOW }).violations;
}

describe('validateImportRequest: CreateImportTask', () => {
  it('accepts a source event data store, a role and a filter of epoch milliseconds within retention, start equal to end included', () => {
    expect(create({ startEventTime: now - 30 * DAY, endEventTime: now - DAY })).toEqual([]);
    expect(create({ startEventTime: now - DAY, endEventTime: now - DAY })).toEqual([]);
    expect(create()).toEqual([]);
  });

  it('rejects with required-member-missing when importSourceArn or importRoleArn is missing', () => {
    expect(found(validateImportRequest('CreateImportTask', {}).violations)).toEqual(['error required-member-missing /importSourceArn', 'error required-member-missing /importRoleArn']);
  });

  it('rejects a Date with type-mismatch saying to pass epoch milliseconds (date.getTime())', () => {
    const [first] = create({ startEventTime: new Date(now - DAY) });
    expect(first).toMatchObject({ code: 'type-mismatch', path: '/importFilter/startEventTime' });
    expect(first?.message).toBe('must be an integer, epoch milliseconds: pass date.getTime() for a Date (got a Date)');
  });

  it('rejects a fraction (Date.now() / 1000) with type-mismatch: a long is a whole number', () => {
    expect(found(create({ endEventTime: (now - DAY) / 1000 + 0.5 }))).toEqual(['error type-mismatch /importFilter/endEventTime']);
  });

  it('rejects epoch seconds with logs-time-in-seconds naming the milliseconds meant, and not also as outside retention', () => {
    const seconds = Math.floor((now - DAY) / 1000);
    const violations = create({ startEventTime: seconds, endEventTime: now - DAY });
    expect(found(violations)).toEqual(['error logs-time-in-seconds /importFilter/startEventTime']);
    expect(violations[0]?.message).toContain(`it is ${String(seconds * 1000)} in milliseconds`);
    expect(violations[0]?.exception).toBe('InvalidParameterException');
  });

  it('rejects a time earlier than now − 3653 days with logs-time-outside-retention, and takes one a day later', () => {
    expect(found(create({ startEventTime: now - 3654 * DAY, endEventTime: now - DAY }))).toEqual(['error logs-time-outside-retention /importFilter/startEventTime']);
    expect(create({ startEventTime: now - 3652 * DAY, endEventTime: now - DAY })).toEqual([]);
    expect(found(create({ startEventTime: 0 }))).toEqual(['error logs-time-outside-retention /importFilter/startEventTime']);
  });

  it('warns with logs-time-in-future about a time after now, and stays valid', () => {
    const result = validateImportRequest('CreateImportTask', { importSourceArn: SOURCE, importRoleArn: ROLE, importFilter: { endEventTime: now + DAY } }, { now: NOW });
    expect([result.valid, found(result.violations)]).toEqual([true, ['warning logs-time-in-future /importFilter/endEventTime']]);
  });

  it('rejects a start after the end with logs-time-range-reversed', () => {
    expect(found(create({ startEventTime: now - DAY, endEventTime: now - 2 * DAY }))).toEqual(['error logs-time-range-reversed /importFilter/startEventTime']);
  });

  it('rejects a negative time with logs-timestamp-negative (the model: min 0), and only that', () => {
    expect(found(create({ startEventTime: -1, endEventTime: now - DAY }))).toEqual(['error logs-timestamp-negative /importFilter/startEventTime']);
  });

  it.each([
    ['a trail ARN', 'arn:aws:cloudtrail:us-east-1:123456789012:trail/management'],
    ['a bare event data store ID', 'f1d45bff-d0e3-4868-b5d9-2eb678aa32fb'],
    ['an S3 bucket ARN', 'arn:aws:s3:::trail-logs'],
    ['a Region of another partition', 'arn:aws-cn:cloudtrail:us-east-1:123456789012:eventdatastore/f1d45bff'],
    ['an empty string', ''],
    ['an ARN longer than the 256 characters of CloudTrail\'s EventDataStoreArn', `${SOURCE.slice(0, SOURCE.lastIndexOf('/') + 1)}${'a'.repeat(257 - SOURCE.lastIndexOf('/') - 1)}`],
  ])('rejects %s as the source with logs-import-source-not-event-data-store', (_what, importSourceArn) => {
    expect(found(create(undefined, { importSourceArn }))).toEqual(['error logs-import-source-not-event-data-store /importSourceArn']);
  });

  it('takes a source ARN of exactly 256 characters, the longest CloudTrail\'s model allows, and says why a longer one is refused', () => {
    const prefix = SOURCE.slice(0, SOURCE.lastIndexOf('/') + 1);
    expect(create(undefined, { importSourceArn: `${prefix}${'a'.repeat(256 - prefix.length)}` })).toEqual([]);
    const [violation] = create(undefined, { importSourceArn: `${prefix}${'a'.repeat(497)}` });
    expect(violation?.message).toBe(`must be an event data store ARN of at most 256 characters, as CloudTrail's model bounds one (got ${String(prefix.length + 497)})`);
  });

  it.each([
    ['a user ARN', 'arn:aws:iam::123456789012:user/importer'],
    ['a role name', 'CloudWatchLogsImport'],
    ['an empty string (the model: min 1)', ''],
    ['an account id of 5 digits', 'arn:aws:iam::12345:role/Import'],
  ])('rejects %s as the role with logs-import-role-arn-invalid', (_what, importRoleArn) => {
    expect(found(create(undefined, { importRoleArn }))).toEqual(['error logs-import-role-arn-invalid /importRoleArn']);
  });

  it('rejects a role of another partition than the source with logs-partition-mismatch', () => {
    expect(found(create(undefined, { importRoleArn: 'arn:aws-cn:iam::123456789012:role/Import' }))).toEqual(['error logs-partition-mismatch /importRoleArn']);
  });

  it('rejects a member the model lacks, at any depth, with unknown-member', () => {
    expect(found(create({ startTime: now }, { ImportSourceArn: SOURCE }))).toEqual(['error unknown-member /ImportSourceArn', 'error unknown-member /importFilter/startTime']);
  });

  it('reads "now" once per validation', () => {
    let reads = 0;
    const clock = (): Date => {
      reads += 1;
      return NOW;
    };
    validateImportRequest('CreateImportTask', { importSourceArn: SOURCE, importRoleArn: ROLE, importFilter: { startEventTime: now - DAY, endEventTime: now } }, { now: clock });
    expect(reads).toBe(1);
  });
});

describe('validateImportRequest: DescribeImportTasks, DescribeImportTaskBatches, CancelImportTask', () => {
  it.each([
    ['DescribeImportTasks', { importId: 'abc_def' }, ['error logs-import-id-invalid /importId']],
    ['DescribeImportTasks', { importId: 'a'.repeat(257) }, ['error logs-import-id-invalid /importId']],
    ['DescribeImportTasks', { limit: 0 }, ['error logs-limit-out-of-range /limit']],
    ['DescribeImportTasks', { limit: 51 }, ['error logs-limit-out-of-range /limit']],
    ['DescribeImportTasks', { limit: 2.5 }, ['error type-mismatch /limit']],
    ['DescribeImportTasks', { nextToken: '' }, ['error logs-next-token-empty /nextToken']],
    ['DescribeImportTasks', { importStatus: 'in_progress' }, ['error logs-import-status-invalid /importStatus']],
    ['DescribeImportTasks', { importSourceArn: 'arn:aws:s3:::b' }, ['warning logs-source-filter-not-event-data-store /importSourceArn']],
    ['DescribeImportTaskBatches', { limit: 10 }, ['error required-member-missing /importId']],
    ['DescribeImportTaskBatches', { importId: 'a-1', batchImportStatus: ['FAILED', 'DONE'] }, ['error logs-import-status-invalid /batchImportStatus/1']],
    ['DescribeImportTaskBatches', { importId: 'a-1', batchImportStatus: 'FAILED' }, ['error type-mismatch /batchImportStatus']],
    ['CancelImportTask', {}, ['error required-member-missing /importId']],
    ['CancelImportTask', { importId: '' }, ['error logs-import-id-invalid /importId']],
  ] as const)('reports %s %j as %j', (operation, value, expected) => {
    expect(found(validateImportRequest(operation, value, { shape: 'cli' }).violations)).toEqual(expected);
  });

  it.each([
    ['DescribeImportTasks', { importId: 'f1d45bff-d0e3-4868', importStatus: 'IN_PROGRESS', importSourceArn: SOURCE, limit: 50, nextToken: 'x' }],
    ['DescribeImportTaskBatches', { importId: 'A-1', batchImportStatus: ['IN_PROGRESS', 'CANCELLED', 'COMPLETED', 'FAILED'], limit: 1, nextToken: 't' }],
    ['CancelImportTask', { importId: 'a'.repeat(256) }],
  ] as const)('accepts a %s request that uses every member within its bounds', (operation, value) => {
    expect(validateImportRequest(operation, value).violations).toEqual([]);
  });

  it('rejects null with type-mismatch in the cli shape, and drops a null member in the sdk shape as the SDK does', () => {
    expect(found(validateImportRequest('CancelImportTask', { importId: null }, { shape: 'cli' }).violations)).toEqual(['error type-mismatch /importId']);
    expect(found(validateImportRequest('CancelImportTask', { importId: null }).violations)).toEqual(['error required-member-missing /importId']);
    expect(found(validateImportRequest('CancelImportTask', null).violations)).toEqual(['error type-mismatch ']);
  });
});
