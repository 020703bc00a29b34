import {
  GetImportCommand,
  ListImportFailuresCommand,
  ListImportsCommand,
  StartImportCommand,
  StopImportCommand,
} from '@aws-sdk/client-cloudtrail';
import type { ImportOperation } from '../contract/operations.js';
import { sdkException } from '../contract/sdk.js';
import { createFakeCloudTrailImports } from '../fake/index.js';
import type { FakeCloudTrailImports } from '../fake/index.js';
import { describe } from '../contract/timestamps.js';
import { isCloudTrailImportsFake } from '../fake/recognise.js';
import { checkStub, type CloudTrailMock } from './stub.js';

const WHO = 'useFakeCloudTrailImports';

/**
 * Answers one command from the fake as the real client would: the output with `$metadata`, or the
 * SDK's own exception; a fresh request id each, as the msw handlers send in `x-amzn-RequestId`.
 */
function answer(fake: FakeCloudTrailImports, operation: ImportOperation, input: unknown): Promise<Record<string, unknown>> {
  const id = globalThis.crypto.randomUUID();
  const outcome = fake.handle(operation, input, { shape: 'sdk' });
  if (!outcome.ok) return Promise.reject(sdkException(WHO, outcome.error.name, outcome.error.message, id));
  return Promise.resolve({ ...outcome.output, $metadata: { httpStatusCode: 200, requestId: id, attempts: 1, totalRetryDelay: 0 } });
}

/**
 * Routes the five import commands (StartImport, GetImport, ListImports, StopImport,
 * ListImportFailures) sent to an aws-sdk-client-mock stub to a fake import service, so a test
 * runs its code against the contract's lifecycle rather than hand-written answers. An invalid
 * request, or one the fake's state refuses, rejects with the SDK's own exception class
 * (`instanceof InvalidParameterException` holds). Returns the fake, to advance imports, move its
 * clock or inject faults.
 *
 * It adds behaviours for those five commands only and never resets or restores the stub (earlier
 * calls stay recorded). As with any `.on(Command)`, it takes over those commands from answers set
 * before it; answers the test pins afterwards for a specific input (`.on(GetImportCommand, { ImportId })`)
 * win over the fake.
 *
 * @example
 * const cloudTrailMock = mockClient(CloudTrailClient);
 * const fake = useFakeCloudTrailImports(cloudTrailMock);
 * const { ImportId } = await client.send(new StartImportCommand(input));
 * fake.advance(ImportId!, 'COMPLETED');
 *
 * @remarks Since 0.1.0
 */
export function useFakeCloudTrailImports(cloudTrailMock: CloudTrailMock, fake: FakeCloudTrailImports = createFakeCloudTrailImports()): FakeCloudTrailImports {
  checkStub(WHO, cloudTrailMock, 'CloudTrailClient');
  if (!isCloudTrailImportsFake(fake)) throw new TypeError(`${WHO}: fake must be made by createFakeCloudTrailImports() (got ${describe(fake)})`);
  cloudTrailMock.on(StartImportCommand).callsFake((input: unknown) => answer(fake, 'StartImport', input));
  cloudTrailMock.on(GetImportCommand).callsFake((input: unknown) => answer(fake, 'GetImport', input));
  cloudTrailMock.on(ListImportsCommand).callsFake((input: unknown) => answer(fake, 'ListImports', input));
  cloudTrailMock.on(StopImportCommand).callsFake((input: unknown) => answer(fake, 'StopImport', input));
  cloudTrailMock.on(ListImportFailuresCommand).callsFake((input: unknown) => answer(fake, 'ListImportFailures', input));
  return fake;
}
