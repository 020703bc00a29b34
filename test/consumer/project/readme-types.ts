// Type-checked, never run: the README's typed claims about the test doubles, the client plugin and
// the Vitest matchers, against the packed declarations and the consumer's own peers. Each
// `@ts-expect-error` proves a type is narrowed, not `any`.
import { CloudTrailClient, type StartImportCommandInput } from '@aws-sdk/client-cloudtrail';
import { mockClient } from 'aws-sdk-client-mock';
import { ImportContractViolationError, importContractPlugin } from 'cloudtrail-import-contract/client-plugin';
import { checkedImportOperation, checkedStartImport, useFakeCloudTrailImports } from 'cloudtrail-import-contract/client-mock';
import { createFakeCloudTrailImports, type FakeOutcome } from 'cloudtrail-import-contract/fake';
import { cloudTrailImportHandlers, createImportRecorder, createLogsImportRecorder } from 'cloudtrail-import-contract/msw';
import 'cloudtrail-import-contract/vitest';
import { expect, vi } from 'vitest';
import type { ContractOperation } from 'cloudtrail-import-contract';

const fake = createFakeCloudTrailImports({ now: '2025-01-01T00:00:00Z' });
// "typed by the operation and the shape (`FakeOutcome<'ListImports', number>` for `wire`)"
const listed: FakeOutcome<'ListImports', number> = fake.handle('ListImports', {}, { shape: 'wire' });
const createdSeconds: number | undefined = listed.ok ? listed.output.Imports?.[0]?.CreatedTimestamp : undefined;
// @ts-expect-error the sdk shape's timestamps are Dates
const wrongShape: FakeOutcome<'ListImports', number> = fake.handle('ListImports', {});

const recorder = createImportRecorder();
const handlers = cloudTrailImportHandlers({ fake, recorder });
// "narrow on `status` and `operation`": epoch seconds
const startSeconds = recorder.exchanges.map((x) => (x.status === 200 && x.operation === 'StartImport' ? x.requestBody.StartEventTime : undefined));
const firstSeconds: number | undefined = startSeconds[0];
const refusedTypes = recorder.exchanges.map((x) => (x.status === 200 ? undefined : x.responseBody.__type));
const [got] = recorder.of('GetImport');
// @ts-expect-error a refused exchange's requestBody is whatever was sent: narrow on status first
const unnarrowed: string | undefined = got?.requestBody.ImportId;
const importId: string | undefined = got?.status === 200 ? got.requestBody.ImportId : undefined;
const [created] = createLogsImportRecorder().of('CreateImportTask');
const taskId: string | undefined = created?.status === 200 ? created.responseBody.importId : undefined;

const client = new CloudTrailClient({ region: 'eu-west-1' });
client.middlewareStack.use(importContractPlugin({ onViolation: 'throw' }));
function operationOf(error: unknown): ContractOperation | undefined {
  return error instanceof ImportContractViolationError ? error.operation : undefined;
}

const cloudTrailMock = mockClient(CloudTrailClient);
useFakeCloudTrailImports(cloudTrailMock).failNext('StartImport', 'ThrottlingException');
checkedStartImport(cloudTrailMock).rejectsWith('AccountHasOngoingImportException');
checkedImportOperation(cloudTrailMock, 'GetImport', { ImportId: importId }).resolves({ ImportId: importId, ImportStatus: 'COMPLETED' });
checkedImportOperation(cloudTrailMock, 'ListImports').rejectsWith('InvalidNextTokenException');
// @ts-expect-error not an exception of any import operation or a common error
checkedImportOperation(cloudTrailMock, 'ListImports').rejectsWith('NoSuchBucket');

export function matchers(input: StartImportCommandInput): void {
  const send = vi.fn();
  expect(input).toBeValidStartImportRequest();
  expect(cloudTrailMock).toHaveSentValidStartImportRequest({ nth: 2, kind: 'retry' });
  expect(recorder).toHaveSentOnlyValidStartImportRequests();
  expect(send).toHaveBeenCalledWith(expect.validImportRequest('GetImport'));
  expect({ MaxResults: 5000 }).toViolateImportContract('ListImports', 'max-results-out-of-range');
}

export { createdSeconds, firstSeconds, handlers, operationOf, refusedTypes, taskId, unnarrowed, wrongShape };
