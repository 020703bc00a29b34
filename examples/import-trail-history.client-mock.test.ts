/**
 * `importTrailHistory` against an aws-sdk-client-mock stub: the fake import service answers the
 * stubbed commands, and the matchers prove the code sent only valid requests and was answered
 * only with valid responses. `checkedStartImport` refuses hand-written answers AWS would not give.
 * In your project, import from 'cloudtrail-import-contract/client-mock', '/fake' and '/vitest'.
 */
import { AccountHasOngoingImportException, CloudTrail, CloudTrailClient, StartImportCommand } from '@aws-sdk/client-cloudtrail';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { checkedStartImport, useFakeCloudTrailImports } from '../src/client-mock/index.js';
import { createFakeCloudTrailImports } from '../src/fake/index.js';
import '../src/matchers/vitest.js';
import { importTrailHistory } from './import-trail-history.js';
import type { ImportPlan } from './start-import-builder.js';

const plan: ImportPlan = {
  eventDataStoreArn: 'arn:aws:cloudtrail:us-east-1:111122223333:eventdatastore/3f4e2d1c-0b9a-4876-9543-210fedcba987',
  bucket: 'org-log-archive',
  prefix: 'AWSLogs/o-exampleorgid/111122223333/CloudTrail/',
  region: 'us-east-1',
  roleArn: 'arn:aws:iam::111122223333:role/CloudTrailLakeImport',
};
const instantly = { intervalMs: 1, sleep: (): Promise<void> => Promise.resolve() };

const cloudTrailMock = mockClient(CloudTrailClient);
const client = new CloudTrail({ region: 'us-east-1' });
afterEach(() => {
  cloudTrailMock.reset();
});

describe('importTrailHistory, with aws-sdk-client-mock', () => {
  it('imports the whole history and is answered only as AWS would answer', async () => {
    useFakeCloudTrailImports(cloudTrailMock, createFakeCloudTrailImports({ autoAdvance: true }));
    await expect(importTrailHistory(client, plan, instantly)).resolves.toMatchObject({ status: 'COMPLETED' });
    expect(cloudTrailMock).toHaveSentOnlyValidStartImportRequests();
    await expect(cloudTrailMock).toHaveResolvedOnlyValidStartImportResponses();
    expect(cloudTrailMock.commandCalls(StartImportCommand)[0]?.args[0].input).toBeNewImportRequest();
  });

  it('lets the code catch an import already in progress, mocked with the real exception class', async () => {
    checkedStartImport(cloudTrailMock).rejectsWith('AccountHasOngoingImportException');
    await expect(importTrailHistory(client, plan, instantly)).rejects.toBeInstanceOf(AccountHasOngoingImportException);
  });

  it('refuses to mock StartImport with a plain Error, which the code could never tell apart', () => {
    expect(() => checkedStartImport(cloudTrailMock).rejects(new Error('already importing'))).toThrow(/error-not-modeled/);
  });
});
