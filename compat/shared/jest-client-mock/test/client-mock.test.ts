// The aws-sdk-client-mock helpers under Jest, with the matchers on the global expect.
import { CloudTrailClient, StartImportCommand } from '@aws-sdk/client-cloudtrail';
import { mockClient } from 'aws-sdk-client-mock';
import { startImportRequest } from 'cloudtrail-import-contract/arbitraries';
import { useFakeCloudTrailImports } from 'cloudtrail-import-contract/client-mock';
import { createFakeCloudTrailImports } from 'cloudtrail-import-contract/fake';
import { one } from './sample';

const valid = one(startImportRequest(), 4);

describe('cloudtrail-import-contract/client-mock under Jest', () => {
  it('proves the calls of an aws-sdk-client-mock stub valid', async () => {
    const cloudTrailMock = mockClient(CloudTrailClient);
    useFakeCloudTrailImports(cloudTrailMock, createFakeCloudTrailImports({ autoAdvance: true }));
    await new CloudTrailClient({ region: 'us-east-1' }).send(new StartImportCommand(valid));
    expect(cloudTrailMock).toHaveSentOnlyValidStartImportRequests();
    await expect(cloudTrailMock).toHaveResolvedOnlyValidStartImportResponses();
    cloudTrailMock.restore();
  });
});
