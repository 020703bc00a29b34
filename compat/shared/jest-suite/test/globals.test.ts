// The matchers on Jest's global `expect` (@types/jest), registered by jest.setup.ts and typed by
// the `types` entry of tsconfig.json: no import in the test file.
import { CloudTrailClient, StartImportCommand } from '@aws-sdk/client-cloudtrail';
import { mockClient } from 'aws-sdk-client-mock';
import { startImportRequest } from 'cloudtrail-import-contract/arbitraries';
import { useFakeCloudTrailImports } from 'cloudtrail-import-contract/client-mock';
import { createFakeCloudTrailImports } from 'cloudtrail-import-contract/fake';
import { one } from './sample';

const valid = one(startImportRequest(), 1);

describe('cloudtrail-import-contract/jest on the global expect', () => {
  it('passes a valid request and fails an empty one', () => {
    expect(valid).toBeValidStartImportRequest();
    expect({}).not.toBeValidStartImportRequest();
    expect(() => {
      expect({}).toBeValidStartImportRequest();
    }).toThrow(/StartImport/);
  });

  it('matches asymmetrically, and inversely', () => {
    const send = jest.fn();
    send(valid);
    expect(send).toHaveBeenCalledWith(expect.validStartImportRequest());
    expect(send).not.toHaveBeenCalledWith(expect.not.validStartImportRequest());
  });

  it('proves the calls of an aws-sdk-client-mock stub valid', async () => {
    const cloudTrailMock = mockClient(CloudTrailClient);
    useFakeCloudTrailImports(cloudTrailMock, createFakeCloudTrailImports({ autoAdvance: true }));
    await new CloudTrailClient({ region: 'us-east-1' }).send(new StartImportCommand(valid));
    expect(cloudTrailMock).toHaveSentOnlyValidStartImportRequests();
    await expect(cloudTrailMock).toHaveResolvedOnlyValidStartImportResponses();
    cloudTrailMock.restore();
  });
});
