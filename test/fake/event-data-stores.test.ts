import { describe, expect, it } from 'vitest';
import { createFakeCloudTrailImports, type EventDataStoreStatus, type FakeEventDataStore } from '../../src/fake/index.js';
import { errorOf, idOf, newRequest, OTHER_STORE_ID, storeArn, STORE_ID } from './helpers.js';

function fakeWith(...eventDataStores: FakeEventDataStore[]): ReturnType<typeof createFakeCloudTrailImports> {
  return createFakeCloudTrailImports({ eventDataStores });
}

describe('createFakeCloudTrailImports: event data stores', () => {
  it('takes any well-formed destination as an existing, ENABLED CloudTrail store when none are declared', () => {
    const fake = createFakeCloudTrailImports();
    idOf(fake.handle('StartImport', newRequest(storeArn('1a2b3c4d-0000-4000-8000-000000000000', 'ap-south-1', '999999999999'))));
  });

  it('rejects a destination that is not declared with EventDataStoreNotFoundException (404)', () => {
    const error = errorOf(fakeWith({ eventDataStore: storeArn() }).handle('StartImport', newRequest(storeArn(OTHER_STORE_ID))));
    expect(error).toMatchObject({ name: 'EventDataStoreNotFoundException', status: 404, violations: [] });
    expect(error.message).toContain(storeArn(OTHER_STORE_ID));
  });

  it('rejects a store PENDING_DELETION with InactiveEventDataStoreException', () => {
    expect(errorOf(fakeWith({ eventDataStore: storeArn(), status: 'PENDING_DELETION' }).handle('StartImport', newRequest())).name).toBe('InactiveEventDataStoreException');
  });

  it.each(['CREATED', 'STARTING_INGESTION', 'STOPPING_INGESTION'] as const)('rejects a store %s with InvalidEventDataStoreStatusException', (status) => {
    expect(errorOf(fakeWith({ eventDataStore: storeArn(), status }).handle('StartImport', newRequest())).name).toBe('InvalidEventDataStoreStatusException');
  });

  it.each<EventDataStoreStatus>(['ENABLED', 'STOPPED_INGESTION'])('imports into a store %s', (status) => {
    idOf(fakeWith({ eventDataStore: storeArn(), status }).handle('StartImport', newRequest()));
  });

  it.each(['ConfigurationItem', 'ActivityAuditLog', 'NonAWS'] as const)('rejects a store of category %s with InvalidEventDataStoreCategoryException', (category) => {
    expect(errorOf(fakeWith({ eventDataStore: storeArn(), category }).handle('StartImport', newRequest())).name).toBe('InvalidEventDataStoreCategoryException');
  });

  it("matches a store declared by bare ID to its ARN in the fake's account and Region, and the other way round", () => {
    idOf(fakeWith({ eventDataStore: STORE_ID }).handle('StartImport', newRequest(storeArn())));
    idOf(fakeWith({ eventDataStore: storeArn() }).handle('StartImport', newRequest(STORE_ID)));
    expect(errorOf(fakeWith({ eventDataStore: STORE_ID }).handle('StartImport', newRequest(storeArn(STORE_ID, 'eu-west-1')))).name).toBe('EventDataStoreNotFoundException');
  });

  it('rejects, at the endpoint of one Region, a destination ARN of another with EventDataStoreNotFoundException', () => {
    const fake = createFakeCloudTrailImports();
    expect(errorOf(fake.handle('StartImport', newRequest(storeArn(STORE_ID, 'eu-west-1')), { region: 'us-east-1' })).name).toBe('EventDataStoreNotFoundException');
    idOf(fake.handle('StartImport', newRequest(storeArn(STORE_ID, 'eu-west-1')), { region: 'eu-west-1' }));
  });

  it("reads a bare ID in the Region of the endpoint called, else in the fake's own Region, where the stores declared by ID are", () => {
    const fake = createFakeCloudTrailImports({ region: 'eu-west-1' });
    idOf(fake.handle('StartImport', newRequest(STORE_ID)));
    idOf(fake.handle('StartImport', newRequest(STORE_ID), { region: 'us-east-1' }));
    expect(fake.imports().map((record) => record.region)).toEqual(['eu-west-1', 'us-east-1']);
    const declared = createFakeCloudTrailImports({ region: 'eu-west-1', eventDataStores: [{ eventDataStore: STORE_ID }] });
    expect(errorOf(declared.handle('StartImport', newRequest(STORE_ID), { region: 'us-east-1' })).name).toBe('EventDataStoreNotFoundException');
    idOf(declared.handle('StartImport', newRequest(STORE_ID), { region: 'eu-west-1' }));
  });

  it('throws a TypeError naming the declaration that is malformed or repeated', () => {
    expect(() => fakeWith({ eventDataStore: 'arn:aws:cloudtrail:us-east-1:123456789012:trail/x' })).toThrow(/options\.eventDataStores\[0\]\.eventDataStore must be/);
    expect(() => fakeWith({ eventDataStore: STORE_ID, status: 'ACTIVE' as EventDataStoreStatus })).toThrow(/options\.eventDataStores\[0\]\.status must be one of/);
    expect(() => fakeWith({ eventDataStore: STORE_ID, category: 'Trail' as 'CloudTrail' })).toThrow(/\.category must be one of/);
    expect(() => fakeWith({ eventDataStore: STORE_ID, organizationEnabled: 'yes' as unknown as boolean })).toThrow(/\.organizationEnabled must be a boolean/);
    expect(() => fakeWith({ eventDataStore: STORE_ID }, { eventDataStore: storeArn() })).toThrow(/options\.eventDataStores\[1\] declares .* a second time/);
  });
});
