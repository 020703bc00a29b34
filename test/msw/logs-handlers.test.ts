/**
 * cloudWatchLogsImportHandlers with a real CloudWatchLogsClient: the SDK serialises each call,
 * the handlers check the wire and the Logs fake answers, as the service would.
 */
import {
  AccessDeniedException,
  CancelImportTaskCommand,
  CreateImportTaskCommand,
  DescribeImportTaskBatchesCommand,
  DescribeImportTasksCommand,
  InvalidOperationException,
  InvalidParameterException,
  ResourceNotFoundException,
  ThrottlingException,
} from '@aws-sdk/client-cloudwatch-logs';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import * as logsSdk from '@aws-sdk/client-cloudwatch-logs';
import { LOGS_IMPORT_OPERATIONS } from '../../src/contract/operations.js';
import { partitions } from '../../src/contract/partitions.js';
import { isOtherLogsOperation } from '../../src/msw/logs-operations.js';
import { regionOfLogsEndpoint } from '../../src/contract/endpoints.js';
import { CLOUDWATCH_LOGS_ENDPOINT, cloudWatchLogsImportHandlers } from '../../src/msw/index.js';
import { logsClient, logsFake, ROLE_ARN } from './logs-support.js';
import { ACCOUNT, eventDataStoreArn, NOW, useServer } from './support.js';

const server = useServer();
const client = logsClient();
const create = (n = 0): CreateImportTaskCommand => new CreateImportTaskCommand({ importSourceArn: eventDataStoreArn('eu-west-1', n), importRoleArn: ROLE_ARN });

async function post(target: string, body: string, contentType = 'application/x-amz-json-1.1'): Promise<{ status: number; body: Record<string, unknown>; type: string | null }> {
  const response = await fetch('https://logs.eu-west-1.amazonaws.com/', { method: 'POST', headers: { 'X-Amz-Target': target, 'Content-Type': contentType }, body });
  return { status: response.status, body: (await response.json()) as Record<string, unknown>, type: response.headers.get('content-type') };
}

describe('cloudWatchLogsImportHandlers', () => {
  it('answers CreateImportTask, DescribeImportTasks, DescribeImportTaskBatches and CancelImportTask sent by a real CloudWatchLogsClient', async () => {
    const fake = logsFake(3);
    server.use(...cloudWatchLogsImportHandlers(fake));
    const created = await client.send(create());
    expect(created).toMatchObject({ importId: '00000000-0000-4000-9000-000000000001', creationTime: NOW.getTime() });
    expect(created.importDestinationArn).toBe(`arn:aws:logs:eu-west-1:${ACCOUNT}:log-group:/aws/cloudtrail/3f4e2d1c-0b9a-4876-9543-000000000000`);
    const importId = created.importId ?? '';
    fake.clock.advanceBy(60_000);
    const { imports } = await client.send(new DescribeImportTasksCommand({ importId }));
    expect(imports?.[0]).toMatchObject({ importId, importStatus: 'IN_PROGRESS', importStatistics: { bytesImported: expect.any(Number) as number } });
    const { importBatches } = await client.send(new DescribeImportTaskBatchesCommand({ importId, batchImportStatus: ['COMPLETED'] }));
    expect(importBatches).toEqual([{ batchId: '2025-12-01T00:00:00.000Z', status: 'COMPLETED' }]);
    const cancelled = await client.send(new CancelImportTaskCommand({ importId }));
    expect(cancelled).toMatchObject({ importId, importStatus: 'CANCELLED', lastUpdatedTime: NOW.getTime() + 60_000 });
    expect(fake.importTasks()[0]?.importStatus).toBe('CANCELLED');
  });

  it.each([
    ['InvalidOperationException', InvalidOperationException],
    ['ResourceNotFoundException', ResourceNotFoundException],
  ] as const)('makes the client throw its own %s', async (name, type) => {
    const fake = logsFake();
    server.use(...cloudWatchLogsImportHandlers(fake));
    const { importId = '' } = await client.send(create());
    if (name === 'InvalidOperationException') fake.clock.advanceBy(3_600_000);
    const error: unknown = await client.send(new CancelImportTaskCommand({ importId: name === 'InvalidOperationException' ? importId : 'no-such-task' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(type);
    expect(error).toMatchObject({ $metadata: { httpStatusCode: 400 } });
  });

  it('answers the 4th active import with ThrottlingException, which the client retries before throwing', async () => {
    const fake = logsFake();
    server.use(...cloudWatchLogsImportHandlers(fake));
    for (const n of [0, 1, 2]) await client.send(create(n));
    const retrying = logsClient({ maxAttempts: 2 });
    const error: unknown = await retrying.send(create(3)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ThrottlingException);
    expect(error).toMatchObject({ $metadata: { attempts: 2 } });
  });

  it('answers a fault queued with failNext once, as the SDK exception, then the fake again', async () => {
    const fake = logsFake();
    server.use(...cloudWatchLogsImportHandlers(fake));
    fake.failNext('CreateImportTask', 'AccessDeniedException', 'User is not authorized to perform: iam:PassRole');
    const error: unknown = await client.send(create()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AccessDeniedException);
    expect((error as Error).message).toBe('User is not authorized to perform: iam:PassRole');
    await expect(client.send(create())).resolves.toMatchObject({ importId: expect.any(String) as string });
  });

  it("answers AWS's common errors queued with failNext with their own status, so the client's retries really run", async () => {
    const fake = logsFake();
    server.use(...cloudWatchLogsImportHandlers(fake));
    fake.failNext('DescribeImportTasks', 'ServiceUnavailable');
    const output = await logsClient({ maxAttempts: 2 }).send(new DescribeImportTasksCommand({}));
    expect(output.$metadata).toMatchObject({ httpStatusCode: 200, attempts: 2 });
  });

  it('answers an invalid request with InvalidParameterException naming the problem', async () => {
    server.use(...cloudWatchLogsImportHandlers(logsFake()));
    const error: unknown = await client.send(new DescribeImportTasksCommand({ limit: 51 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidParameterException);
    expect((error as Error).message).toContain('limit');
  });

  it('answers awsJson1_1 with the content type and a request id, and errors as {"__type", "message"}', async () => {
    server.use(...cloudWatchLogsImportHandlers(logsFake()));
    const answer = await post('Logs_20140328.CancelImportTask', '{"importId":"nope"}');
    expect(answer).toMatchObject({ status: 400, type: 'application/x-amz-json-1.1', body: { __type: 'ResourceNotFoundException' } });
    expect(String(answer.body['message'])).toContain('nope');
  });

  it.each([
    ['a wrong content type', 'SerializationException', 'Logs_20140328.DescribeImportTasks', '{}', 'application/json'],
    ['a body that is not JSON', 'SerializationException', 'Logs_20140328.DescribeImportTasks', '{"limit":', undefined],
    ['a JSON array', 'SerializationException', 'Logs_20140328.DescribeImportTasks', '[]', undefined],
    ['a target of another service', 'UnknownOperationException', 'CloudTrail_20131101.StartImport', '{}', undefined],
    ['an empty target', 'UnknownOperationException', '', '{}', undefined],
  ])('answers %s with %s', async (_what, name, target, body, contentType) => {
    server.use(...cloudWatchLogsImportHandlers(logsFake()));
    const answer = await post(target, body, contentType);
    expect(answer.status).toBe(400);
    expect(answer.body['__type']).toBe(name);
  });

  it('leaves every other CloudWatch Logs operation to other handlers, and answers a misspelled one UnknownOperationException', async () => {
    const other = http.post(CLOUDWATCH_LOGS_ENDPOINT, () => HttpResponse.json({ passedOn: true }));
    server.use(...cloudWatchLogsImportHandlers(logsFake()), other);
    expect((await post('Logs_20140328.PutLogEvents', '{}')).body).toEqual({ passedOn: true });
    expect((await post('Logs_20140328.CreateImportTasks', '{}')).body['__type']).toBe('UnknownOperationException');
  });

  it("knows every operation of the Logs SDK's but the four import-task operations as another operation", () => {
    const operations = Object.keys(logsSdk)
      .filter((name) => /^[A-Z]\w+Command$/.test(name))
      .map((name) => name.slice(0, -'Command'.length));
    expect(operations.length).toBeGreaterThan(100);
    for (const operation of operations) {
      expect(isOtherLogsOperation(`Logs_20140328.${operation}`), operation).toBe(!(LOGS_IMPORT_OPERATIONS as readonly string[]).includes(operation));
    }
    expect(isOtherLogsOperation('CloudTrail_20131101.CreateTrail')).toBe(false);
  });

  it('reads the Region from the host name: another Region finds neither the store nor the task', async () => {
    server.use(...cloudWatchLogsImportHandlers(logsFake()));
    const { importId = '' } = await client.send(create());
    const elsewhere = logsClient({ region: 'us-east-1' });
    await expect(elsewhere.send(new DescribeImportTaskBatchesCommand({ importId }))).rejects.toBeInstanceOf(ResourceNotFoundException);
    await expect(elsewhere.send(create())).rejects.toBeInstanceOf(ResourceNotFoundException);
  });

  it('throws a TypeError for a fake it cannot answer from, or bad options', () => {
    // What a JavaScript caller might pass.
    expect(() => cloudWatchLogsImportHandlers({} as never)).toThrow(/createLogsImportFake/);
    expect(() => cloudWatchLogsImportHandlers(logsFake(), { recorder: [] as never })).toThrow(/options\.recorder must be a recorder made by createLogsImportRecorder\(\)/);
  });
});

interface EndpointParameters {
  readonly Region: string;
  readonly UseFIPS: boolean;
  readonly UseDualStack: boolean;
}
type EndpointProvider = (parameters: EndpointParameters) => { readonly url: URL };

/** The URL the Logs SDK's endpoint rules give, or undefined where they refuse the combination. */
function sdkEndpoint(parameters: EndpointParameters): string | undefined {
  const provider = (client.config as unknown as { endpointProvider: EndpointProvider }).endpointProvider;
  try {
    return provider(parameters).url.href;
  } catch {
    return undefined;
  }
}

const regions = partitions.flatMap((partition) => partition.regions.filter((region) => !region.endsWith('-global')));

describe('CLOUDWATCH_LOGS_ENDPOINT', () => {
  it.each(regions)("matches every endpoint the Logs SDK's rules build for %s, reading the Region back", (Region) => {
    const urls = [false, true].flatMap((UseFIPS) => [false, true].map((UseDualStack) => sdkEndpoint({ Region, UseFIPS, UseDualStack })));
    expect(urls.filter((url) => url !== undefined).length).toBeGreaterThan(0);
    for (const url of urls) if (url !== undefined) expect(regionOfLogsEndpoint(url), url).toBe(Region);
  });

  it.each(['https://logs.eu-west-1.amazonaws.com/', 'https://logs-fips.us-gov-west-1.amazonaws.com/', 'https://logs.cn-north-1.amazonaws.com.cn/', 'https://logs.us-east-1.api.aws/'])('matches %s', (url) => {
    expect(CLOUDWATCH_LOGS_ENDPOINT.test(url)).toBe(true);
  });

  it.each(['https://cloudtrail.us-east-1.amazonaws.com/', 'http://logs.us-east-1.amazonaws.com/', 'https://logs.us-east-1.amazonaws.com.evil.example/', 'https://logs.us-east-1.amazonaws.com/x'])('does not match %s', (url) => {
    expect(CLOUDWATCH_LOGS_ENDPOINT.test(url)).toBe(false);
  });
});
