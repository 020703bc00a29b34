/**
 * The import-operation matchers over the CloudWatch Logs import tasks: `toBeValidImportRequest`,
 * `toViolateImportContract` and `expect.validImportRequest` take the four operations by name and
 * say what is wrong in the words of formatViolations.
 */
import { describe, expect, it, vi } from 'vitest';
import '../../src/matchers/vitest.js';
import { failureOf } from './support/failures.js';

const SOURCE = 'arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/f1d45bff-d0e3-4868-b5d9-2eb678aa32fb';
const ROLE = 'arn:aws:iam::123456789012:role/CloudWatchLogsImport';
const NOW = new Date('2026-06-01T00:00:00Z');

describe('toBeValidImportRequest over CreateImportTask', () => {
  it('passes an input of epoch milliseconds, and names a Date and seconds when it fails', () => {
    expect({ importSourceArn: SOURCE, importRoleArn: ROLE, importFilter: { startEventTime: 1_735_689_600_000 } }).toBeValidImportRequest('CreateImportTask', { now: NOW });
    const input = { importSourceArn: SOURCE, importRoleArn: ROLE, importFilter: { startEventTime: new Date('2025-01-01T00:00:00Z'), endEventTime: 1_738_368_000 } };
    expect(failureOf(() => { expect(input).toBeValidImportRequest('CreateImportTask', { now: NOW }); })).toMatchInlineSnapshot(`
      "expect(received).toBeValidImportRequest(operation, options)

      Expected a valid CreateImportTask request, but it has 2 errors:
        /importFilter/startEventTime error type-mismatch: must be an integer, epoch milliseconds: pass date.getTime() for a Date (got a Date)
        /importFilter/endEventTime error logs-time-in-seconds: must be epoch milliseconds: 1738368000 reads as 1970-01-21T02:52:48.000Z; as epoch seconds (2025-02-01T00:00:00.000Z) it is 1738368000000 in milliseconds

      Received: Object {
        "importFilter": Object {
          "endEventTime": 1738368000,
          "startEventTime": 2025-01-01T00:00:00.000Z,
        },
        "importRoleArn": "arn:aws:iam::123456789012:role/CloudWatchLogsImport",
        "importSourceArn": "arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/f1d45bff-d0e3-4868-b5d9-2eb678aa32fb",
      }"
    `);
  });
});

describe('toViolateImportContract over the CloudWatch Logs import tasks', () => {
  it.each([
    ['DescribeImportTasks', { limit: 0 }, 'logs-limit-out-of-range'],
    ['DescribeImportTaskBatches', { importId: 'a', batchImportStatus: ['DONE'] }, 'logs-import-status-invalid'],
    ['CancelImportTask', { importId: 'abc_def' }, 'logs-import-id-invalid'],
    ['DescribeImportTasks', { importSourceArn: 'arn:aws:s3:::b' }, 'logs-source-filter-not-event-data-store'],
  ] as const)('passes a %s input %j with %s', (operation, input, code) => {
    expect(input).toViolateImportContract(operation, code);
  });

  it('throws for a code never reported on that operation’s input', () => {
    expect(() => { expect({}).toViolateImportContract('CancelImportTask', 'logs-limit-out-of-range'); }).toThrow(
      "toViolateImportContract(code): 'logs-limit-out-of-range' is never reported on a CancelImportTask request (see ruleCatalogue)",
    );
  });
});

describe('expect.validImportRequest over the CloudWatch Logs import tasks', () => {
  it('matches a valid input inside toHaveBeenCalledWith, and not an invalid one', () => {
    const send = vi.fn();
    send({ importId: 'f1d45bff-d0e3-4868' });
    expect(send).toHaveBeenCalledWith(expect.validImportRequest('CancelImportTask'));
    expect(send).not.toHaveBeenCalledWith(expect.validImportRequest('CreateImportTask', { shape: 'cli' }));
    expect(send).toHaveBeenCalledWith(expect.not.validImportRequest('CreateImportTask'));
  });
});
