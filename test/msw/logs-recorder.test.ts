/** The recorder of `cloudWatchLogsImportHandlers`: every exchange, as sent and as answered, typed per operation as CloudTrail's. */
import { CancelImportTaskCommand, CreateImportTaskCommand, DescribeImportTasksCommand } from '@aws-sdk/client-cloudwatch-logs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { LogsImportInputs, LogsImportOutputs } from '../../src/fake/index.js';
import { cloudTrailImportHandlers, cloudWatchLogsImportHandlers, createImportRecorder, createLogsImportRecorder, isImportExchangeRecorder, isLogsImportExchangeRecorder, type ImportErrorBody } from '../../src/msw/index.js';
import { logsClient, logsFake, ROLE_ARN } from './logs-support.js';
import { eventDataStoreArn, NOW, useServer } from './support.js';

const server = useServer();
const URL = 'https://logs.eu-west-1.amazonaws.com/';

describe('createLogsImportRecorder', () => {
  it('records each exchange in order: operation, url, target, wire body, status, answer', async () => {
    const recorder = createLogsImportRecorder();
    server.use(...cloudWatchLogsImportHandlers(logsFake(), { recorder }));
    const client = logsClient();
    const { importId } = await client.send(new CreateImportTaskCommand({ importSourceArn: eventDataStoreArn(), importRoleArn: ROLE_ARN }));
    await client.send(new DescribeImportTasksCommand({ importId }));
    expect(recorder.exchanges).toHaveLength(2);
    expect(recorder.exchanges[0]).toEqual({
      operation: 'CreateImportTask',
      url: URL,
      target: 'Logs_20140328.CreateImportTask',
      requestBody: { importSourceArn: eventDataStoreArn(), importRoleArn: ROLE_ARN },
      status: 200,
      responseBody: expect.objectContaining({ importId, creationTime: NOW.getTime() }) as unknown,
      violations: [],
    });
    expect(recorder.of('DescribeImportTasks')).toEqual([expect.objectContaining({ requestBody: { importId }, status: 200 })]);
    expect(recorder.of('CancelImportTask')).toEqual([]);
  });

  it("types an answered exchange's bodies by its operation, and a refused one's response as an error body", async () => {
    const recorder = createLogsImportRecorder();
    server.use(...cloudWatchLogsImportHandlers(logsFake(), { recorder }));
    const client = logsClient();
    await client.send(new CreateImportTaskCommand({ importSourceArn: eventDataStoreArn(), importRoleArn: ROLE_ARN }));
    await expect(client.send(new CancelImportTaskCommand({ importId: 'no-such-task' }))).rejects.toThrow();
    const [created, missing] = recorder.exchanges;
    if (created?.status !== 200 || created.operation !== 'CreateImportTask') throw new Error('expected an answered CreateImportTask');
    expectTypeOf(created.requestBody).toEqualTypeOf<LogsImportInputs['CreateImportTask']>();
    expectTypeOf(created.responseBody).toEqualTypeOf<LogsImportOutputs['CreateImportTask']>();
    expect(created.responseBody.creationTime).toBe(NOW.getTime());
    if (missing?.status === 200) throw new Error('expected a refused CancelImportTask');
    expectTypeOf(missing?.responseBody).toEqualTypeOf<ImportErrorBody | undefined>();
    expect(missing).toMatchObject({ operation: 'CancelImportTask', status: 400, responseBody: { __type: 'ResourceNotFoundException' } });
    const [cancelled] = recorder.of('CancelImportTask');
    if (cancelled?.status === 200) expectTypeOf(cancelled.responseBody).toEqualTypeOf<LogsImportOutputs['CancelImportTask']>();
  });

  it('keeps the warnings the contract found in an answered request', async () => {
    const recorder = createLogsImportRecorder();
    server.use(...cloudWatchLogsImportHandlers(logsFake(), { recorder }));
    // An importSourceArn filter that names no event data store matches no task: answered, with a warning.
    const { imports } = await logsClient().send(new DescribeImportTasksCommand({ importSourceArn: 'arn:aws:s3:::a-bucket' }));
    expect(imports).toEqual([]);
    await logsClient().send(new DescribeImportTasksCommand({}));
    expect(recorder.exchanges.map((exchange) => [exchange.status, exchange.violations.map((v) => `${v.severity} ${v.code} ${v.path}`)])).toEqual([
      [200, ['warning logs-source-filter-not-event-data-store /importSourceArn']],
      [200, []],
    ]);
  });

  it('records a refused request with the violations behind the refusal', async () => {
    const recorder = createLogsImportRecorder();
    server.use(...cloudWatchLogsImportHandlers(logsFake(), { recorder }));
    await expect(logsClient().send(new DescribeImportTasksCommand({ limit: 51 }))).rejects.toThrow();
    const [exchange] = recorder.exchanges;
    expect(exchange).toMatchObject({ operation: 'DescribeImportTasks', status: 400, responseBody: { __type: 'InvalidParameterException' } });
    expect(exchange?.violations.map((v) => v.path)).toEqual(['/limit']);
  });

  it('records a request that fails the wire checks, its body parsed when it is JSON and as text when not', async () => {
    const recorder = createLogsImportRecorder();
    server.use(...cloudWatchLogsImportHandlers(logsFake(), { recorder }));
    await fetch(URL, { method: 'POST', headers: { 'X-Amz-Target': 'Logs_20140328.DescribeImportTasks', 'Content-Type': 'application/json' }, body: '{"limit":' });
    await fetch(URL, { method: 'POST', headers: { 'X-Amz-Target': 'Logs_20140328.DescribeImportTasks', 'Content-Type': 'application/x-amz-json-1.1' }, body: '[1]' });
    expect(recorder.exchanges).toMatchObject([
      { operation: 'DescribeImportTasks', requestBody: '{"limit":', status: 400, responseBody: { __type: 'SerializationException' } },
      { operation: 'DescribeImportTasks', requestBody: [1], status: 400, responseBody: { __type: 'SerializationException' } },
    ]);
  });

  it('records a request naming no import-task operation with the wire-target-unknown behind its UnknownOperationException, as CloudTrail\'s recorder does', async () => {
    const recorder = createLogsImportRecorder();
    server.use(...cloudWatchLogsImportHandlers(logsFake(), { recorder }));
    const headers = { 'Content-Type': 'application/x-amz-json-1.1' };
    await fetch(URL, { method: 'POST', headers: { ...headers, 'X-Amz-Target': 'Logs_20140328.CreateImportTasks' }, body: '{}' });
    await fetch(URL, { method: 'POST', headers: { ...headers, 'X-Amz-Target': 'CloudTrail_20131101.StartImport' }, body: '{}' });
    await fetch(URL, { method: 'POST', headers, body: '[1]' });
    expect(recorder.exchanges).toMatchObject([
      { operation: undefined, target: 'Logs_20140328.CreateImportTasks', requestBody: {}, status: 400, responseBody: { __type: 'UnknownOperationException' } },
      { operation: undefined, target: 'CloudTrail_20131101.StartImport', requestBody: {}, status: 400, responseBody: { __type: 'UnknownOperationException' } },
      { operation: undefined, target: undefined, requestBody: [1], status: 400, responseBody: { __type: 'UnknownOperationException' } },
    ]);
    expect(recorder.exchanges.map((exchange) => exchange.violations.map((v) => `${v.code} ${v.path}`))).toEqual([
      ['wire-target-unknown /headers/x-amz-target'],
      ['wire-target-unknown /headers/x-amz-target'],
      ['wire-target-unknown /headers/x-amz-target', 'wire-body-not-json /body'],
    ]);
    const [misspelled] = recorder.exchanges;
    expect(misspelled?.responseBody).toMatchObject({ message: expect.stringContaining("must name a CloudWatch Logs import-task operation as Logs_20140328.OPERATION (got 'Logs_20140328.CreateImportTasks')") as unknown });
  });

  it("starts over after clear, and is refused by CloudTrail's handlers as theirs is by these", async () => {
    const recorder = createLogsImportRecorder();
    server.use(...cloudWatchLogsImportHandlers(logsFake(), { recorder }));
    await logsClient().send(new DescribeImportTasksCommand({}));
    recorder.clear();
    expect(recorder.exchanges).toEqual([]);
    // What a JavaScript caller might pass.
    expect(() => cloudTrailImportHandlers({ recorder: recorder as never })).toThrow(/createImportRecorder\(\)/);
    expect(() => cloudWatchLogsImportHandlers(logsFake(), { recorder: createImportRecorder() as never })).toThrow(/createLogsImportRecorder\(\)/);
  });
});

describe('isLogsImportExchangeRecorder', () => {
  it("tells a Logs recorder from CloudTrail's and from a look-alike", () => {
    expect(isLogsImportExchangeRecorder(createLogsImportRecorder())).toBe(true);
    expect(isLogsImportExchangeRecorder(createImportRecorder())).toBe(false);
    expect(isImportExchangeRecorder(createLogsImportRecorder())).toBe(false);
    expect(isLogsImportExchangeRecorder({ exchanges: [], of: () => [], record: () => undefined, clear: () => undefined })).toBe(false);
  });
});
