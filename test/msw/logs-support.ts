/** What the CloudWatch Logs msw tests share: a real CloudWatchLogsClient and a store with events. */
import { CloudWatchLogsClient, type CloudWatchLogsClientConfig } from '@aws-sdk/client-cloudwatch-logs';
import { createFakeEventDataStores, createLogsImportFake, type LogsImportFake } from '../../src/fake/index.js';
import { ACCOUNT, eventDataStoreArn, NOW } from './support.js';

export const ROLE_ARN = `arn:aws:iam::${ACCOUNT}:role/CloudWatchLogsImport`;

/** A real client with static fake credentials and no retries, in eu-west-1. */
export function logsClient(config: CloudWatchLogsClientConfig = {}): CloudWatchLogsClient {
  return new CloudWatchLogsClient({ region: 'eu-west-1', credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' }, maxAttempts: 1, ...config });
}

/** A Logs fake in the test account and eu-west-1 with stores 0–3, store 0 holding `events` events an hour apart from 2025-12-01. */
export function logsFake(events = 3): LogsImportFake {
  const start = Date.parse('2025-12-01T00:00:00Z');
  const stores = createFakeEventDataStores({
    accountId: ACCOUNT,
    region: 'eu-west-1',
    eventDataStores: [
      { eventDataStore: eventDataStoreArn(), events: Array.from({ length: events }, (_, i) => ({ eventTime: start + i * 3_600_000 })) },
      ...[1, 2, 3].map((n) => ({ eventDataStore: eventDataStoreArn('eu-west-1', n) })),
    ],
  });
  return createLogsImportFake({ stores, accountId: ACCOUNT, region: 'eu-west-1', now: NOW });
}
