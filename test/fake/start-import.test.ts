import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newImportRequest, retryImportRequest } from '../../src/arbitraries/index.js';
import { createFakeCloudTrailImports } from '../../src/fake/index.js';
import { formatViolations, validateStartImportResponse } from '../../src/validate/index.js';
import { ACCOUNT, errorOf, idOf, NOW, newRequest, outputOf, storeArn, STORE_ID } from './helpers.js';

describe('createFakeCloudTrailImports: StartImport of a new import', () => {
  it('starts it INITIALIZING with zero statistics, created and updated at the clock, under the first id of the sequence', () => {
    const fake = createFakeCloudTrailImports({ now: NOW });
    const output = outputOf(fake.handle('StartImport', newRequest()));
    expect(output).toEqual({ ...newRequest(), ImportId: '00000000-0000-4000-8000-000000000001', ImportStatus: 'INITIALIZING', CreatedTimestamp: NOW, UpdatedTimestamp: NOW });
    expect(fake.getRecord('00000000-0000-4000-8000-000000000001')).toMatchObject({
      ImportStatus: 'INITIALIZING',
      ImportStatistics: { PrefixesFound: 0, PrefixesCompleted: 0, FilesCompleted: 0, EventsCompleted: 0, FailedEntries: 0 },
      failures: [],
      accountId: ACCOUNT,
      region: 'us-east-1',
    });
  });

  it('takes import ids from options.importIds', () => {
    const fake = createFakeCloudTrailImports({ importIds: () => '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b' });
    expect(idOf(fake.handle('StartImport', newRequest()))).toBe('4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b');
  });

  it('throws a TypeError when options.importIds makes an id the model rejects, or one already used', () => {
    expect(() => createFakeCloudTrailImports({ importIds: () => 'IMPORT-1' }).handle('StartImport', newRequest())).toThrow(/options\.importIds must return import ids.*'IMPORT-1'/);
    const fake = createFakeCloudTrailImports({ importIds: () => '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b' });
    fake.advance(idOf(fake.handle('StartImport', newRequest())), 'COMPLETED');
    expect(() => fake.handle('StartImport', newRequest())).toThrow(/a second time/);
  });

  it('answers an sdk request in the sdk shape and a wire request in the wire shape, echoing a fraction of a second', () => {
    const fake = createFakeCloudTrailImports({ now: NOW });
    const wire = { ...newRequest(), StartEventTime: 1_704_067_200.1234, EndEventTime: 1_706_745_600 };
    const output = outputOf(fake.handle('StartImport', wire, { shape: 'wire' }));
    expect(output).toMatchObject({ StartEventTime: 1_704_067_200.1234, EndEventTime: 1_706_745_600, CreatedTimestamp: NOW.getTime() / 1000 });
    expect(validateStartImportResponse(output, { shape: 'wire', request: wire }).valid).toBe(true);
  });

  it('rejects a request that is not a structure with InvalidParameterException, without throwing', () => {
    const fake = createFakeCloudTrailImports();
    for (const input of [undefined, null, 'ImportId', 42, [], new Date(0)]) {
      const error = errorOf(fake.handle('StartImport', input));
      expect(error).toMatchObject({ name: 'InvalidParameterException', status: 400 });
      expect(error.violations[0]?.code).toBe('type-mismatch');
    }
  });

  it('rejects an invalid request with the exception of its first error, the violations, and the formatted errors as message', () => {
    const fake = createFakeCloudTrailImports({ now: NOW });
    const request = { ...newRequest('arn:aws:cloudtrail:us-east-1:123456789012:trail/management'), Destination: ['x'] };
    const error = errorOf(fake.handle('StartImport', request));
    const errors = error.violations.filter((v) => v.severity === 'error');
    expect(errors.map((v) => v.code)).toEqual(['unknown-member', 'destination-not-event-data-store']);
    // The first error, unknown-member, names no exception: InvalidParameterException, not the second's.
    expect(error.name).toBe('InvalidParameterException');
    expect(error.message).toBe(formatViolations(errors));
    expect(fake.imports()).toEqual([]);
  });

  it.each([
    ['destination-not-event-data-store', { ...newRequest('arn:aws:cloudtrail:us-east-1:123456789012:trail/management') }, 'EventDataStoreARNInvalidException'],
    ['s3-location-uri-invalid', { ...newRequest(), ImportSource: { S3: { ...newRequest().ImportSource?.S3, S3LocationUri: 'https://bucket.s3.amazonaws.com/' } } }, 'InvalidImportSourceException'],
    ['import-id-invalid', { ImportId: 'x' }, 'InvalidParameterException'],
    ['request-empty', {}, 'InvalidParameterException'],
  ] as const)('answers %s with %s', (code, request, name) => {
    const error = errorOf(createFakeCloudTrailImports({ now: NOW }).handle('StartImport', request));
    expect(error.violations[0]?.code).toBe(code);
    expect(error.name).toBe(name);
  });

  it('judges time-range-in-future by its own clock, and a warning does not block', () => {
    const typo = { ...newRequest(), Destination: 'x' };
    const early = createFakeCloudTrailImports({ now: '2023-06-01T00:00:00Z' });
    expect(errorOf(early.handle('StartImport', typo)).violations.map((v) => v.code)).toContain('time-range-in-future');
    early.clock.set(NOW);
    expect(errorOf(early.handle('StartImport', typo)).violations.map((v) => v.code)).not.toContain('time-range-in-future');
    early.clock.set('2023-06-01T00:00:00Z');
    expect(outputOf(early.handle('StartImport', newRequest())).ImportStatus).toBe('INITIALIZING');
  });
});

describe('createFakeCloudTrailImports: one import in progress per account and Region', () => {
  it('rejects a second new import with AccountHasOngoingImportException while the first is INITIALIZING or IN_PROGRESS', () => {
    const fake = createFakeCloudTrailImports();
    const first = idOf(fake.handle('StartImport', newRequest()));
    expect(errorOf(fake.handle('StartImport', newRequest(storeArn('0f0e0d0c-0b0a-4908-8706-050403020100'))))).toMatchObject({ name: 'AccountHasOngoingImportException', status: 400, violations: [] });
    fake.advance(first, 'IN_PROGRESS');
    expect(errorOf(fake.handle('StartImport', newRequest())).name).toBe('AccountHasOngoingImportException');
    fake.advance(first, 'COMPLETED');
    expect(outputOf(fake.handle('StartImport', newRequest())).ImportStatus).toBe('INITIALIZING');
  });

  it('allows one import in progress in each Region and each account', () => {
    const fake = createFakeCloudTrailImports();
    idOf(fake.handle('StartImport', newRequest(storeArn(STORE_ID, 'us-east-1'))));
    idOf(fake.handle('StartImport', newRequest(storeArn(STORE_ID, 'eu-west-1'))));
    idOf(fake.handle('StartImport', newRequest(storeArn(STORE_ID, 'us-east-1', '210987654321'))));
    expect(fake.imports().map((r) => `${r.accountId} ${r.region}`)).toEqual([`${ACCOUNT} us-east-1`, `${ACCOUNT} eu-west-1`, '210987654321 us-east-1']);
  });

  it("counts an import to a bare event data store ID against the fake's own account and Region", () => {
    const fake = createFakeCloudTrailImports({ region: 'eu-west-1' });
    idOf(fake.handle('StartImport', newRequest(STORE_ID)));
    expect(fake.imports()[0]).toMatchObject({ accountId: ACCOUNT, region: 'eu-west-1' });
    expect(errorOf(fake.handle('StartImport', newRequest(storeArn(STORE_ID, 'eu-west-1')))).name).toBe('AccountHasOngoingImportException');
  });
});

describe('createFakeCloudTrailImports: StartImport of a retry', () => {
  it('rejects an unknown ImportId with ImportNotFoundException (404)', () => {
    const error = errorOf(createFakeCloudTrailImports().handle('StartImport', { ImportId: '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b' }));
    expect(error).toMatchObject({ name: 'ImportNotFoundException', status: 404 });
  });

  it.each(['FAILED', 'STOPPED'] as const)('moves a %s import back to INITIALIZING, keeping its id, destination, source and time range', (status) => {
    const fake = createFakeCloudTrailImports({ now: NOW });
    const id = idOf(fake.handle('StartImport', newRequest()));
    if (status === 'FAILED') fake.advance(id, 'FAILED');
    else outputOf(fake.handle('StopImport', { ImportId: id }));
    fake.clock.advanceBy(60_000);
    const output = outputOf(fake.handle('StartImport', { ImportId: id }));
    expect(output).toEqual({ ...newRequest(), ImportId: id, ImportStatus: 'INITIALIZING', CreatedTimestamp: NOW, UpdatedTimestamp: new Date(NOW.getTime() + 60_000) });
    expect(fake.imports()).toHaveLength(1);
  });

  it('rejects the retry of a COMPLETED import with OperationNotPermittedException', () => {
    const fake = createFakeCloudTrailImports();
    const id = idOf(fake.handle('StartImport', newRequest()));
    fake.advance(id, 'COMPLETED');
    expect(errorOf(fake.handle('StartImport', { ImportId: id })).name).toBe('OperationNotPermittedException');
  });

  it('rejects a retry with AccountHasOngoingImportException while an import is in progress in its account and Region, itself included', () => {
    const fake = createFakeCloudTrailImports();
    const failed = idOf(fake.handle('StartImport', newRequest()));
    expect(errorOf(fake.handle('StartImport', { ImportId: failed })).name).toBe('AccountHasOngoingImportException');
    fake.advance(failed, 'FAILED');
    idOf(fake.handle('StartImport', newRequest()));
    expect(errorOf(fake.handle('StartImport', { ImportId: failed })).name).toBe('AccountHasOngoingImportException');
  });

  it('does not find, at the endpoint of another Region, an import of this one', () => {
    const fake = createFakeCloudTrailImports();
    const id = idOf(fake.handle('StartImport', newRequest()));
    fake.advance(id, 'FAILED');
    expect(errorOf(fake.handle('StartImport', { ImportId: id }, { region: 'eu-west-1' })).name).toBe('ImportNotFoundException');
    expect(outputOf(fake.handle('StartImport', { ImportId: id }, { region: 'us-east-1' })).ImportId).toBe(id);
  });
});

describe('createFakeCloudTrailImports: StartImport responses', () => {
  it('answers every valid new import, sdk or wire, with a response valid for its request', () => {
    for (const shape of ['sdk', 'wire'] as const) {
      fc.assert(
        fc.property(newImportRequest({ shape, max: new Date('2026-01-01T00:00:00Z') }), (request) => {
          const output = outputOf(createFakeCloudTrailImports({ now: NOW }).handle('StartImport', request, { shape }));
          const errors = validateStartImportResponse(output, { request, shape }).violations.filter((v) => v.severity === 'error');
          expect(errors).toEqual([]);
        }),
        { numRuns: 200 },
      );
    }
  });

  it('answers every retry of a failed import with a response valid for its request', () => {
    fc.assert(
      fc.property(retryImportRequest(), (request) => {
        const fake = createFakeCloudTrailImports({ now: NOW, importIds: () => request.ImportId ?? '' });
        fake.advance(idOf(fake.handle('StartImport', newRequest())), 'FAILED');
        const output = outputOf(fake.handle('StartImport', request));
        const errors = validateStartImportResponse(output, { request, shape: 'sdk' }).violations.filter((v) => v.severity === 'error');
        expect(errors).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
