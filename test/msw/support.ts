/** What the msw tests share: one server per file, a real CloudTrailClient, and requests that start imports. */
import { CloudTrailClient, type CloudTrailClientConfig, type StartImportCommandInput } from '@aws-sdk/client-cloudtrail';
import { setupServer, type SetupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';

export const NOW = new Date('2026-01-01T00:00:00Z');
export const ACCOUNT = '111122223333';

/** An msw server for the file: listening with `onUnhandledRequest: 'error'`, handlers reset after each test. */
export function useServer(): SetupServer {
  const server = setupServer();
  beforeAll(() => {
    server.listen({ onUnhandledRequest: 'error' });
  });
  afterEach(() => {
    server.resetHandlers();
  });
  afterAll(() => {
    server.close();
  });
  return server;
}

/** A real client with static fake credentials and no retries. */
export function cloudTrailClient(config: CloudTrailClientConfig = {}): CloudTrailClient {
  return new CloudTrailClient({ region: 'eu-west-1', credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' }, maxAttempts: 1, ...config });
}

/** The ARN of an event data store (its ID a UUID ending in `n`). */
export function eventDataStoreArn(region = 'eu-west-1', n = 0, partition = 'aws'): string {
  return `arn:${partition}:cloudtrail:${region}:${ACCOUNT}:eventdatastore/3f4e2d1c-0b9a-4876-9543-${String(n).padStart(12, '0')}`;
}

/** A valid new import into `destination` (sdk shape). */
export function newImport(destination = eventDataStoreArn(), bucketRegion = 'eu-west-1', partition = 'aws'): StartImportCommandInput {
  return {
    Destinations: [destination],
    ImportSource: {
      S3: {
        S3LocationUri: `s3://org-log-archive/AWSLogs/${ACCOUNT}/CloudTrail/`,
        S3BucketRegion: bucketRegion,
        S3BucketAccessRoleArn: `arn:${partition}:iam::${ACCOUNT}:role/CloudTrailLakeImport`,
      },
    },
    StartEventTime: new Date('2025-01-01T00:00:00.250Z'),
    EndEventTime: new Date('2025-07-01T00:00:00Z'),
  };
}
