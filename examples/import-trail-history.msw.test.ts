/**
 * `importTrailHistory` against the msw handlers, with a real CloudTrailClient: the SDK serialises
 * every call, the handlers check it on the wire and the fake import service answers it.
 * In your project, import from 'cloudtrail-import-contract/msw', '/fake' and '/vitest'.
 */
import { AccountHasOngoingImportException, CloudTrail } from '@aws-sdk/client-cloudtrail';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createFakeCloudTrailImports, type FakeCloudTrailImports } from '../src/fake/index.js';
import '../src/matchers/vitest.js';
import { cloudTrailImportHandlers, createImportRecorder } from '../src/msw/index.js';
import { importTrailHistory } from './import-trail-history.js';
import type { ImportPlan } from './start-import-builder.js';

const plan: ImportPlan = {
  eventDataStoreArn: 'arn:aws:cloudtrail:eu-west-1:111122223333:eventdatastore/3f4e2d1c-0b9a-4876-9543-210fedcba987',
  bucket: 'org-log-archive',
  prefix: 'AWSLogs/111122223333/CloudTrail/',
  region: 'eu-west-1',
  roleArn: 'arn:aws:iam::111122223333:role/CloudTrailLakeImport',
  from: new Date('2024-01-01T00:00:00Z'),
  to: new Date('2024-07-01T00:00:00Z'),
};
const instantly = { intervalMs: 1, sleep: (): Promise<void> => Promise.resolve() };

const server = setupServer();
const client = new CloudTrail({ region: 'eu-west-1', credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'example' }, maxAttempts: 1 });
const recorder = createImportRecorder();

function serve(fake: FakeCloudTrailImports): void {
  server.use(...cloudTrailImportHandlers({ fake, recorder }));
}

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
});
afterEach(() => {
  server.resetHandlers();
  recorder.clear();
});
afterAll(() => {
  server.close();
});

describe('importTrailHistory, through msw', () => {
  it('starts the import, polls until it completes, and sends only requests AWS accepts', async () => {
    serve(createFakeCloudTrailImports({ now: '2025-01-01T00:00:00Z', autoAdvance: true }));
    const outcome = await importTrailHistory(client, plan, instantly);
    expect(outcome).toMatchObject({ status: 'COMPLETED', failures: [] });
    expect(recorder).toHaveSentOnlyValidStartImportRequests();
    expect(recorder.of('GetImport').length).toBeGreaterThanOrEqual(2);
  });

  it('reports the failed locations of a failed import', async () => {
    serve(createFakeCloudTrailImports({ now: '2025-01-01T00:00:00Z', autoAdvance: { outcome: 'FAILED' } }));
    const outcome = await importTrailHistory(client, plan, instantly);
    expect(outcome.status).toBe('FAILED');
    expect(outcome.failures.length).toBeGreaterThan(0);
  });

  it('retries a failed import by its id', async () => {
    const fake = createFakeCloudTrailImports({ now: '2025-01-01T00:00:00Z' });
    serve(fake);
    const first = importTrailHistory(client, plan, { ...instantly, maxPolls: 1 });
    await expect(first).rejects.toThrow(/still INITIALIZING after 1 polls/);
    const [started] = fake.imports();
    fake.advance(started?.ImportId ?? '', 'FAILED');
    const retried = importTrailHistory(client, { retryImportId: started?.ImportId ?? '' }, { ...instantly, maxPolls: 1 });
    await expect(retried).rejects.toThrow(/still INITIALIZING/);
    expect(fake.imports()).toHaveLength(1);
  });

  it('surfaces an import already in progress as the SDK exception the code can catch', async () => {
    const fake = createFakeCloudTrailImports({ now: '2025-01-01T00:00:00Z' });
    serve(fake);
    await expect(importTrailHistory(client, plan, { ...instantly, maxPolls: 1 })).rejects.toThrow(/still INITIALIZING/);
    await expect(importTrailHistory(client, plan, instantly)).rejects.toBeInstanceOf(AccountHasOngoingImportException);
  });
});
