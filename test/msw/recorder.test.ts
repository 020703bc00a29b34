/** The recorder of `cloudTrailImportHandlers`: every exchange, as sent and as answered. */
import { GetImportCommand, ListImportsCommand, StartImportCommand } from '@aws-sdk/client-cloudtrail';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { createFakeCloudTrailImports, type GetImportInput, type ImportOutput } from '../../src/fake/index.js';
import { cloudTrailImportHandlers, createImportRecorder, createLogsImportRecorder, isImportExchangeRecorder, type ImportErrorBody } from '../../src/msw/index.js';
import { validateImportRequest } from '../../src/operations/index.js';
import type { StartImportWireRequest } from '../../src/validate/index.js';
import { cloudTrailClient, eventDataStoreArn, newImport, NOW, useServer } from './support.js';

const server = useServer();
const URL = 'https://cloudtrail.eu-west-1.amazonaws.com/';

describe('createImportRecorder', () => {
  it('records each exchange in order: operation, url, target, wire body, status, answer', async () => {
    const recorder = createImportRecorder();
    server.use(...cloudTrailImportHandlers({ fake: createFakeCloudTrailImports({ now: NOW }), recorder }));
    const client = cloudTrailClient();
    const started = await client.send(new StartImportCommand(newImport()));
    await client.send(new GetImportCommand({ ImportId: started.ImportId }));

    expect(recorder.exchanges).toHaveLength(2);
    expect(recorder.exchanges[0]).toEqual({
      operation: 'StartImport',
      url: URL,
      target: 'CloudTrail_20131101.StartImport',
      requestBody: {
        Destinations: [eventDataStoreArn()],
        ImportSource: newImport().ImportSource,
        StartEventTime: 1735689600.25,
        EndEventTime: 1751328000,
      },
      status: 200,
      responseBody: expect.objectContaining({ ImportId: started.ImportId, ImportStatus: 'INITIALIZING', CreatedTimestamp: NOW.getTime() / 1000 }) as unknown,
      violations: [],
    });
    expect(recorder.of('GetImport')).toEqual([expect.objectContaining({ requestBody: { ImportId: started.ImportId }, status: 200 })]);
    expect(recorder.of('StopImport')).toEqual([]);
  });

  it("types an answered exchange's bodies by its operation, and a refused one's response as an error body", async () => {
    const recorder = createImportRecorder();
    server.use(...cloudTrailImportHandlers({ fake: createFakeCloudTrailImports({ now: NOW }), recorder }));
    const client = cloudTrailClient();
    await client.send(new StartImportCommand(newImport()));
    await expect(client.send(new GetImportCommand({ ImportId: '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b' }))).rejects.toThrow();
    const [started, missing] = recorder.exchanges;
    if (started?.status !== 200 || started.operation !== 'StartImport') throw new Error('expected an answered StartImport');
    expectTypeOf(started.requestBody).toEqualTypeOf<StartImportWireRequest>();
    expectTypeOf(started.responseBody).toEqualTypeOf<ImportOutput<number>>();
    expect(started.requestBody.StartEventTime).toBe(1735689600.25);
    expect(started.responseBody.CreatedTimestamp).toBe(NOW.getTime() / 1000);
    if (missing?.status === 200) throw new Error('expected a refused GetImport');
    expectTypeOf(missing?.responseBody).toEqualTypeOf<ImportErrorBody | undefined>();
    expect(missing?.responseBody.__type).toBe('ImportNotFoundException');
    const [got] = recorder.of('GetImport');
    if (got?.status === 200) expectTypeOf(got.requestBody).toEqualTypeOf<GetImportInput>();
  });

  it('keeps the warnings the contract found in an answered request, as validateImportRequest reports them at the fake clock', async () => {
    const recorder = createImportRecorder();
    const fake = createFakeCloudTrailImports({ now: NOW });
    server.use(...cloudTrailImportHandlers({ fake, recorder }));
    const client = cloudTrailClient();
    // A range after the fake's "now", and a ListImports filter that names no event data store: answered, with a warning.
    const later = { ...newImport(), StartEventTime: new Date(NOW.getTime() + 86_400_000), EndEventTime: new Date(NOW.getTime() + 2 * 86_400_000) };
    await client.send(new StartImportCommand(later));
    await client.send(new ListImportsCommand({ Destination: 'not-a-store:x' }));
    await client.send(new ListImportsCommand({}));
    expect(recorder.exchanges.map((exchange) => exchange.status)).toEqual([200, 200, 200]);
    const expected = recorder.exchanges.map((exchange) => validateImportRequest(exchange.operation ?? 'StartImport', exchange.requestBody, { shape: 'wire', now: NOW }).violations);
    expect(expected.map((found) => found.map((v) => `${v.severity} ${v.code}`))).toEqual([['warning time-range-in-future'], ['warning destination-filter-not-event-data-store'], []]);
    expect(recorder.exchanges.map((exchange) => exchange.violations)).toEqual(expected);
    // The fake says the same to a direct caller.
    const outcome = fake.handle('ListImports', { Destination: 'not-a-store:x' });
    expect(outcome.ok && outcome.violations?.map((v) => v.code)).toEqual(['destination-filter-not-event-data-store']);
    expect(fake.handle('ListImports', {})).not.toHaveProperty('violations');
  });

  it('records a refused request with the violations behind the refusal', async () => {
    const recorder = createImportRecorder();
    server.use(...cloudTrailImportHandlers({ recorder }));
    const S3 = { S3LocationUri: 'https://org-log-archive', S3BucketRegion: 'eu-west-1', S3BucketAccessRoleArn: 'arn:aws:iam::111122223333:user/importer' };
    await expect(cloudTrailClient().send(new StartImportCommand({ ...newImport(), ImportSource: { S3 } }))).rejects.toThrow();
    const [exchange] = recorder.exchanges;
    expect(exchange).toMatchObject({ operation: 'StartImport', status: 400, responseBody: { __type: 'InvalidImportSourceException' } });
    expect(exchange?.violations.map((v) => `${v.code} ${v.path}`)).toEqual(['s3-location-uri-invalid /ImportSource/S3/S3LocationUri', 'role-arn-invalid /ImportSource/S3/S3BucketAccessRoleArn']);
  });

  it('records a request that fails the wire checks, its body as text when it is not JSON', async () => {
    const recorder = createImportRecorder();
    server.use(...cloudTrailImportHandlers({ recorder }));
    await fetch(URL, { method: 'POST', headers: { 'X-Amz-Target': 'CloudTrail_20131101.GetImport', 'Content-Type': 'application/json' }, body: '{"ImportId":' });
    await fetch(URL, { method: 'POST', headers: { 'Content-Type': 'application/x-amz-json-1.1' }, body: '[1]' });
    expect(recorder.exchanges).toMatchObject([
      { operation: 'GetImport', target: 'CloudTrail_20131101.GetImport', requestBody: '{"ImportId":', status: 400, responseBody: { __type: 'SerializationException' } },
      { operation: undefined, target: undefined, requestBody: [1], status: 400, responseBody: { __type: 'UnknownOperationException' } },
    ]);
    expect(recorder.exchanges.map((exchange) => exchange.violations.map((v) => v.code))).toEqual([
      ['wire-content-type-invalid', 'wire-body-not-json'],
      ['wire-target-unknown', 'wire-body-not-json'],
    ]);
  });

  it('starts over after clear, and is told apart from other values', async () => {
    const recorder = createImportRecorder();
    server.use(...cloudTrailImportHandlers({ recorder }));
    await cloudTrailClient().send(new StartImportCommand(newImport()));
    recorder.clear();
    expect(recorder.exchanges).toEqual([]);
    expect(isImportExchangeRecorder(recorder)).toBe(true);
    expect(isImportExchangeRecorder({ exchanges: [] })).toBe(false);
  });
});

describe('a recorder given a name or an exchange that is none', () => {
  // A misspelt operation would give no exchange, and `expect(recorder.of('startImport')).toHaveLength(0)` pass.
  it.each([
    ['startImport', "the string 'startImport'"],
    ['CreateImportTask', "the string 'CreateImportTask'"],
    [undefined, 'nothing'],
    [42, 'the number 42'],
  ])('of(%j) is a TypeError naming it and the operations', (operation, got) => {
    expect(() => createImportRecorder().of(operation as 'GetImport')).toThrow(
      new TypeError(`recorder.of: ${got} is not a CloudTrail import operation (StartImport, GetImport, ListImports, StopImport, ListImportFailures)`),
    );
  });

  it('of a Logs recorder takes only CloudWatch Logs operations', () => {
    expect(() => createLogsImportRecorder().of('GetImport' as 'CreateImportTask')).toThrow(/^recorder\.of: the string 'GetImport' is not a CloudWatch Logs import-task operation \(CreateImportTask, /);
    expect(createLogsImportRecorder().of('CreateImportTask')).toEqual([]);
  });

  // The matchers read every recorded exchange: one that is none failed them with the engine's message.
  it.each([undefined, null, 42, {}, { operation: 'GetImport', status: 200 }, { operation: 'Nope', status: 400, violations: [] }])('record(%j) is a TypeError, and records nothing', (exchange) => {
    const recorder = createImportRecorder();
    expect(() => { recorder.record(exchange as never); }).toThrow(/^recorder\.record: exchange must be an exchange the handlers record, with an operation of StartImport, .* \(or none\), a status and its violations \(got /);
    expect(recorder.exchanges).toEqual([]);
  });
});
