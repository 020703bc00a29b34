/**
 * `importContractPlugin` on a real CloudTrailClient, with the package's msw handlers answering:
 * what the plugin refuses never reaches the server; what it lets through does, unchanged.
 */
import {
  CloudTrail,
  DescribeTrailsCommand,
  GetImportCommand,
  InvalidParameterException,
  ListImportsCommand,
  StartImportCommand,
  type StartImportCommandInput,
} from '@aws-sdk/client-cloudtrail';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { ImportContractViolationError, importContractPlugin } from '../../src/client-plugin/index.js';
import { formatViolations } from '../../src/validate/index.js';
import { cloudTrailImportHandlers } from '../../src/msw/index.js';
import { eventDataStoreArn, newImport, NOW } from '../msw/support.js';
import { checkedClient, ENDPOINT, recordingLogger, useWatchedServer } from './support.js';

const { server, seen } = useWatchedServer();
const START_IMPORT = 'CloudTrail_20131101.StartImport';
const IMPORT_ID = '00000000-0000-4000-8000-000000000001';

function serveImports(): void {
  server.use(...cloudTrailImportHandlers({ now: NOW }));
}

/** The rejection of `promise`, which must be an ImportContractViolationError. */
async function violationOf(promise: Promise<unknown>): Promise<ImportContractViolationError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ImportContractViolationError);
  return error as ImportContractViolationError;
}

/** An input of the wrong type, as JavaScript code (or a cast) passes it. */
function loosely(input: unknown): StartImportCommandInput {
  return input as StartImportCommandInput;
}

describe('importContractPlugin', () => {
  it('sends a valid StartImport, which the handlers answer', async () => {
    serveImports();
    const output = await checkedClient().send(new StartImportCommand(newImport()));
    expect(output).toMatchObject({ ImportId: IMPORT_ID, ImportStatus: 'INITIALIZING' });
    expect(seen).toEqual([START_IMPORT]);
  });

  it.each([
    ['ISO-string timestamps', loosely({ ...newImport(), StartEventTime: '2025-01-01T00:00:00Z', EndEventTime: '2025-07-01T00:00:00Z' }), ['timestamp-invalid', 'timestamp-invalid']],
    ['a typo member', loosely({ ...newImport(), Destinations: undefined, Destination: [eventDataStoreArn()] }), ['unknown-member', 'new-import-missing-destinations']],
    ['a trail ARN as the destination', newImport('arn:aws:cloudtrail:eu-west-1:111122223333:trail/management-events'), ['destination-not-event-data-store']],
    ['a retry with new params', { ImportId: IMPORT_ID, Destinations: [eventDataStoreArn()] }, ['retry-with-new-import-params']],
  ])('rejects a StartImport with %s before any request is sent', async (_what, input, codes) => {
    serveImports();
    const error = await violationOf(checkedClient().send(new StartImportCommand(input)));
    expect(error.violations.map((v) => v.code)).toEqual(codes);
    expect(error).toMatchObject({ name: 'ImportContractViolationError', operation: 'StartImport' });
    expect(error.message).toBe(`StartImport input breaks the CloudTrail import contract, not sent:\n${formatViolations(error.violations)}`);
    expect(seen).toEqual([]);
  });

  it('rejects an input on the aggregated CloudTrail client too', async () => {
    const client = new CloudTrail({ region: 'eu-west-1', endpoint: ENDPOINT, credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' }, maxAttempts: 1 });
    client.middlewareStack.use(importContractPlugin());
    const error = await violationOf(client.startImport({ ImportId: 'ABC' }));
    expect(error.violations.map((v) => v.code)).toEqual(['import-id-invalid']);
    expect(seen).toEqual([]);
  });

  it("logs an invalid input and sends it with onViolation: 'warn'", async () => {
    serveImports();
    const logger = recordingLogger();
    const sent = checkedClient({ onViolation: 'warn', logger }).send(new StartImportCommand({ ImportId: IMPORT_ID, Destinations: [eventDataStoreArn()] }));
    // The handlers check it too, and answer as AWS would.
    await expect(sent).rejects.toBeInstanceOf(InvalidParameterException);
    expect(logger.warnings).toEqual([
      'StartImport input breaks the CloudTrail import contract, sent anyway:\n/Destinations error retry-with-new-import-params: must not be sent with ImportId: a retry sends ImportId alone',
    ]);
    expect(seen).toEqual([START_IMPORT]);
  });

  it('logs warnings and sends the input, even with the default onViolation', async () => {
    serveImports();
    const logger = recordingLogger();
    await expect(checkedClient({ logger }).send(new StartImportCommand({ ...newImport(), EndEventTime: undefined }))).resolves.toMatchObject({ ImportStatus: 'INITIALIZING' });
    expect(logger.warnings).toHaveLength(1);
    expect(logger.warnings[0]).toMatch(/^StartImport input has CloudTrail import contract warnings, sent:\n\/EndEventTime warning time-range-half-open: /);
    expect(seen).toEqual([START_IMPORT]);
  });

  it('reads "now" from its clock for time-range-in-future', async () => {
    serveImports();
    const logger = recordingLogger();
    const client = checkedClient({ logger, now: () => new Date('2024-12-31T00:00:00Z') });
    await client.send(new StartImportCommand(newImport()));
    expect(logger.warnings.join('\n')).toContain('/StartEventTime warning time-range-in-future: ');
  });

  it('rejects a StartImport outside its policy', async () => {
    const client = checkedClient({ policy: { version: 1, rules: { 'allowed-regions': { regions: ['us-east-1'] } } } });
    const error = await violationOf(client.send(new StartImportCommand(newImport())));
    expect(new Set(error.violations.map((v) => v.code))).toEqual(new Set(['policy/allowed-regions']));
    expect(seen).toEqual([]);
  });

  it('rejects a GetImport with a malformed ImportId', async () => {
    const error = await violationOf(checkedClient().send(new GetImportCommand({ ImportId: 'B70EF92A-B0B4-4B9D-8000-0010E3497BC0' })));
    expect(error).toMatchObject({ operation: 'GetImport' });
    expect(error.violations.map((v) => v.code)).toEqual(['import-id-invalid']);
    expect(error.message).toBe(`GetImport input breaks the CloudTrail import contract, not sent:\n${formatViolations(error.violations)}`);
    expect(seen).toEqual([]);
  });

  it('rejects a ListImports with MaxResults out of range (max-results-out-of-range)', async () => {
    const error = await violationOf(checkedClient().send(new ListImportsCommand({ MaxResults: 0 })));
    expect(error).toMatchObject({ operation: 'ListImports' });
    expect(error.violations.map((v) => v.code)).toEqual(['max-results-out-of-range']);
    expect(error.message).toBe('ListImports input breaks the CloudTrail import contract, not sent:\n/MaxResults error max-results-out-of-range: must be a whole number from 1 to 1000 (got 0)');
    expect(seen).toEqual([]);
  });

  it('sends valid GetImport and ListImports inputs', async () => {
    serveImports();
    const client = checkedClient();
    await expect(client.send(new ListImportsCommand({ MaxResults: 10 }))).resolves.toMatchObject({ Imports: [] });
    await expect(client.send(new GetImportCommand({ ImportId: IMPORT_ID }))).rejects.toMatchObject({ name: 'ImportNotFoundException' });
    expect(seen).toEqual(['CloudTrail_20131101.ListImports', 'CloudTrail_20131101.GetImport']);
  });

  it('passes other CloudTrail commands through untouched', async () => {
    server.use(http.post(`${ENDPOINT}/`, () => HttpResponse.json({ trailList: [] })));
    const logger = recordingLogger();
    await expect(checkedClient({ logger }).send(new DescribeTrailsCommand({ trailNameList: ['x'] }))).resolves.toMatchObject({ trailList: [] });
    expect(seen).toEqual(['CloudTrail_20131101.DescribeTrails']);
    expect(logger.warnings).toEqual([]);
  });
});
