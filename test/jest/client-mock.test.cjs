const { afterEach, describe, expect, it } = require('@jest/globals');
const { AccountHasOngoingImportException, CloudTrailClient, GetImportCommand, StartImportCommand } = require('@aws-sdk/client-cloudtrail');
const { mockClient } = require('aws-sdk-client-mock');
require('cloudtrail-import-contract/jest');
const { asyncFailureOf, failureOf, IMPORT_ID, newImport, responseTo, retry } = require('./support.cjs');

const cloudTrailMock = mockClient(CloudTrailClient);
const client = new CloudTrailClient({ region: 'us-east-1', credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'example' } });

/** Sends a command through the stubbed client; the answer is not what these tests look at. */
async function send(command) {
  try {
    await client.send(command);
  } catch {
    // A mocked rejection is an answer like any other here.
  }
}

afterEach(() => {
  cloudTrailMock.reset();
});

describe('toHaveSentValidStartImportRequest', () => {
  it('passes when the nth StartImport call was a valid request of the kind asked for, and fails showing its violations', async () => {
    await send(new StartImportCommand(newImport()));
    await send(new StartImportCommand({ ImportId: 'ABC' }));
    expect(cloudTrailMock).toHaveSentValidStartImportRequest({ nth: 1, kind: 'new' });
    expect(failureOf(() => expect(cloudTrailMock).toHaveSentValidStartImportRequest({ nth: 2, kind: 'retry' }))).toMatchInlineSnapshot(`
"expect(received).toHaveSentValidStartImportRequest(options)

Expected a valid retry request as StartImport call #2, but it is not:

call #2: a retry, with 1 error:
  /ImportId error import-id-invalid: must be 36 characters of a-f, 0-9 and - (got 'ABC')"
`);
  });
});

describe('toHaveSentOnlyValidStartImportRequests', () => {
  it('passes when every StartImportCommand was valid, whatever else was sent', async () => {
    await send(new StartImportCommand(newImport()));
    await send(new GetImportCommand({ ImportId: 'not checked here' }));
    await send(new StartImportCommand(retry));
    expect(cloudTrailMock).toHaveSentOnlyValidStartImportRequests();
  });

  it('fails naming each invalid call by its number among StartImport calls', async () => {
    await send(new StartImportCommand(retry));
    await send(new StartImportCommand({ ...newImport(), StartEventTime: '2024-01-01T00:00:00Z' }));
    expect(failureOf(() => expect(cloudTrailMock).toHaveSentOnlyValidStartImportRequests())).toMatchInlineSnapshot(`
"expect(received).toHaveSentOnlyValidStartImportRequests()

Expected only valid StartImport requests, but 1 of 2 StartImport calls were invalid:

call #2: a new import, with 1 error:
  /StartEventTime error timestamp-invalid: must be a Date (got the string '2024-01-01T00:00:00Z'; the SDK would send it as-is)"
`);
    expect(cloudTrailMock).not.toHaveSentOnlyValidStartImportRequests();
  });

  it('fails when no StartImport request was sent, and for what is no stub, under .not too', () => {
    expect(() => expect(cloudTrailMock).toHaveSentOnlyValidStartImportRequests()).toThrow('but no StartImport request was sent: with nothing to check, it fails under .not too.');
    expect(() => expect(cloudTrailMock).not.toHaveSentOnlyValidStartImportRequests()).toThrow('but no StartImport request was sent: with nothing to check, it fails under .not too.');
    expect(() => expect(client).not.toHaveSentOnlyValidStartImportRequests()).toThrow('or an import recorder (createImportRecorder()), but it is neither.');
  });
});

describe('toHaveResolvedOnlyValidStartImportResponses', () => {
  it('passes when every call resolved a response to its input or rejected with a modeled exception', async () => {
    cloudTrailMock
      .on(StartImportCommand)
      .callsFakeOnce((input) => responseTo(input))
      .rejects(new AccountHasOngoingImportException({ message: 'an import is in progress', $metadata: { httpStatusCode: 400 } }));
    await send(new StartImportCommand(newImport()));
    await send(new StartImportCommand(newImport()));
    await expect(cloudTrailMock).toHaveResolvedOnlyValidStartImportResponses();
  });

  it('fails naming the calls answered wrongly', async () => {
    cloudTrailMock.on(StartImportCommand).resolvesOnce({ ImportId: IMPORT_ID, ImportStatus: 'DONE' }).rejects(new Error('throttled'));
    await send(new StartImportCommand(retry));
    await send(new StartImportCommand(retry));
    const failure = await asyncFailureOf(() => expect(cloudTrailMock).toHaveResolvedOnlyValidStartImportResponses());
    expect(failure).toContain('but all 2 StartImport calls were answered wrongly:');
    expect(failure).toContain('call #1 resolved, with 1 error:\n  /ImportStatus error response-import-status-invalid:');
    expect(failure).toContain("call #2 rejected Error, with 1 error:\n  /name error error-not-modeled: must be one of StartImport's 12 modeled exceptions or AWS's common errors (got 'Error')");
    await expect(cloudTrailMock).not.toHaveResolvedOnlyValidStartImportResponses();
  });
});
