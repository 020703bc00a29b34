/**
 * Tests that fail on purpose, to show how Jest reports a failing matcher: run only by
 * `test/matchers/jest-run.test.ts` (`--testMatch **\/*.fail.cjs`), which expects every one to fail.
 */
const { afterEach, expect, it, jest: jestObject } = require('@jest/globals');
const { CloudTrailClient, StartImportCommand } = require('@aws-sdk/client-cloudtrail');
const { mockClient } = require('aws-sdk-client-mock');
require('cloudtrail-import-contract/jest');

const cloudTrailMock = mockClient(CloudTrailClient);
const client = new CloudTrailClient({ region: 'us-east-1', credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'example' } });

afterEach(() => {
  cloudTrailMock.reset();
});

it('an invalid request', () => {
  expect({ ImportId: 'ABC' }).toBeValidStartImportRequest();
});

it('a stub answered with an exception StartImport does not have', async () => {
  cloudTrailMock.on(StartImportCommand).rejects(new Error('throttled'));
  await client.send(new StartImportCommand({ ImportId: '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b' })).catch(() => undefined);
  await expect(cloudTrailMock).toHaveResolvedOnlyValidStartImportResponses();
});

it('a mock called with an invalid request', () => {
  const submit = jestObject.fn();
  submit({ Destinations: [] });
  expect(submit).toHaveBeenCalledWith(expect.validStartImportRequest());
});
