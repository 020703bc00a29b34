/**
 * `migrateLakeToCloudWatch` through msw with a real CloudTrailClient and CloudWatchLogsClient: the
 * CloudTrail fake imports the trail logs from "S3" into the event data store, the CloudWatch Logs
 * fake moves that store's events into the managed log group; both share the stores and the clock,
 * and the code's waits move the clock. In your project, import from
 * 'cloudtrail-import-contract/msw', '/fake' and '/vitest'.
 */
import { CloudTrail } from '@aws-sdk/client-cloudtrail';
import { CloudWatchLogs, InvalidOperationException, ThrottlingException } from '@aws-sdk/client-cloudwatch-logs';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createFakeCloudTrailImports, createFakeEventDataStores, createLogsImportFake, type FakeCloudTrailImports, type LogsImportFake } from '../src/fake/index.js';
import '../src/matchers/vitest.js';
import { cloudTrailImportHandlers, cloudWatchLogsImportHandlers, createImportRecorder, createLogsImportRecorder } from '../src/msw/index.js';
import { migrateLakeToCloudWatch, type MigrationPlan } from './migrate-lake-to-cloudwatch.js';

const ACCOUNT = '111122223333';
const STORE_ID = '3f4e2d1c-0b9a-4876-9543-210fedcba987';
const STORE = `arn:aws:cloudtrail:eu-west-1:${ACCOUNT}:eventdatastore/${STORE_ID}`;
const LOGS = `s3://org-log-archive/AWSLogs/${ACCOUNT}/CloudTrail/eu-west-1`;
const plan: MigrationPlan = {
  trailHistory: {
    eventDataStoreArn: STORE,
    bucket: 'org-log-archive',
    prefix: `AWSLogs/${ACCOUNT}/CloudTrail/`,
    region: 'eu-west-1',
    roleArn: `arn:aws:iam::${ACCOUNT}:role/CloudTrailLakeImport`,
    from: new Date('2024-01-01T00:00:00Z'),
    to: new Date('2024-07-01T00:00:00Z'),
  },
  logsImportRoleArn: `arn:aws:iam::${ACCOUNT}:role/CloudWatchLogsImport`,
};

const config = { region: 'eu-west-1', credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'example' }, maxAttempts: 1 };
const cloudTrail = new CloudTrail(config);
const logs = new CloudWatchLogs(config);
const server = setupServer();
const recorder = createImportRecorder();
const logsRecorder = createLogsImportRecorder();

/** Trail log files of three days (5 events), and one outside the plan's range. */
function fakes(): { lake: FakeCloudTrailImports; cloudWatch: LogsImportFake } {
  const stores = createFakeEventDataStores({
    accountId: ACCOUNT,
    region: 'eu-west-1',
    eventDataStores: [{ eventDataStore: STORE, retentionPeriod: 2557 }],
    trailLogs: [
      { location: `${LOGS}/2024/02/01/a.json.gz`, events: [{ eventTime: '2024-02-01T09:15:00Z' }, { eventTime: '2024-02-01T09:45:00Z' }] },
      { location: `${LOGS}/2024/03/10/b.json.gz`, events: [{ eventTime: '2024-03-10T12:00:00Z' }, { eventTime: '2024-03-10T18:30:00Z' }] },
      { location: `${LOGS}/2024/06/30/c.json.gz`, events: [{ eventTime: '2024-06-30T23:59:59Z' }] },
      { location: `${LOGS}/2024/08/01/d.json.gz`, events: [{ eventTime: '2024-08-01T00:00:00Z' }] },
    ],
  });
  const lake = createFakeCloudTrailImports({ stores, accountId: ACCOUNT, region: 'eu-west-1', now: '2025-01-01T00:00:00Z', autoAdvance: true });
  const cloudWatch = createLogsImportFake({ stores, clock: lake.clock, accountId: ACCOUNT, region: 'eu-west-1' });
  server.use(...cloudTrailImportHandlers({ fake: lake, recorder }), ...cloudWatchLogsImportHandlers(cloudWatch, { recorder: logsRecorder }));
  return { lake, cloudWatch };
}

/** Waits by moving the fakes' shared clock, so a test takes no time. */
function waitsOn(lake: FakeCloudTrailImports): { intervalMs: number; sleep: (ms: number) => Promise<void> } {
  return {
    intervalMs: 30_000,
    sleep: (ms) => {
      lake.clock.advanceBy(ms);
      return Promise.resolve();
    },
  };
}

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
});
afterEach(() => {
  server.resetHandlers();
  recorder.clear();
  logsRecorder.clear();
});
afterAll(() => {
  server.close();
});

describe('migrateLakeToCloudWatch, through msw', () => {
  it('imports the trail history into Lake, then moves the store into CloudWatch Logs, batch by batch', async () => {
    const { lake, cloudWatch } = fakes();
    const outcome = await migrateLakeToCloudWatch(cloudTrail, logs, plan, waitsOn(lake));
    expect(outcome.lakeImport).toMatchObject({ status: 'COMPLETED', eventsImported: 5 });
    expect(outcome).toMatchObject({ status: 'COMPLETED', logGroupArn: `arn:aws:logs:eu-west-1:${ACCOUNT}:log-group:/aws/cloudtrail/${STORE_ID}`, errorMessage: undefined });
    expect(outcome.batches).toEqual([
      { batchId: '2024-02-01T09:00:00.000Z', status: 'COMPLETED' },
      { batchId: '2024-03-10T12:00:00.000Z', status: 'COMPLETED' },
      { batchId: '2024-03-10T18:00:00.000Z', status: 'COMPLETED' },
      { batchId: '2024-06-30T23:00:00.000Z', status: 'COMPLETED' },
    ]);
    expect(outcome.bytesImported).toBeGreaterThan(0);
    expect(cloudWatch.logGroups()[0]?.events).toHaveLength(5);
  });

  it('sends only requests the contracts accept, to both services', async () => {
    const { lake } = fakes();
    await migrateLakeToCloudWatch(cloudTrail, logs, plan, waitsOn(lake));
    expect(recorder).toHaveSentOnlyValidStartImportRequests();
    expect(logsRecorder.exchanges.map((exchange) => exchange.operation)).toEqual(expect.arrayContaining(['CreateImportTask', 'DescribeImportTasks', 'DescribeImportTaskBatches']));
    for (const { operation, requestBody, status } of logsRecorder.exchanges) {
      expect(status).toBe(200);
      expect(requestBody).toBeValidImportRequest(operation ?? 'CreateImportTask', { shape: 'wire' });
    }
  });

  it('reports a FAILED import task with the failed batch and its error', async () => {
    const { lake, cloudWatch } = fakes();
    const waits = waitsOn(lake);
    const outcome = await migrateLakeToCloudWatch(cloudTrail, logs, plan, {
      ...waits,
      sleep: async (ms) => {
        const [task] = cloudWatch.importTasks();
        if (task?.importStatus === 'IN_PROGRESS' && !task.batches.some((batch) => batch.status === 'FAILED')) cloudWatch.failBatch(task.importId, undefined, 'kms:Decrypt denied');
        await waits.sleep(ms);
      },
    });
    expect(outcome.status).toBe('FAILED');
    expect(outcome.errorMessage).toContain('kms:Decrypt denied');
    expect(outcome.batches.filter((batch) => batch.status === 'FAILED')).toEqual([{ batchId: '2024-02-01T09:00:00.000Z', status: 'FAILED', errorMessage: 'kms:Decrypt denied' }]);
  });

  it('surfaces a store that is no longer active as the SDK exception the code can catch', async () => {
    const { lake } = fakes();
    const waits = waitsOn(lake);
    const migrating = migrateLakeToCloudWatch(cloudTrail, logs, plan, {
      ...waits,
      // The store is being deleted while the Lake import runs.
      sleep: async (ms) => {
        lake.stores.setStatus(STORE, 'PENDING_DELETION');
        await waits.sleep(ms);
      },
    });
    await expect(migrating).rejects.toBeInstanceOf(InvalidOperationException);
  });

  it('surfaces the account limit of 3 active import tasks as ThrottlingException', async () => {
    const { lake, cloudWatch } = fakes();
    for (let n = 0; n < 3; n += 1) await cloudWatch.createImportTask({ importSourceArn: STORE, importRoleArn: plan.logsImportRoleArn });
    await expect(migrateLakeToCloudWatch(cloudTrail, logs, plan, { ...waitsOn(lake), sleep: () => Promise.resolve() })).rejects.toBeInstanceOf(ThrottlingException);
  });
});
