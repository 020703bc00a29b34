// The msw handlers answering a real CloudTrailClient: the SDK serialises, the handlers check the wire.
import { CloudTrailClient, GetImportCommand, StartImportCommand } from '@aws-sdk/client-cloudtrail';
import { startImportRequest } from 'cloudtrail-import-contract/arbitraries';
import { createFakeCloudTrailImports } from 'cloudtrail-import-contract/fake';
import { cloudTrailImportHandlers, createImportRecorder } from 'cloudtrail-import-contract/msw';
import 'cloudtrail-import-contract/vitest';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { one } from './sample.js';
import { server } from './msw-server.js';

const client = new CloudTrailClient({ region: 'us-east-1', credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'example' }, maxAttempts: 1 });
const recorder = createImportRecorder();

beforeAll(() => {
  server.listen();
});
afterEach(() => {
  server.resetHandlers();
  recorder.clear();
});
afterAll(() => {
  server.close();
});

describe('cloudtrail-import-contract/msw', () => {
  it('answers a valid StartImport and records it on the wire', async () => {
    const fake = createFakeCloudTrailImports({ now: '2025-01-01T00:00:00Z' });
    server.use(...cloudTrailImportHandlers({ fake, recorder }));
    const input = one(startImportRequest(), 7);
    const started = await client.send(new StartImportCommand(input));
    expect(started.ImportId).toMatch(/^[0-9a-f-]{36}$/);
    const got = await client.send(new GetImportCommand({ ImportId: started.ImportId }));
    expect(got.ImportStatus).toBe('INITIALIZING');
    expect(recorder).toHaveSentOnlyValidStartImportRequests();
  });

  it('rejects an invalid StartImport the way AWS would', async () => {
    server.use(...cloudTrailImportHandlers({ recorder }));
    await expect(client.send(new StartImportCommand({ ImportSource: { S3: { S3LocationUri: 'not-a-uri', S3BucketRegion: 'us-east-1', S3BucketAccessRoleArn: 'x' } } }))).rejects.toMatchObject({
      $metadata: { httpStatusCode: 400 },
    });
    expect(recorder).not.toHaveSentOnlyValidStartImportRequests();
  });
});
