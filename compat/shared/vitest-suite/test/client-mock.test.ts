// The aws-sdk-client-mock helpers, beside aws-sdk-client-mock-vitest's own matchers.
import { CloudTrailClient, GetImportCommand, StartImportCommand } from '@aws-sdk/client-cloudtrail';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-vitest/extend';
import { startImportRequest } from 'cloudtrail-import-contract/arbitraries';
import { checkedStartImport, StartImportContractError, useFakeCloudTrailImports } from 'cloudtrail-import-contract/client-mock';
import { createFakeCloudTrailImports } from 'cloudtrail-import-contract/fake';
import 'cloudtrail-import-contract/vitest';
import { afterEach, describe, expect, it } from 'vitest';
import { one } from './sample.js';

const cloudTrailMock = mockClient(CloudTrailClient);
const client = new CloudTrailClient({ region: 'us-east-1' });
const input = one(startImportRequest(), 3);
afterEach(() => {
  cloudTrailMock.reset();
});

describe('cloudtrail-import-contract/client-mock', () => {
  it('routes the import commands to the fake and proves the calls valid', async () => {
    useFakeCloudTrailImports(cloudTrailMock, createFakeCloudTrailImports({ autoAdvance: true }));
    const started = await client.send(new StartImportCommand(input));
    await client.send(new GetImportCommand({ ImportId: started.ImportId }));
    expect(cloudTrailMock).toHaveReceivedCommandTimes(StartImportCommand, 1);
    expect(cloudTrailMock).toHaveSentOnlyValidStartImportRequests();
    await expect(cloudTrailMock).toHaveResolvedOnlyValidStartImportResponses();
  });

  it('refuses a hand-written answer AWS would not give', () => {
    expect(() => checkedStartImport(cloudTrailMock).resolves({ ImportId: 'not-an-id' } as never)).toThrow(StartImportContractError);
  });
});
