// checkedImportOperation over a CloudWatchLogsClient stub, with the Logs client at the lowest version of the peer range.
import { CancelImportTaskCommand, CloudWatchLogsClient, DescribeImportTasksCommand } from '@aws-sdk/client-cloudwatch-logs';
import { mockClient } from 'aws-sdk-client-mock';
import { checkedImportOperation, ImportContractError, type CloudWatchLogsMock } from 'cloudtrail-import-contract/client-mock';
import { validateImportRequest } from 'cloudtrail-import-contract';
import { afterEach, describe, expect, it } from 'vitest';

const logsMock: CloudWatchLogsMock = mockClient(CloudWatchLogsClient);
const client = new CloudWatchLogsClient({ region: 'us-east-1' });
afterEach(() => {
  logsMock.reset();
});

describe('cloudtrail-import-contract/client-mock over CloudWatchLogsClient', () => {
  it('answers the import-task commands with checked outputs', async () => {
    checkedImportOperation(logsMock, 'CancelImportTask', { importId: 'task-1' }).resolves({ importId: 'task-1', importStatus: 'CANCELLED' });
    checkedImportOperation(logsMock, 'DescribeImportTasks').resolves({ imports: [] });
    await expect(client.send(new CancelImportTaskCommand({ importId: 'task-1' }))).resolves.toMatchObject({ importStatus: 'CANCELLED' });
    await expect(client.send(new DescribeImportTasksCommand({}))).resolves.toMatchObject({ imports: [] });
  });

  it('refuses an answer CloudWatch Logs would not give', () => {
    expect(() => checkedImportOperation(logsMock, 'CancelImportTask').resolves({ importStatus: 'COMPLETED' })).toThrow(ImportContractError);
  });

  it('checks the input the SDK types as a bare number', () => {
    expect(validateImportRequest('DescribeImportTasks', { limit: 51 }).valid).toBe(false);
  });
});
