/**
 * Errors through the handlers, as a real CloudTrailClient throws them: every modeled exception as
 * the SDK's exported class with the model's status, invalid requests refused with the exception
 * of their first violation, and one import at a time under concurrency.
 */
import * as sdk from '@aws-sdk/client-cloudtrail';
import {
  AccountHasOngoingImportException,
  CloudTrailServiceException,
  GetImportCommand,
  ListImportFailuresCommand,
  ListImportsCommand,
  StartImportCommand,
  StopImportCommand,
  type CloudTrailClient,
} from '@aws-sdk/client-cloudtrail';
import { test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { invalidStartImportRequest } from '../../src/arbitraries/index.js';
import { EXCEPTION_MESSAGES, IMPORT_ERRORS, OPERATION_ERRORS, statusOfException, type ImportErrorName, type ImportOperation } from '../../src/contract/operations.js';
import { createFakeCloudTrailImports, type FakeEventDataStore } from '../../src/fake/index.js';
import { formatViolations, validateStartImportRequest, type ViolationCode } from '../../src/index.js';
import { cloudTrailImportHandlers } from '../../src/msw/index.js';
import { ACCOUNT, cloudTrailClient, eventDataStoreArn, newImport, NOW, useServer } from './support.js';

const server = useServer();
const client = cloudTrailClient();
const IMPORT_ID = '6a1d3e5f-8b2c-4d7e-9f0a-1b2c3d4e5f60';

/** A valid call of each operation. */
const CALLS: Readonly<Record<ImportOperation, (c: CloudTrailClient) => Promise<unknown>>> = {
  StartImport: (c) => c.send(new StartImportCommand(newImport())),
  GetImport: (c) => c.send(new GetImportCommand({ ImportId: IMPORT_ID })),
  ListImports: (c) => c.send(new ListImportsCommand({})),
  StopImport: (c) => c.send(new StopImportCommand({ ImportId: IMPORT_ID })),
  ListImportFailures: (c) => c.send(new ListImportFailuresCommand({ ImportId: IMPORT_ID })),
};

const errorNames = Object.keys(IMPORT_ERRORS) as ImportErrorName[];
const operationOf = (name: ImportErrorName): ImportOperation =>
  (Object.keys(OPERATION_ERRORS) as ImportOperation[]).find((operation) => OPERATION_ERRORS[operation].includes(name)) ?? 'StartImport';

async function rejection(call: Promise<unknown>): Promise<CloudTrailServiceException> {
  const error: unknown = await call.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(CloudTrailServiceException);
  return error as CloudTrailServiceException;
}

function serve(options: { eventDataStores?: readonly FakeEventDataStore[] } = {}): ReturnType<typeof createFakeCloudTrailImports> {
  const fake = createFakeCloudTrailImports({ now: NOW, ...options });
  server.use(...cloudTrailImportHandlers({ fake }));
  return fake;
}

describe('cloudTrailImportHandlers', () => {
  it('covers the 13 modeled errors', () => {
    expect(errorNames).toHaveLength(13);
  });

  it.each(errorNames.map((name) => [name, operationOf(name)] as const))('surfaces %s (queued on %s) as the SDK class with its status', async (name, operation) => {
    const fake = serve();
    fake.failNext(operation, name);
    const error = await rejection(CALLS[operation](client));
    expect(error).toBeInstanceOf(sdk[name]);
    expect(error.name).toBe(name);
    expect(error.message).toBe(EXCEPTION_MESSAGES[name]);
    expect(error.$metadata.httpStatusCode).toBe(name === 'EventDataStoreNotFoundException' || name === 'ImportNotFoundException' ? 404 : 400);
    expect(error.$metadata.httpStatusCode).toBe(statusOfException(name));
    expect(error.$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  const known = (eventDataStore: FakeEventDataStore): { eventDataStores: FakeEventDataStore[] } => ({ eventDataStores: [eventDataStore] });
  const startImport = (c: CloudTrailClient): Promise<unknown> => c.send(new StartImportCommand(newImport()));
  it.each([
    ['ImportNotFoundException', 'GetImport of an unknown id', {}, (c: CloudTrailClient) => c.send(new GetImportCommand({ ImportId: IMPORT_ID }))],
    ['EventDataStoreNotFoundException', 'a destination the fake does not know', known({ eventDataStore: eventDataStoreArn('eu-west-1', 9) }), startImport],
    ['InactiveEventDataStoreException', 'a destination pending deletion', known({ eventDataStore: eventDataStoreArn(), status: 'PENDING_DELETION' }), startImport],
    ['InvalidEventDataStoreStatusException', 'a destination starting ingestion', known({ eventDataStore: eventDataStoreArn(), status: 'STARTING_INGESTION' }), startImport],
    ['InvalidEventDataStoreCategoryException', 'a destination of Config items', known({ eventDataStore: eventDataStoreArn(), category: 'ConfigurationItem' }), startImport],
    ['InvalidParameterException', 'a request without ImportSource', {}, (c: CloudTrailClient) => c.send(new StartImportCommand({ Destinations: [eventDataStoreArn()] }))],
    ['EventDataStoreARNInvalidException', 'a destination that is a role ARN', {}, (c: CloudTrailClient) => c.send(new StartImportCommand({ ...newImport(), Destinations: [`arn:aws:iam::${ACCOUNT}:role/x`] }))],
  ] as const)('surfaces %s from the state of the fake (%s)', async (name, _what, options, act) => {
    serve(options);
    const error = await rejection(act(client));
    expect(error).toBeInstanceOf(sdk[name]);
    expect(error.$metadata.httpStatusCode).toBe(statusOfException(name));
  });

  it('surfaces OperationNotPermittedException from the state of the fake (StopImport of a stopped import)', async () => {
    const fake = serve();
    const { ImportId } = await client.send(new StartImportCommand(newImport()));
    await client.send(new StopImportCommand({ ImportId }));
    const error = await rejection(client.send(new StopImportCommand({ ImportId })));
    expect(error).toBeInstanceOf(sdk.OperationNotPermittedException);
    expect(fake.getRecord(ImportId ?? '')?.ImportStatus).toBe('STOPPED');
  });

  it('surfaces an ongoing import as AccountHasOngoingImportException to 19 of 20 parallel StartImports', async () => {
    const fake = serve();
    const outcomes = await Promise.allSettled(Array.from({ length: 20 }, () => client.send(new StartImportCommand(newImport()))));
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    const refused = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason as unknown] : []));
    expect(refused).toHaveLength(19);
    for (const reason of refused) expect(reason).toBeInstanceOf(AccountHasOngoingImportException);
    expect(fake.imports()).toHaveLength(1);
  });

  // The SDK drops unknown members and rewrites some timestamps before sending: those codes never reach the wire as such.
  const reachesTheWire = (code: ViolationCode): boolean => !['unknown-member', 'type-mismatch', 'timestamp-invalid'].includes(code);

  test.prop([invalidStartImportRequest({ shape: 'sdk', now: NOW }).filter(({ expected }) => reachesTheWire(expected))], { numRuns: 150 })(
    'rejects an invalid StartImport with the exception of its first error violation, the violations in the message',
    async ({ request }) => {
      server.resetHandlers();
      serve();
      const errors = validateStartImportRequest(request, { shape: 'sdk', now: NOW }).violations.filter((v) => v.severity === 'error');
      const error = await rejection(client.send(new StartImportCommand(request)));
      // Request checks name modeled exceptions only (the protocol errors are the wire checks').
      const expected = (errors[0]?.exception ?? 'InvalidParameterException') as ImportErrorName;
      expect(error).toBeInstanceOf(sdk[expected]);
      expect(error.message).toBe(formatViolations(errors));
    },
  );

  it('answers SerializationException for an Invalid Date, which the SDK sends as the literal NaN', async () => {
    serve();
    const error = await rejection(client.send(new StartImportCommand({ ...newImport(), StartEventTime: new Date(Number.NaN) })));
    expect(error.name).toBe('SerializationException');
    expect(error.$metadata.httpStatusCode).toBe(400);
    expect(error.message).toMatch(/^\/body error wire-body-not-json: must be a JSON object \(got text that is not JSON: /);
  });

  it('cuts a message of many violations to the 1000 characters of the model', async () => {
    serve();
    const Destinations = Array.from({ length: 30 }, (_, i) => `not an event data store ${String(i)}`);
    const error = await rejection(client.send(new StartImportCommand({ ...newImport(), Destinations })));
    expect(error.message).toHaveLength(1000);
    expect(error.message).toMatch(/^\/Destinations error destinations-count: must hold exactly 1 event data store \(got 30\)\n.*…$/s);
  });

  it.each(['UnknownOperationException', 'SerializationException'] as const)('surfaces a queued %s as a CloudTrailServiceException of that name', async (name) => {
    const fake = serve();
    fake.failNext('GetImport', name);
    const error = await rejection(CALLS.GetImport(client));
    expect(error.constructor).toBe(CloudTrailServiceException);
    expect(error).toMatchObject({ name, $metadata: { httpStatusCode: 400 } });
  });
});

describe('cloudTrailImportHandlers reading a body with a null member', () => {
  it.each([
    ['ListImports', '{"MaxResults":null}'],
    ['ListImportFailures', `{"ImportId":"${IMPORT_ID}","NextToken":null}`],
    ['GetImport', '{"ImportId":null}'],
    ['StopImport', '{"ImportId":null}'],
  ])('refuses %s %s as the validators read the wire (type-mismatch), not as an absent member', async (operation, body) => {
    // Before: 200 for the first two (null read as absent) and required-member-missing for the others.
    server.use(...cloudTrailImportHandlers({ fake: createFakeCloudTrailImports({ now: NOW }) }));
    const response = await fetch('https://cloudtrail.us-east-1.amazonaws.com/', {
      method: 'POST',
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': `CloudTrail_20131101.${operation}` },
      body,
    });
    expect(response.status).toBe(400);
    const answer = (await response.json()) as { __type: string; message: string };
    expect(answer.__type).toBe('InvalidParameterException');
    expect(answer.message).toMatch(/ error type-mismatch: /);
  });
});
