/**
 * The handlers on the wire, driven by the `fixtures/wire` corpus sent with plain `fetch`: the
 * SDK's and botocore's requests are answered alike, and every malformed one gets the awsJson
 * error CONTRACT §6 names — never an unhandled exception.
 */
import { DescribeTrailsCommand, GetImportCommand, StartImportCommand } from '@aws-sdk/client-cloudtrail';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { createFakeCloudTrailImports, createLogsImportFake, type FakeCloudTrailImports } from '../../src/fake/index.js';
import { formatViolations, validateImportHttpRequest, validateStartImportResponse } from '../../src/index.js';
import { CLOUDTRAIL_ENDPOINT, cloudTrailImportHandlers, cloudWatchLogsImportHandlers, createImportRecorder, createLogsImportRecorder } from '../../src/msw/index.js';
import { logsFake } from './logs-support.js';
import { loadWireFixtures, type WireFixture, type WireRequest } from '../support/fixtures.js';
import { cloudTrailClient, newImport, NOW, useServer } from './support.js';

const server = useServer();
const allFixtures = loadWireFixtures();
/** The fixtures sent to a CloudTrail endpoint; those sent to CloudWatch Logs are its handlers' (below). */
const fixtures = allFixtures.filter((f) => f.service === 'CloudTrail');
const logsFixtures = allFixtures.filter((f) => f.service === 'CloudWatchLogs');
/** The import id the fixtures of GetImport, StopImport and ListImportFailures name. */
const FIXTURE_IMPORT_ID = '6a1d3e5f-8b2c-4d7e-9f0a-1b2c3d4e5f60';

/**
 * A fake for a fixture: empty for StartImport (one import at a time), else holding one import,
 * FIXTURE_IMPORT_ID, started in eu-west-1 (the fixtures' Region).
 */
function fakeFor(request: WireRequest): FakeCloudTrailImports {
  const fake = createFakeCloudTrailImports({ now: NOW, importIds: () => FIXTURE_IMPORT_ID });
  if (validateImportHttpRequest(request).kind === 'StartImport') return fake;
  const seeded = fake.handle('StartImport', newImport(), { region: 'eu-west-1' });
  if (!seeded.ok) throw new Error(`cannot seed the fake: ${seeded.error.message}`);
  return fake;
}

/** Sends the request as written: bytes, so that fetch adds no Content-Type of its own. */
function send(request: WireRequest): Promise<Response> {
  return fetch(request.url, { method: request.method, headers: request.headers, body: new TextEncoder().encode(request.body) });
}

async function answer(request: WireRequest, fake = fakeFor(request)): Promise<{ status: number; headers: Headers; body: Record<string, unknown> }> {
  server.use(...cloudTrailImportHandlers({ fake }));
  const response = await send(request);
  return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, unknown> };
}

const named = (list: readonly WireFixture[]): (readonly [string, WireFixture])[] => list.map((f) => [f.name, f] as const);
const fixture = (name: string): WireFixture => {
  const found = fixtures.find((f) => f.name === `wire/valid/${name}.json`);
  if (found === undefined) throw new Error(`no fixture ${name}`);
  return found;
};

describe('cloudTrailImportHandlers', () => {
  it.each(named(fixtures.filter((f) => f.valid)))('answers %s with HTTP 200 in awsJson1_1', async (_name, { request }) => {
    const { status, headers, body } = await answer(request);
    expect({ status, body }).toMatchObject({ status: 200 });
    expect(body).not.toHaveProperty('__type');
    expect(headers.get('content-type')).toBe('application/x-amz-json-1.1');
    expect(headers.get('x-amzn-requestid')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it.each(named(fixtures.filter((f) => !f.valid)))('answers %s with the awsJson error its first wire violation names', async (_name, { request }) => {
    const { violations } = validateImportHttpRequest(request);
    const { status, headers, body } = await answer(request);
    expect({ status, body }).toEqual({ status: 400, body: { __type: violations[0]?.exception, message: formatViolations(violations) } });
    expect(['UnknownOperationException', 'SerializationException']).toContain(body['__type']);
    expect(headers.get('content-type')).toBe('application/x-amz-json-1.1');
  });

  it.each(['start-import', 'get-import', 'list-imports', 'stop-import', 'list-import-failures'])(
    "answers botocore's %s (qualified target, integer epoch seconds) as it answers the SDK's",
    async (operation) => {
      const fromSdk = await answer(fixture(`sdk-${operation}`).request);
      const fromBotocore = await answer(fixture(`botocore-${operation}`).request);
      // Only the SDK's StartImport has an EndEventTime with a fraction (.25 s); the rest is the same.
      const comparable = (body: Record<string, unknown>): Record<string, unknown> => ({ ...body, EndEventTime: undefined });
      expect(comparable(fromBotocore.body)).toEqual(comparable(fromSdk.body));
      expect(fromBotocore.status).toBe(200);
    },
  );

  it("echoes botocore's integer timestamps in a response valid for its request", async () => {
    const { request } = fixture('botocore-start-import');
    const { body } = await answer(request, createFakeCloudTrailImports({ now: NOW }));
    expect(body).toMatchObject({ StartEventTime: 1704067200, EndEventTime: 1719792000, ImportStatus: 'INITIALIZING', CreatedTimestamp: NOW.getTime() / 1000 });
    expect(validateStartImportResponse(body, { shape: 'wire', request: JSON.parse(request.body) }).violations).toEqual([]);
  });

  it('leaves requests for other CloudTrail operations to the next handler', async () => {
    server.use(...cloudTrailImportHandlers(), http.post(CLOUDTRAIL_ENDPOINT, () => HttpResponse.json({ trailList: [] }, { headers: { 'Content-Type': 'application/x-amz-json-1.1' } })));
    await expect(cloudTrailClient().send(new DescribeTrailsCommand({}))).resolves.toMatchObject({ trailList: [] });
  });

  it('leaves requests for other CloudTrail operations to onUnhandledRequest when no handler takes them', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      server.use(...cloudTrailImportHandlers());
      const outcome = cloudTrailClient().send(new DescribeTrailsCommand({}));
      await expect(outcome).rejects.toThrow();
      await expect(outcome).rejects.not.toHaveProperty('$metadata.httpStatusCode');
      expect(consoleError.mock.calls.flat().join(' ')).toMatch(/without a matching request handler/);
    } finally {
      consoleError.mockRestore();
    }
  });

  it('answers TestDoubleFailure (HTTP 400, not retried) when the fake throws, naming the operation and the cause', async () => {
    const recorder = createImportRecorder();
    const fake = createFakeCloudTrailImports({
      importIds: () => {
        throw new Error('no more ids');
      },
    });
    server.use(...cloudTrailImportHandlers({ fake, recorder }));
    const outcome = cloudTrailClient({ maxAttempts: 3 }).send(new StartImportCommand(newImport()));
    await expect(outcome).rejects.toMatchObject({
      name: 'TestDoubleFailure',
      message: expect.stringMatching(/^cloudtrail-import-contract's msw handlers could not answer StartImport: .*no more ids/) as unknown,
      $metadata: { httpStatusCode: 400, attempts: 1 },
    });
    expect(recorder.exchanges).toHaveLength(1);
  });

  it('answers TestDoubleFailure when a fake of your own throws', async () => {
    const fake: FakeCloudTrailImports = {
      ...createFakeCloudTrailImports(),
      handle: () => {
        throw new TypeError('broken on purpose');
      },
    };
    server.use(...cloudTrailImportHandlers({ fake }));
    await expect(cloudTrailClient().send(new GetImportCommand({ ImportId: FIXTURE_IMPORT_ID }))).rejects.toMatchObject({
      name: 'TestDoubleFailure',
      message: expect.stringContaining('GetImport: TypeError: broken on purpose') as unknown,
    });
  });

  it.each([
    [{ fake: createFakeCloudTrailImports(), region: 'eu-west-1' }, /either options\.fake or the options to create one, not both \(got fake and region\)/],
    [{ recorder: [] }, /options\.recorder must be a recorder made by createImportRecorder\(\)/],
    [{ fake: {} }, /options\.fake must be a fake made by createFakeCloudTrailImports\(\)/],
    // CloudWatch Logs' fake answers only its own operations: every CloudTrail call would be UnknownOperationException.
    [{ fake: createLogsImportFake() }, /options\.fake must be a fake made by createFakeCloudTrailImports\(\)/],
    [{ region: 'moon-1' }, /options\.region must be an AWS Region code/],
    [null, /options must be an object \(got null\)/],
  ])('refuses the options %o with a TypeError saying which is wrong', (options, message) => {
    expect(() => cloudTrailImportHandlers(options as never)).toThrow(message);
  });
});

describe('cloudWatchLogsImportHandlers on the wire', () => {
  it('has fixtures of its own, valid and invalid', () => {
    expect(logsFixtures.filter((f) => f.valid).length).toBeGreaterThanOrEqual(4);
    expect(logsFixtures.filter((f) => !f.valid).length).toBeGreaterThanOrEqual(1);
  });

  it.each(named(logsFixtures.filter((f) => f.valid)))('takes %s past the wire checks to the fake, for its operation', async (_name, { request }) => {
    const recorder = createLogsImportRecorder();
    server.use(...cloudWatchLogsImportHandlers(logsFake(), { recorder }));
    const response = await send(request);
    const body = (await response.json()) as Record<string, unknown>;
    expect(['UnknownOperationException', 'SerializationException']).not.toContain(body['__type']);
    expect(response.headers.get('content-type')).toBe('application/x-amz-json-1.1');
    const [exchange] = recorder.exchanges;
    expect(exchange?.operation).toBe(validateImportHttpRequest(request, { service: 'CloudWatchLogs' }).kind);
    expect(exchange?.violations.filter((v) => v.code.startsWith('wire-'))).toEqual([]);
  });

  it.each(named(logsFixtures.filter((f) => !f.valid)))('answers %s with the awsJson error its first wire violation names', async (_name, { request }) => {
    const { violations } = validateImportHttpRequest(request, { service: 'CloudWatchLogs' });
    server.use(...cloudWatchLogsImportHandlers(logsFake()));
    const response = await send(request);
    expect({ status: response.status, body: (await response.json()) }).toEqual({ status: 400, body: { __type: violations[0]?.exception, message: formatViolations(violations) } });
  });
});

