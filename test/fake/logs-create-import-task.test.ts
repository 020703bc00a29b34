import { describe, expect, it } from 'vitest';
import { createFakeEventDataStores, createLogsImportFake } from '../../src/fake/index.js';
import { validateImportResponse } from '../../src/index.js';
import { ACCOUNT, createRequest, DAY, errorOf, HOUR, hourlyEvents, NOW, outputOf, storeArn, storeId, STORE_ID } from './logs-helpers.js';

const JANUARY = new Date('2026-01-10T00:00:00Z');

function fakeWith(store: Parameters<typeof createFakeEventDataStores>[0] = {}): ReturnType<typeof createLogsImportFake> {
  return createLogsImportFake({ stores: createFakeEventDataStores(store), now: NOW });
}

describe('createLogsImportFake: CreateImportTask', () => {
  it('creates a task IN_PROGRESS into the managed log group /aws/cloudtrail/<store id>, which it creates', () => {
    const fake = fakeWith({ eventDataStores: [{ eventDataStore: storeArn(), events: hourlyEvents(JANUARY, 3) }] });
    const output = outputOf(fake.handle('CreateImportTask', createRequest()));
    const destination = `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/aws/cloudtrail/${STORE_ID}`;
    expect(output).toEqual({ importId: '00000000-0000-4000-9000-000000000001', importDestinationArn: destination, creationTime: NOW.getTime() });
    expect(fake.logGroups()).toEqual([{ logGroupName: `/aws/cloudtrail/${STORE_ID}`, logGroupArn: destination, creationTime: NOW, events: [] }]);
    expect(fake.importTasks()[0]).toMatchObject({ importStatus: 'IN_PROGRESS', importSourceArn: storeArn(), bytesImported: 0 });
  });

  it('groups the events in the filter range into batches by eventTime, one per hour by default', () => {
    const fake = fakeWith({ eventDataStores: [{ eventDataStore: storeArn(), events: [...hourlyEvents(JANUARY, 4), { eventTime: JANUARY.getTime() + 30 * 60_000 }] }] });
    const { importId } = outputOf(fake.handle('CreateImportTask', createRequest(storeArn(), { startEventTime: JANUARY.getTime(), endEventTime: JANUARY.getTime() + 2 * HOUR })));
    const [task] = fake.importTasks();
    expect(task?.importId).toBe(importId);
    expect(task?.batches.map((batch) => [batch.batchId, batch.events.length, batch.status])).toEqual([
      ['2026-01-10T00:00:00.000Z', 2, 'IN_PROGRESS'],
      ['2026-01-10T01:00:00.000Z', 1, 'IN_PROGRESS'],
      ['2026-01-10T02:00:00.000Z', 1, 'IN_PROGRESS'],
    ]);
  });

  it('reuses the log group of a store already imported from', () => {
    const fake = fakeWith();
    fake.handle('CreateImportTask', createRequest());
    fake.handle('CreateImportTask', createRequest());
    expect(fake.logGroups()).toHaveLength(1);
  });

  it('rejects with ResourceNotFoundException when the source store does not exist', () => {
    const fake = fakeWith({ eventDataStores: [{ eventDataStore: storeArn() }] });
    const error = errorOf(fake.handle('CreateImportTask', createRequest(storeArn(storeId(9)))));
    expect(error).toMatchObject({ name: 'ResourceNotFoundException', status: 400 });
    expect(error.message).toContain(storeId(9));
  });

  it('rejects with ResourceNotFoundException when the store is in another Region than the endpoint called', () => {
    const fake = fakeWith();
    expect(errorOf(fake.handle('CreateImportTask', createRequest(storeArn(STORE_ID, 'eu-west-1')))).name).toBe('ResourceNotFoundException');
    expect(outputOf(fake.handle('CreateImportTask', createRequest(storeArn(STORE_ID, 'eu-west-1')), { region: 'eu-west-1' })).importDestinationArn).toContain(':logs:eu-west-1:');
  });

  it('rejects with ResourceNotFoundException a store of another account', () => {
    const error = errorOf(fakeWith().handle('CreateImportTask', createRequest(storeArn(STORE_ID, 'us-east-1', '999988887777'))));
    expect(error.name).toBe('ResourceNotFoundException');
    expect(error.message).toContain(`not in account ${ACCOUNT}`);
  });

  it.each(['CREATED', 'PENDING_DELETION', 'STARTING_INGESTION', 'STOPPING_INGESTION'] as const)('rejects with InvalidOperationException when the store is %s, not active', (status) => {
    const fake = fakeWith({ eventDataStores: [{ eventDataStore: storeArn(), status }] });
    const error = errorOf(fake.handle('CreateImportTask', createRequest()));
    expect(error.name).toBe('InvalidOperationException');
    expect(error.message).toContain(status);
  });

  it('accepts a store whose ingestion is stopped (its events kept): the usual state before a migration', () => {
    const fake = fakeWith({ eventDataStores: [{ eventDataStore: storeArn(), status: 'STOPPED_INGESTION' }] });
    expect(fake.handle('CreateImportTask', createRequest()).ok).toBe(true);
  });

  it('rejects with InvalidParameterException a filter time earlier than the store keeps events', () => {
    const fake = fakeWith({ eventDataStores: [{ eventDataStore: storeArn(), retentionPeriod: 30 }] });
    const tooEarly = NOW.getTime() - 31 * DAY;
    const error = errorOf(fake.handle('CreateImportTask', createRequest(storeArn(), { startEventTime: tooEarly, endEventTime: NOW.getTime() - DAY })));
    expect(error.name).toBe('InvalidParameterException');
    expect(error.message).toMatch(/importFilter\.startEventTime .* outside the retention period .*30 days/);
    expect(fake.handle('CreateImportTask', createRequest(storeArn(), { startEventTime: NOW.getTime() - 29 * DAY })).ok).toBe(true);
  });

  it('rejects a 4th import while 3 are in progress in the account with ThrottlingException, and takes one again once one ends', () => {
    const fake = fakeWith();
    for (const n of [1, 2, 3]) expect(fake.handle('CreateImportTask', createRequest(storeArn(storeId(n)))).ok).toBe(true);
    const error = errorOf(fake.handle('CreateImportTask', createRequest(storeArn(storeId(4)))));
    expect(error.name).toBe('ThrottlingException');
    expect(error.message).toContain('at most 3');
    const [first] = fake.importTasks();
    fake.handle('CancelImportTask', { importId: first?.importId });
    expect(fake.handle('CreateImportTask', createRequest(storeArn(storeId(4)))).ok).toBe(true);
  });

  it('counts the tasks of every Region of the account against the limit', () => {
    const fake = fakeWith();
    for (const region of ['us-east-1', 'eu-west-1', 'ap-south-1']) fake.handle('CreateImportTask', createRequest(storeArn(STORE_ID, region)), { region });
    expect(errorOf(fake.handle('CreateImportTask', createRequest(storeArn(STORE_ID, 'us-west-2')), { region: 'us-west-2' })).name).toBe('ThrottlingException');
  });

  it('rejects an invalid request with InvalidParameterException before looking at any store', () => {
    const fake = fakeWith({ eventDataStores: [] });
    const error = errorOf(fake.handle('CreateImportTask', { importSourceArn: storeArn(storeId(9)) }));
    expect(error.name).toBe('InvalidParameterException');
    expect(error.message).toContain('importRoleArn');
    expect(fake.importTasks()).toEqual([]);
  });

  it("refuses a source ARN past CloudTrail's 256 characters, whose log group name would break the model's 512, and answers the longest one it takes with a valid response", () => {
    const fake = fakeWith();
    const tooLong = errorOf(fake.handle('CreateImportTask', createRequest(storeArn().replace(STORE_ID, 'a'.repeat(497)))));
    expect(tooLong.name).toBe('InvalidParameterException');
    expect(tooLong.violations.map((v) => v.code)).toEqual(['logs-import-source-not-event-data-store']);
    const longest = storeArn().replace(STORE_ID, '');
    const output = outputOf(fake.handle('CreateImportTask', createRequest(`${longest}${'a'.repeat(256 - longest.length)}`)));
    expect(validateImportResponse('CreateImportTask', output).violations).toEqual([]);
    expect(fake.importTasks()).toHaveLength(1);
  });

  it('checks the input with the contract first: a Date, or epoch seconds, is InvalidParameterException with the violations attached', () => {
    const fake = fakeWith();
    const asDate = errorOf(fake.handle('CreateImportTask', { ...createRequest(), importFilter: { startEventTime: JANUARY } }));
    expect(asDate.name).toBe('InvalidParameterException');
    expect(asDate.violations.map((v) => v.code)).toContain('type-mismatch');
    expect(asDate.message).toContain('date.getTime()');
    const inSeconds = errorOf(fake.handle('CreateImportTask', createRequest(storeArn(), { startEventTime: Math.floor(JANUARY.getTime() / 1000) })));
    expect(inSeconds.violations.map((v) => v.code)).toContain('logs-time-in-seconds');
    expect(fake.importTasks()).toEqual([]);
  });

  it('checks the filter at the fake\'s clock, not the system\'s', () => {
    const fake = createLogsImportFake({ now: '2040-01-01T00:00:00Z' });
    const error = errorOf(fake.handle('CreateImportTask', createRequest(storeArn(), { startEventTime: JANUARY.getTime() })));
    expect(error.violations.map((v) => v.code)).toContain('logs-time-outside-retention');
  });

  it('refuses a source that is no event data store ARN through the contract (logs-import-source-not-event-data-store)', () => {
    const error = errorOf(fakeWith().handle('CreateImportTask', createRequest(`arn:aws:s3:::bucket`)));
    expect(error.violations.map((v) => v.code)).toEqual(['logs-import-source-not-event-data-store']);
  });

  it('answers a name that is no import-task operation with UnknownOperationException', () => {
    const fake = fakeWith();
    // A JavaScript caller is not held to the operation type.
    expect(errorOf(fake.handle('PutLogEvents' as 'CancelImportTask', {})).name).toBe('UnknownOperationException');
  });
});

describe('createLogsImportFake: options', () => {
  it.each([
    [{ accountId: '12' }, /accountId/],
    [{ region: 'mars-1' }, /region/],
    [{ batchDuration: 0 }, /batchDuration/],
    [{ batchSpan: 1.5 }, /batchSpan/],
    [{ stores: {} }, /stores/],
    [{ clock: {} }, /clock/],
    [{ now: 'yesterday' }, /now/],
  ])('throws a TypeError naming the option for %j', (options, message) => {
    // Options a JavaScript caller might pass.
    expect(() => createLogsImportFake(options as never)).toThrow(message);
  });

  it('refuses import ids that do not fit the model or repeat', () => {
    const fake = createLogsImportFake({ importIds: () => 'same', now: NOW });
    fake.handle('CreateImportTask', createRequest());
    expect(() => fake.handle('CreateImportTask', createRequest())).toThrow(/a second time/);
    expect(() => createLogsImportFake({ importIds: () => 'not_valid', now: NOW }).handle('CreateImportTask', createRequest())).toThrow(/\[-a-zA-Z0-9\]/);
  });
});
