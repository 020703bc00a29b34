import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFakeCloudTrailImports, createFakeEventDataStores, createLogsImportFake } from '../../src/fake/index.js';
import { newRequest } from './helpers.js';
import { createRequest, errorOf, MINUTE, NOW, outputOf, storeArn, STORE_ID } from './logs-helpers.js';

const LOGS = `s3://example-trail-logs/AWSLogs/123456789012/CloudTrail/`;
const inJanuary = [{ eventTime: '2024-01-05T10:00:00Z', eventId: 'e1' }, { eventTime: '2024-01-20T11:30:00Z', eventId: 'e2' }];
const inMarch = [{ eventTime: '2024-03-02T00:00:00Z', eventId: 'e3' }];

function world(): ReturnType<typeof createFakeEventDataStores> {
  return createFakeEventDataStores({
    eventDataStores: [{ eventDataStore: storeArn() }],
    trailLogs: [
      { location: `${LOGS}us-east-1/2024/01/05/a.json.gz`, events: inJanuary },
      { location: `${LOGS}us-east-1/2024/03/02/b.json.gz`, events: inMarch },
      { location: 's3://another-bucket/AWSLogs/x.json.gz', events: [{ eventTime: '2024-01-06T00:00:00Z', eventId: 'elsewhere' }] },
    ],
  });
}

describe('createFakeEventDataStores shared by the CloudTrail and CloudWatch Logs fakes', () => {
  it('copies into the store, when a StartImport completes, the events of the trail logs under its S3 location and in its time range', async () => {
    const stores = world();
    const lake = createFakeCloudTrailImports({ stores, now: '2025-01-01T00:00:00Z' });
    const { ImportId = '' } = await lake.startImport(newRequest());
    expect(stores.get(storeArn())?.events).toEqual([]);
    lake.advance(ImportId, 'COMPLETED');
    expect(stores.get(storeArn())?.events.map((event) => event.eventId)).toEqual(['e1', 'e2']);
    expect((await lake.getImport({ ImportId })).ImportStatistics?.EventsCompleted).toBe(2);
  });

  it('copies them in auto mode too, and keeps EventsCompleted a test sets itself', async () => {
    const stores = world();
    const lake = createFakeCloudTrailImports({ stores, now: '2025-01-01T00:00:00Z', autoAdvance: true });
    const { ImportId = '' } = await lake.startImport(newRequest());
    await lake.getImport({ ImportId });
    expect((await lake.getImport({ ImportId })).ImportStatus).toBe('COMPLETED');
    expect(stores.get(storeArn())?.events).toHaveLength(2);
    const other = createFakeCloudTrailImports({ stores: world(), now: '2025-01-01T00:00:00Z' });
    const started = await other.startImport(newRequest());
    other.advance(started.ImportId ?? '', 'COMPLETED', { statistics: { EventsCompleted: 7 } });
    expect(other.getRecord(started.ImportId ?? '')?.ImportStatistics.EventsCompleted).toBe(7);
  });

  it('copies nothing from a FAILED import', async () => {
    const stores = world();
    const lake = createFakeCloudTrailImports({ stores, now: '2025-01-01T00:00:00Z' });
    const { ImportId = '' } = await lake.startImport(newRequest());
    lake.advance(ImportId, 'FAILED');
    expect(stores.get(storeArn())?.events).toEqual([]);
  });

  it('moves the events imported into Lake on into CloudWatch Logs: the whole migration', async () => {
    const stores = world();
    const lake = createFakeCloudTrailImports({ stores, now: NOW });
    const logs = createLogsImportFake({ stores: lake.stores, clock: lake.clock });
    const { ImportId = '' } = await lake.startImport(newRequest());
    lake.advance(ImportId, 'COMPLETED');
    stores.setStatus(storeArn(), 'STOPPED_INGESTION');
    const { importId = '' } = await logs.createImportTask(createRequest());
    expect((await logs.describeImportTaskBatches({ importId })).importBatches?.map((batch) => batch.batchId)).toEqual(['2024-01-05T10:00:00.000Z', '2024-01-20T11:00:00.000Z']);
    lake.clock.advanceBy(2 * MINUTE);
    expect((await logs.describeImportTasks({ importId })).imports?.[0]?.importStatus).toBe('COMPLETED');
    expect(logs.logGroups()).toEqual([expect.objectContaining({ logGroupName: `/aws/cloudtrail/${STORE_ID}` })]);
    expect(logs.logGroups()[0]?.events.map((event) => event.eventId)).toEqual(['e1', 'e2']);
  });

  it('refuses a CloudWatch import from a store the CloudTrail side has deleted', () => {
    const stores = world();
    const logs = createLogsImportFake({ stores, now: NOW });
    stores.setStatus(storeArn(), 'PENDING_DELETION');
    expect(errorOf(logs.handle('CreateImportTask', createRequest())).name).toBe('InvalidOperationException');
  });

  it('lets the CloudTrail fake refuse a store that the registry stopped taking imports into', async () => {
    const stores = world();
    const lake = createFakeCloudTrailImports({ stores, now: '2025-01-01T00:00:00Z' });
    stores.setStatus(storeArn(), 'PENDING_DELETION');
    await expect(lake.startImport(newRequest())).rejects.toMatchObject({ name: 'InactiveEventDataStoreException' });
  });

  it('exposes the stores made from the eventDataStores option as fake.stores', () => {
    const lake = createFakeCloudTrailImports({ eventDataStores: [{ eventDataStore: STORE_ID, retentionPeriod: 90 }] });
    expect(lake.stores.list()).toEqual([{ eventDataStoreArn: storeArn(), status: 'ENABLED', category: 'CloudTrail', retentionPeriod: 90, events: [] }]);
    const logs = createLogsImportFake({ stores: lake.stores, clock: lake.clock });
    expect(outputOf(logs.handle('CreateImportTask', createRequest())).importId).toBeDefined();
  });

  // A clock of the caller's own making whose now() gives no Date failed at the first call, with the engine's "getTime is not a function".
  it.each([
    [{ now: (): string => 'soon', set: (): void => undefined, advanceBy: (): void => undefined }, 'an object'],
    [{ now: (): Date => new Date(Number.NaN) }, 'an object'],
    [{ now: (): never => { throw new Error('no time'); } }, 'an object'],
    [{}, 'an object'],
    [42, 'the number 42'],
  ])('refuses a clock whose now() gives no valid Date where it is given (%#)', (clock, got) => {
    expect(() => createLogsImportFake({ clock: clock as never })).toThrow(new TypeError(`createLogsImportFake: options.clock must be a fake's clock (e.g. lake.clock), whose now() gives a valid Date (got ${got})`));
  });

  it("calls from the stores' account and Region when given none, as the README's migration does", async () => {
    const [account, region] = ['111122223333', 'eu-west-1'];
    const arn = storeArn(STORE_ID, region, account);
    const stores = createFakeEventDataStores({ accountId: account, region, eventDataStores: [{ eventDataStore: arn }], trailLogs: [{ location: `s3://org-log-archive/AWSLogs/${account}/CloudTrail/${region}/2024/01/05/a.json.gz`, events: inJanuary }] });
    const lake = createFakeCloudTrailImports({ stores, now: NOW });
    const logs = createLogsImportFake({ stores, clock: lake.clock });
    // A bare ID is read in the stores' account and Region too.
    const { ImportId = '' } = await lake.startImport({ ...newRequest(STORE_ID), ImportSource: { S3: { S3LocationUri: `s3://org-log-archive/AWSLogs/${account}/CloudTrail/`, S3BucketRegion: region, S3BucketAccessRoleArn: `arn:aws:iam::${account}:role/Importer` } } });
    lake.advance(ImportId, 'COMPLETED');
    expect(stores.get(arn)?.events.map((event) => event.eventId)).toEqual(['e1', 'e2']);
    expect(outputOf(logs.handle('CreateImportTask', { importSourceArn: arn, importRoleArn: `arn:aws:iam::${account}:role/LogsImport` })).importDestinationArn).toBe(`arn:aws:logs:${region}:${account}:log-group:/aws/cloudtrail/${STORE_ID}`);
    // Named options still win: another account's fake does not find the store.
    const elsewhere = createLogsImportFake({ stores, clock: lake.clock, accountId: '123456789012' });
    expect(errorOf(elsewhere.handle('CreateImportTask', { importSourceArn: arn, importRoleArn: `arn:aws:iam::${account}:role/LogsImport` })).name).toBe('ResourceNotFoundException');
  });

  it('throws a TypeError when given both stores and eventDataStores, or stores it did not make', () => {
    expect(() => createFakeCloudTrailImports({ stores: world(), eventDataStores: [] })).toThrow(/either options.stores or options.eventDataStores/);
    // A JavaScript caller's look-alike.
    expect(() => createFakeCloudTrailImports({ stores: { ...world() } })).toThrow(/createFakeEventDataStores/);
  });
});

describe('a completed StartImport, over any trail log files', () => {
  const FOLDERS = [`${LOGS}us-east-1/`, `${LOGS}eu-west-1/`, 's3://example-trail-logs/Other/', 's3://another-bucket/AWSLogs/123456789012/CloudTrail/'];
  const JAN_2024 = Date.parse('2024-01-01T00:00:00Z');
  const log = fc.record({ folder: fc.constantFrom(...FOLDERS), file: fc.nat({ max: 99 }), times: fc.array(fc.integer({ min: JAN_2024, max: JAN_2024 + 60 * 86_400_000 }), { maxLength: 4 }) });

  it('copies exactly the events under its S3 location and within its time range into its store', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(log, { maxLength: 6 }), async (logs) => {
        const trailLogs = logs.map(({ folder, file, times }, n) => ({ location: `${folder}${file}-${n}.json.gz`, events: times.map((eventTime, i) => ({ eventTime, eventId: `e${n}-${i}` })) }));
        const stores = createFakeEventDataStores({ eventDataStores: [{ eventDataStore: storeArn() }], trailLogs });
        const lake = createFakeCloudTrailImports({ stores, now: '2025-01-01T00:00:00Z' });
        const request = newRequest();
        const { ImportId = '' } = await lake.startImport(request);
        lake.advance(ImportId, 'COMPLETED');
        const [from, to] = [request.StartEventTime?.getTime() ?? 0, request.EndEventTime?.getTime() ?? 0];
        const expected = trailLogs
          .filter((file) => file.location.startsWith(request.ImportSource?.S3?.S3LocationUri ?? ''))
          .flatMap((file) => file.events.filter((event) => event.eventTime >= from && event.eventTime <= to).map((event) => event.eventId));
        expect(stores.get(storeArn())?.events.map((event) => event.eventId).sort()).toEqual(expected.sort());
      }),
      { numRuns: 100 },
    );
  });
});

describe('createFakeEventDataStores', () => {
  it('holds every well-formed store when none is declared, from its first use', () => {
    const stores = createFakeEventDataStores();
    expect(stores.get(STORE_ID)).toMatchObject({ status: 'ENABLED', events: [] });
    expect(stores.list()).toEqual([]);
    stores.putEvents(STORE_ID, [{ eventTime: 0 }]);
    expect(stores.get(storeArn())?.events).toEqual([{ eventId: '00000000-0000-4000-a000-000000000001', eventTime: new Date(0), eventName: 'ConsoleLogin', eventSource: 'signin.amazonaws.com' }]);
  });

  it('replaces an event whose eventId the store holds', () => {
    const stores = createFakeEventDataStores();
    stores.putEvents(storeArn(), [{ eventTime: 1, eventId: 'same' }]);
    stores.putEvents(storeArn(), [{ eventTime: 2, eventId: 'same' }]);
    expect(stores.get(storeArn())?.events.map((event) => event.eventTime.getTime())).toEqual([2]);
  });

  it.each([
    [{ eventDataStores: [{ eventDataStore: 'not a store' }] }, /eventDataStores\[0\]\.eventDataStore/],
    [{ eventDataStores: [{ eventDataStore: STORE_ID, retentionPeriod: 6 }] }, /retentionPeriod must be a whole number of days from 7 to 3653/],
    [{ eventDataStores: [{ eventDataStore: STORE_ID, events: [{ eventTime: 'soon' }] }] }, /events\[0\]\.eventTime/],
    [{ eventDataStores: [{ eventDataStore: STORE_ID }, { eventDataStore: storeArn() }] }, /a second time/],
    [{ trailLogs: [{ location: 'https://bucket/x', events: [] }] }, /trailLogs\[0\]\.location must be an S3 URI/],
    [{ trailLogs: [null] }, /trailLogs\[0\] must be an object/],
    // A misspelt member would leave its default in force: the store ENABLED, not STOPPED_INGESTION.
    [{ eventDataStores: [{ eventDataStore: STORE_ID, statsu: 'STOPPED_INGESTION' }] }, /eventDataStores\[0\]: unknown member 'statsu' \(known: eventDataStore, status, category, organizationEnabled, retentionPeriod, events\)$/],
    [{ accountId: 'me' }, /accountId/],
  ])('throws a TypeError naming the option for %j', (options, message) => {
    // Options a JavaScript caller might pass.
    expect(() => createFakeEventDataStores(options as never)).toThrow(message);
  });

  it('throws a TypeError for a store it does not have, when stores are declared', () => {
    const stores = createFakeEventDataStores({ eventDataStores: [] });
    expect(() => { stores.putEvents(STORE_ID, []); }).toThrow(/putEvents: no event data store/);
    expect(() => { stores.setStatus(STORE_ID, 'ENABLED'); }).toThrow(/setStatus: no event data store/);
    expect(stores.get(STORE_ID)).toBeUndefined();
  });
});
