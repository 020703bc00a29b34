/**
 * valid-read-import-params and valid-read-import-params-warnings on the CloudWatch Logs import
 * tasks' inputs: commands, client methods and input types of `@aws-sdk/client-cloudwatch-logs`,
 * each mistake reported at its member.
 */
import { validReadImportParams } from '../../../src/eslint/rules/valid-read-import-params.js';
import { validReadImportParamsWarnings } from '../../../src/eslint/rules/valid-read-import-params-warnings.js';
import { at, ROLE, ruleTester, testable } from '../support.js';

const SOURCE = 'arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/0b2f7a4c-9f3e-4c1d-8a55-6c1e2f3d4b5a';
const IMPORTS = "import { CancelImportTaskCommand, CloudWatchLogs, CreateImportTaskCommand, DescribeImportTaskBatchesCommand, DescribeImportTasksCommand } from '@aws-sdk/client-cloudwatch-logs';";
const source = (body: string): string => `${IMPORTS}\n${body}\n`;
const create = (members: string): string => source(`new CreateImportTaskCommand({ ${members} });`);
const ARNS = `importSourceArn: '${SOURCE}', importRoleArn: '${ROLE}'`;
const DAY = 86_400_000;

const bucketSource = create(`importSourceArn: 'arn:aws:s3:::example-trail-logs', importRoleArn: '${ROLE}'`);
const userArn = create(`importSourceArn: '${SOURCE}', importRoleArn: 'arn:aws:iam::123456789012:user/importer'`);
const reversed = create(`${ARNS}, importFilter: { startEventTime: 1765152000000, endEventTime: 1764547200000 }`);
const tooOld = create(`${ARNS}, importFilter: { startEventTime: 946684800000 }`);
const bigLimit = source("new DescribeImportTasksCommand({ limit: 51, importStatus: 'DONE' });");
const noImportId = source('new DescribeImportTaskBatchesCommand({});');
const badId = source("await new CloudWatchLogs({}).cancelImportTask({ importId: 'not_an_id' });");
const TYPES = "import type { DescribeImportTasksCommandInput } from '@aws-sdk/client-cloudwatch-logs';";
const annotated = `${TYPES}\nexport const page: DescribeImportTasksCommandInput = { nextToken: '' };\n`;

ruleTester.run('valid-read-import-params (CloudWatch Logs)', testable(validReadImportParams), {
  valid: [
    create(`${ARNS}, importFilter: { startEventTime: 1764547200000, endEventTime: 1764633600000 }`),
    create(ARNS),
    source("new DescribeImportTasksCommand({ limit: 50, importStatus: 'FAILED', nextToken: 'a' });"),
    source("new CancelImportTaskCommand({ importId: 'f1d45bff-d0e3-4868-b5d9-2eb678aa32fb' });"),
    // Unknown values, and members a spread may add, are never reported.
    source('export const start = (source: string, role: string) => new CreateImportTaskCommand({ importSourceArn: source, importRoleArn: role });'),
    source('export const start = (base: { importSourceArn: string; importRoleArn: string }) => new CreateImportTaskCommand({ ...base });'),
    // The time units are epoch-milliseconds' (a Date, seconds), not this rule's.
    create(`${ARNS}, importFilter: { startEventTime: 1764547200, endEventTime: 1764633600 }`),
  ],
  invalid: [
    { code: bucketSource, errors: [{ messageId: 'logs-import-source-not-event-data-store', ...at(bucketSource, 'importSourceArn') }] },
    { code: userArn, errors: [{ messageId: 'logs-import-role-arn-invalid', ...at(userArn, 'importRoleArn') }] },
    { code: reversed, errors: [{ messageId: 'logs-time-range-reversed', ...at(reversed, 'startEventTime') }] },
    { code: tooOld, errors: [{ messageId: 'logs-time-outside-retention', ...at(tooOld, 'startEventTime') }] },
    {
      code: bigLimit,
      errors: [
        { messageId: 'logs-limit-out-of-range', ...at(bigLimit, 'limit') },
        { messageId: 'logs-import-status-invalid', ...at(bigLimit, 'importStatus') },
      ],
    },
    { code: noImportId, errors: [{ messageId: 'required-member-missing', ...at(noImportId, '{}') }] },
    { code: badId, errors: [{ messageId: 'logs-import-id-invalid', ...at(badId, 'importId') }] },
    { code: annotated, errors: [{ messageId: 'logs-next-token-empty', ...at(annotated, 'nextToken') }] },
  ] as never,
});

const future = create(`${ARNS}, importFilter: { startEventTime: Date.UTC(2024, 0, 1), endEventTime: ${String(Date.now() + 30 * DAY)} }`);
const logGroupFilter = source("new DescribeImportTasksCommand({ importSourceArn: 'arn:aws:logs:us-east-1:123456789012:log-group:/aws/cloudtrail/x' });");

ruleTester.run('valid-read-import-params-warnings', testable(validReadImportParamsWarnings), {
  valid: [create(`${ARNS}, importFilter: { startEventTime: 1764547200000, endEventTime: 1764633600000 }`), source(`new DescribeImportTasksCommand({ importSourceArn: '${SOURCE}' });`)],
  invalid: [
    { code: future, errors: [{ messageId: 'logs-time-in-future', ...at(future, 'endEventTime') }] },
    { code: logGroupFilter, errors: [{ messageId: 'logs-source-filter-not-event-data-store', ...at(logGroupFilter, 'importSourceArn') }] },
  ] as never,
});
