/** useLogsImportFake: the four CloudWatch Logs import-task commands on an aws-sdk-client-mock stub, answered by the Logs fake. */
import {
  CancelImportTaskCommand,
  CloudWatchLogsClient,
  CreateImportTaskCommand,
  DescribeImportTaskBatchesCommand,
  DescribeImportTasksCommand,
  InvalidOperationException,
  InvalidParameterException,
} from '@aws-sdk/client-cloudwatch-logs';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { useLogsImportFake } from '../../src/client-mock/index.js';
import { createFakeEventDataStores, createLogsImportFake } from '../../src/fake/index.js';

const logsMock = mockClient(CloudWatchLogsClient);
const client = new CloudWatchLogsClient({ region: 'us-east-1' });
afterEach(() => {
  logsMock.reset();
});

const SOURCE = 'arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/f1d45bff-d0e3-4868-b5d9-2eb678aa32fb';
const ROLE = 'arn:aws:iam::123456789012:role/Import';

describe('useLogsImportFake', () => {
  it('answers the four commands from the fake, with $metadata', async () => {
    const stores = createFakeEventDataStores({ eventDataStores: [{ eventDataStore: SOURCE, events: [{ eventTime: '2026-01-02T03:04:05Z' }] }] });
    const fake = useLogsImportFake(logsMock, createLogsImportFake({ stores, now: '2026-03-01T00:00:00Z' }));
    const created = await client.send(new CreateImportTaskCommand({ importSourceArn: SOURCE, importRoleArn: ROLE }));
    expect(created).toMatchObject({ importId: '00000000-0000-4000-9000-000000000001', $metadata: { httpStatusCode: 200 } });
    const importId = created.importId ?? '';
    expect((await client.send(new DescribeImportTaskBatchesCommand({ importId }))).importBatches).toEqual([{ batchId: '2026-01-02T03:00:00.000Z', status: 'IN_PROGRESS' }]);
    fake.clock.advanceBy(60_000);
    expect((await client.send(new DescribeImportTasksCommand({ importId }))).imports?.[0]?.importStatus).toBe('COMPLETED');
    await expect(client.send(new CancelImportTaskCommand({ importId }))).rejects.toBeInstanceOf(InvalidOperationException);
  });

  it("rejects with the SDK's own exception classes, for the contract's refusals and queued faults", async () => {
    const fake = useLogsImportFake(logsMock);
    await expect(client.send(new CreateImportTaskCommand({ importSourceArn: 'arn:aws:s3:::bucket', importRoleArn: ROLE }))).rejects.toBeInstanceOf(InvalidParameterException);
    fake.failNext('DescribeImportTasks', 'ServiceUnavailable');
    await expect(client.send(new DescribeImportTasksCommand({}))).rejects.toMatchObject({ name: 'ServiceUnavailable', $fault: 'server', $metadata: { httpStatusCode: 503 } });
    await expect(client.send(new DescribeImportTasksCommand({}))).resolves.toMatchObject({ imports: [] });
  });
});
