/**
 * The helpers given something other than an aws-sdk-client-mock stub, or a fake not made by the
 * package: a TypeError naming the helper and the argument, where it is given (each was a raw
 * "Cannot read properties of null (reading 'on')" or "….on is not a function", or for a wrong
 * fake an error only when the code under test first sent a command).
 */
import { CloudTrail, CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import { CloudWatchLogs, CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { checkedImportOperation, checkedStartImport, useFakeCloudTrailImports, useLogsImportFake } from '../../src/client-mock/index.js';
import { createFakeCloudTrailImports, createLogsImportFake } from '../../src/fake/index.js';

const cloudTrailMock = mockClient(CloudTrailClient);
const logsMock = mockClient(CloudWatchLogsClient);
afterEach(() => {
  cloudTrailMock.reset();
  logsMock.reset();
});

const NOT_STUBS: readonly [string, unknown, string][] = [
  ['null', null, 'null'],
  ['a number', 5, 'the number 5'],
  ['a plain object', {}, 'an object'],
  ['a client, not its stub', new CloudTrailClient({ region: 'us-east-1' }), 'an object'],
];

describe('a helper given no aws-sdk-client-mock stub', () => {
  it.each(NOT_STUBS)('useFakeCloudTrailImports refuses %s', (_, value, got) => {
    expect(() => useFakeCloudTrailImports(value as never)).toThrow(new TypeError(`useFakeCloudTrailImports: the mock must be an aws-sdk-client-mock stub, mockClient(CloudTrailClient) (got ${got})`));
  });

  it.each(NOT_STUBS)('useLogsImportFake refuses %s', (_, value, got) => {
    expect(() => useLogsImportFake(value as never)).toThrow(new TypeError(`useLogsImportFake: the mock must be an aws-sdk-client-mock stub, mockClient(CloudWatchLogsClient) (got ${got})`));
  });

  it.each(NOT_STUBS)('checkedStartImport refuses %s', (_, value, got) => {
    expect(() => checkedStartImport(value as never)).toThrow(new TypeError(`checkedStartImport: the mock must be an aws-sdk-client-mock stub, mockClient(CloudTrailClient) (got ${got})`));
  });

  it.each(NOT_STUBS)("checkedImportOperation refuses %s, naming the operation's client", (_, value, got) => {
    expect(() => checkedImportOperation(value as never, 'GetImport')).toThrow(new TypeError(`checkedImportOperation(GetImport): the mock must be an aws-sdk-client-mock stub, mockClient(CloudTrailClient) (got ${got})`));
    expect(() => checkedImportOperation(value as never, 'CancelImportTask')).toThrow(/^checkedImportOperation\(CancelImportTask\): the mock must be an aws-sdk-client-mock stub, mockClient\(CloudWatchLogsClient\)/);
  });
});

describe("a helper given a stub of the other service's client", () => {
  // Before: taken, and the behaviours sat on a client that never sends the command (the types take any stub for the Logs helpers).
  it('refuses it, naming the client the stub mocks and the one it needs', () => {
    expect(() => checkedImportOperation(cloudTrailMock as never, 'CreateImportTask')).toThrow(
      new TypeError('checkedImportOperation(CreateImportTask): the mock is a stub of CloudTrailClient, which never sends this command: use mockClient(CloudWatchLogsClient)'),
    );
    expect(() => useLogsImportFake(cloudTrailMock as never)).toThrow(/^useLogsImportFake: the mock is a stub of CloudTrailClient, which never sends this command: use mockClient\(CloudWatchLogsClient\)$/);
    expect(() => useFakeCloudTrailImports(logsMock as never)).toThrow(/^useFakeCloudTrailImports: the mock is a stub of CloudWatchLogsClient/);
    expect(() => checkedStartImport(logsMock as never)).toThrow(/^checkedStartImport: the mock is a stub of CloudWatchLogsClient/);
    expect(() => checkedImportOperation(logsMock as never, 'GetImport')).toThrow(/^checkedImportOperation\(GetImport\): the mock is a stub of CloudWatchLogsClient/);
  });

  it('takes a stub of either aggregated client, and of a subclass', () => {
    const aggregated = mockClient(CloudTrail);
    const aggregatedLogs = mockClient(CloudWatchLogs);
    class AuditedClient extends CloudTrailClient {}
    const subclass = mockClient(AuditedClient);
    try {
      expect(() => checkedImportOperation(aggregated as never, 'GetImport')).not.toThrow();
      expect(() => checkedImportOperation(aggregatedLogs as never, 'CancelImportTask')).not.toThrow();
      expect(() => checkedStartImport(subclass as never)).not.toThrow();
    } finally {
      aggregated.restore();
      aggregatedLogs.restore();
      subclass.restore();
    }
  });
});

describe('a helper given a fake the package did not make', () => {
  it('useFakeCloudTrailImports refuses it before it adds any behaviour', () => {
    expect(() => useFakeCloudTrailImports(cloudTrailMock, {} as never)).toThrow(new TypeError('useFakeCloudTrailImports: fake must be made by createFakeCloudTrailImports() (got an object)'));
    expect(() => useFakeCloudTrailImports(cloudTrailMock, null as never)).toThrow(/\(got null\)$/);
    // A Logs fake is no CloudTrail fake's stand-in, either way round: each answers only its own service's operations.
    expect(() => useLogsImportFake(logsMock, createFakeCloudTrailImports() as never)).toThrow(new TypeError('useLogsImportFake: fake must be made by createLogsImportFake() (got an object)'));
    expect(() => useFakeCloudTrailImports(cloudTrailMock, createLogsImportFake() as never)).toThrow(new TypeError('useFakeCloudTrailImports: fake must be made by createFakeCloudTrailImports() (got an object)'));
  });

  it('takes the fakes the package makes and the stubs mockClient makes', () => {
    expect(useFakeCloudTrailImports(cloudTrailMock, createFakeCloudTrailImports())).toBeDefined();
    expect(useLogsImportFake(logsMock, createLogsImportFake())).toBeDefined();
    expect(() => checkedStartImport(cloudTrailMock)).not.toThrow();
  });
});

describe('a helper given an input no call could match', () => {
  // The input picks the calls answered (mock.on(Command, input)): one that matches none leaves the
  // stub answering nothing, and the test reads the command's undefined answer.
  it.each([
    [42, 'the number 42'],
    ['oops', "the string 'oops'"],
    [['ImportId'], 'an array'],
    [null, 'null'],
  ])('checkedStartImport and checkedImportOperation refuse an input that is no object (%j)', (input, got) => {
    expect(() => checkedStartImport(cloudTrailMock, input as never)).toThrow(new TypeError(`checkedStartImport: input must be the StartImport command's input object, whose matching calls are answered (got ${got})`));
    expect(() => checkedImportOperation(cloudTrailMock, 'GetImport', input as never)).toThrow(
      new TypeError(`checkedImportOperation(GetImport): input must be the GetImport command's input object, whose matching calls are answered (got ${got})`),
    );
    expect(() => checkedImportOperation(logsMock, 'CancelImportTask', input as never)).toThrow(/^checkedImportOperation\(CancelImportTask\): input must be the CancelImportTask command's input object/);
  });

  it('refuses an input with a key that is no member of the operation’s input, naming it and the members', () => {
    expect(() => checkedStartImport(cloudTrailMock, { ImportID: 'x' } as never)).toThrow(
      new TypeError("checkedStartImport: input has 'ImportID', no member of StartImport's input (Destinations, ImportSource, StartEventTime, EndEventTime, ImportId): no call would match it"),
    );
    expect(() => checkedImportOperation(cloudTrailMock, 'ListImports', { maxResults: 5 } as never)).toThrow(
      new TypeError("checkedImportOperation(ListImports): input has 'maxResults', no member of ListImports's input (MaxResults, Destination, ImportStatus, NextToken): no call would match it"),
    );
    expect(() => checkedImportOperation(logsMock, 'CancelImportTask', { ImportId: 'x' } as never)).toThrow(/^checkedImportOperation\(CancelImportTask\): input has 'ImportId', no member of CancelImportTask's input \(importId\)/);
  });

  it('takes an input of the operation’s members', () => {
    const input = { ImportId: '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b' };
    expect(() => checkedImportOperation(cloudTrailMock, 'GetImport', input)).not.toThrow();
    expect(() => checkedStartImport(cloudTrailMock, input)).not.toThrow();
  });
});

describe('rejectsWith given a name or message that is no text', () => {
  // A message that is no string was turned into text; a name that is none threw the engine's message.
  it.each([
    [Symbol('x'), undefined, "rejectsWith's name must be an exception's name (got a symbol)"],
    [Object.create(null) as unknown, undefined, "rejectsWith's name must be an exception's name (got an object)"],
    ['ThrottlingException', 42, "rejectsWith's message must be a string (got the number 42)"],
    ['ThrottlingException', null, "rejectsWith's message must be a string (got null)"],
  ])('refuses %s / %s with a TypeError naming the argument', (name, message, text) => {
    expect(() => checkedStartImport(cloudTrailMock).rejectsWith(name as never, message as never)).toThrow(new TypeError(`checkedStartImport: ${text}`));
    expect(() => checkedImportOperation(cloudTrailMock, 'GetImport').rejectsWith(name as never, message as never)).toThrow(new TypeError(`checkedImportOperation(GetImport): ${text}`));
  });
});
