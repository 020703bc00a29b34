/**
 * checkedImportOperation over a stub of CloudWatchLogsClient: the four import-task operations'
 * mocked answers are checked against their contracts when they are defined.
 */
import {
  CancelImportTaskCommand,
  CloudWatchLogs,
  CloudWatchLogsClient,
  CreateImportTaskCommand,
  DescribeImportTaskBatchesCommand,
  InvalidOperationException,
  ResourceNotFoundException,
} from '@aws-sdk/client-cloudwatch-logs';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { checkedImportOperation, ImportContractError } from '../../src/client-mock/index.js';

const logsMock = mockClient(CloudWatchLogsClient);
const client = new CloudWatchLogsClient({ region: 'us-east-1' });
afterEach(() => {
  logsMock.reset();
});

const IMPORT_ID = 'f1d45bff-d0e3-4868-b5d9-2eb678aa32fb';
const SOURCE = `arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/${IMPORT_ID}`;
const LOG_GROUP = `arn:aws:logs:us-east-1:123456789012:log-group:/aws/cloudtrail/${IMPORT_ID}`;

function thrown(define: () => unknown): ImportContractError {
  try {
    define();
  } catch (error) {
    if (error instanceof ImportContractError) return error;
    throw error;
  }
  throw new Error('expected the definition to throw an ImportContractError');
}

describe('checkedImportOperation over CloudWatchLogsClient', () => {
  it('answers a matching CreateImportTask call with a valid output, with $metadata', async () => {
    const input = { importSourceArn: SOURCE, importRoleArn: 'arn:aws:iam::123456789012:role/Import' };
    checkedImportOperation(logsMock, 'CreateImportTask', input).resolves({ importId: IMPORT_ID, importDestinationArn: LOG_GROUP, creationTime: 1_764_547_200_000 });
    await expect(client.send(new CreateImportTaskCommand(input))).resolves.toEqual({ $metadata: {}, importId: IMPORT_ID, importDestinationArn: LOG_GROUP, creationTime: 1_764_547_200_000 });
  });

  it('answers through the aggregated client, once then every time', async () => {
    checkedImportOperation(logsMock, 'DescribeImportTasks')
      .resolvesOnce({ imports: [{ importId: IMPORT_ID, importStatus: 'IN_PROGRESS' }], nextToken: 'next' })
      .resolves({ imports: [] });
    const aggregated = new CloudWatchLogs({ region: 'us-east-1' });
    await expect(aggregated.describeImportTasks({})).resolves.toMatchObject({ nextToken: 'next' });
    await expect(aggregated.describeImportTasks({ nextToken: 'next' })).resolves.toEqual({ $metadata: {}, imports: [] });
  });

  it('refuses a CancelImportTask answer that is not CANCELLED, and a batch with an error it did not fail, leaving the stub as it was', async () => {
    const error = thrown(() => checkedImportOperation(logsMock, 'CancelImportTask').resolves({ importId: IMPORT_ID, importStatus: 'COMPLETED' }));
    expect(error.violations.map((v) => `${v.code} ${v.path}`)).toEqual(['logs-cancel-status-not-cancelled /importStatus']);
    expect(error.message).toBe(
      "checkedImportOperation(CancelImportTask): the mocked output is not a CancelImportTask response AWS would give:\n/importStatus error logs-cancel-status-not-cancelled: must be CANCELLED: CancelImportTask sets it (got 'COMPLETED')",
    );
    expect(await client.send(new CancelImportTaskCommand({ importId: IMPORT_ID }))).toBeUndefined();
    const batch = thrown(() => checkedImportOperation(logsMock, 'DescribeImportTaskBatches').resolves({ importBatches: [{ batchId: 'b', status: 'COMPLETED', errorMessage: 'x' }] }));
    expect(batch.violations.map((v) => v.code)).toEqual(['logs-batch-error-without-failure']);
  });

  it('rejects with a modeled exception as the SDK throws it, and refuses one the operation cannot answer with', async () => {
    checkedImportOperation(logsMock, 'CancelImportTask', { importId: IMPORT_ID }).rejectsWith('InvalidOperationException');
    const rejected = client.send(new CancelImportTaskCommand({ importId: IMPORT_ID }));
    await expect(rejected).rejects.toBeInstanceOf(InvalidOperationException);
    await expect(rejected).rejects.toMatchObject({ message: 'The operation is not valid on the specified resource.', $metadata: { httpStatusCode: 400 } });
    checkedImportOperation(logsMock, 'DescribeImportTaskBatches').rejectsOnce(new ResourceNotFoundException({ message: 'no such task', $metadata: { httpStatusCode: 400 } }));
    await expect(client.send(new DescribeImportTaskBatchesCommand({ importId: 'x' }))).rejects.toBeInstanceOf(ResourceNotFoundException);
    const refused = thrown(() => checkedImportOperation(logsMock, 'CancelImportTask').rejects(Object.assign(new Error('x'), { name: 'ImportNotFoundException' })));
    expect(refused.violations.map((v) => v.code)).toEqual(['error-not-modeled']);
  });
});
