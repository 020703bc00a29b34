/**
 * The Logs fake's promise methods reject with `@aws-sdk/client-cloudwatch-logs`'s own exception
 * classes, as the CloudTrail fake does with its client's. The SDK's `instanceof` also holds for a
 * look-alike Error (it compares name and `$fault`), so the tests read the prototype.
 */
import { CloudWatchLogsServiceException, InvalidOperationException, InvalidParameterException, ResourceNotFoundException, ThrottlingException } from '@aws-sdk/client-cloudwatch-logs';
import { describe, expect, it } from 'vitest';
import { createFakeEventDataStores, createLogsImportFake, type LogsImportFake } from '../../src/fake/index.js';
import { ACCOUNT, createRequest, HOUR, hourlyEvents, NOW, storeArn, storeId } from './logs-helpers.js';

function fakeWithStores(): LogsImportFake {
  const stores = createFakeEventDataStores({
    accountId: ACCOUNT,
    eventDataStores: [0, 1, 2, 3].map((n) => ({ eventDataStore: storeArn(storeId(n)), events: hourlyEvents(new Date(NOW.getTime() - 3 * HOUR), 3) })),
  });
  return createLogsImportFake({ stores, now: NOW });
}

describe('createLogsImportFake: its promise methods', () => {
  it('reject an invalid request with the SDK InvalidParameterException, a client fault of status 400', async () => {
    const error: unknown = await createLogsImportFake({ now: NOW }).describeImportTasks({ limit: 51 }).catch((caught: unknown) => caught);
    expect(Object.getPrototypeOf(error)).toBe(InvalidParameterException.prototype);
    expect(error).toMatchObject({ name: 'InvalidParameterException', $fault: 'client', $metadata: { httpStatusCode: 400 } });
    expect((error as Error).message).toContain('limit');
  });

  it("reject a refusal of the fake's state with the SDK's class of that exception", async () => {
    const fake = fakeWithStores();
    await expect(fake.cancelImportTask({ importId: 'no-such-task' }).catch(Object.getPrototypeOf)).resolves.toBe(ResourceNotFoundException.prototype);
    const { importId = '' } = await fake.createImportTask(createRequest(storeArn(storeId(0))));
    for (const n of [1, 2]) await fake.createImportTask(createRequest(storeArn(storeId(n))));
    await expect(fake.createImportTask(createRequest(storeArn(storeId(3)))).catch(Object.getPrototypeOf)).resolves.toBe(ThrottlingException.prototype);
    fake.clock.advanceBy(HOUR);
    await expect(fake.cancelImportTask({ importId }).catch(Object.getPrototypeOf)).resolves.toBe(InvalidOperationException.prototype);
  });

  it('reject an error the SDK has no class for with a CloudWatchLogsServiceException of that name, a server fault for a 5xx', async () => {
    const fake = createLogsImportFake({ now: NOW });
    fake.failNext('DescribeImportTasks', 'ServiceUnavailable');
    fake.failNext('DescribeImportTasks', 'IncompleteSignature');
    const unavailable: unknown = await fake.describeImportTasks().catch((caught: unknown) => caught);
    expect(Object.getPrototypeOf(unavailable)).toBe(CloudWatchLogsServiceException.prototype);
    expect(unavailable).toMatchObject({ name: 'ServiceUnavailable', $fault: 'server', $metadata: { httpStatusCode: 503 } });
    await expect(fake.describeImportTasks()).rejects.toMatchObject({ name: 'IncompleteSignature', $fault: 'client', $metadata: { httpStatusCode: 400 } });
  });
});
