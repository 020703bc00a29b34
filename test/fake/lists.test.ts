import { describe, expect, expectTypeOf, it } from 'vitest';
import { createFakeCloudTrailImports, type FakeCloudTrailImports, type FakeOutcome, type ListImportsOutput } from '../../src/fake/index.js';
import { errorOf, idOf, NOW, newRequest, outputOf, storeArn, STORE_ID } from './helpers.js';

/** A fake with `count` finished imports into the test store (each COMPLETED, or FAILED when `failed(i)`). */
function withImports(count: number, failed: (index: number) => boolean = () => false): { fake: FakeCloudTrailImports; ids: string[] } {
  const fake = createFakeCloudTrailImports({ now: NOW });
  const ids: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const id = idOf(fake.handle('StartImport', newRequest()));
    fake.advance(id, failed(index) ? 'FAILED' : 'COMPLETED');
    ids.push(id);
  }
  return { fake, ids };
}

/** Every ImportId ListImports answers for `input`, following NextToken, and the page sizes. */
function listAll(fake: FakeCloudTrailImports, input: Record<string, unknown>): { ids: unknown[]; pages: number[] } {
  const ids: unknown[] = [];
  const pages: number[] = [];
  let token: unknown;
  do {
    expect(pages.length, 'more pages than imports').toBeLessThanOrEqual(fake.imports().length);
    const output = outputOf(fake.handle('ListImports', token === undefined ? input : { ...input, NextToken: token }));
    const items = output['Imports'] as { ImportId: unknown }[];
    pages.push(items.length);
    ids.push(...items.map((item) => item.ImportId));
    token = output['NextToken'];
  } while (token !== undefined);
  return { ids, pages };
}

describe('FakeCloudTrailImports ListImports', () => {
  it('lists imports oldest first as ImportsListItems, without NextToken on the last page', () => {
    const { fake, ids } = withImports(2);
    expect(outputOf(fake.handle('ListImports', {}))).toEqual({
      Imports: ids.map((ImportId) => ({ ImportId, ImportStatus: 'COMPLETED', Destinations: [storeArn()], CreatedTimestamp: NOW, UpdatedTimestamp: NOW })),
    });
  });

  it('answers in the wire shape with epoch seconds', () => {
    const { fake } = withImports(1);
    const output = outputOf(fake.handle('ListImports', {}, { shape: 'wire' }));
    expect((output['Imports'] as Record<string, unknown>[])[0]).toMatchObject({ CreatedTimestamp: NOW.getTime() / 1000, UpdatedTimestamp: NOW.getTime() / 1000 });
  });

  it('pages by MaxResults and returns every import once', () => {
    const { fake, ids } = withImports(7);
    expect(listAll(fake, { MaxResults: 3 })).toEqual({ ids, pages: [3, 3, 1] });
    expect(listAll(fake, { MaxResults: 7 })).toEqual({ ids, pages: [7] });
  });

  it('returns up to 1000 imports per page without MaxResults', () => {
    const { fake } = withImports(1001);
    expect(listAll(fake, {}).pages).toEqual([1000, 1]);
  });

  it('filters by ImportStatus and by Destination, an ARN and the bare ID of the same store matching', () => {
    const { fake, ids } = withImports(4, (index) => index % 2 === 1);
    const other = idOf(fake.handle('StartImport', newRequest(storeArn('9c8d7e6f-5a4b-4c3d-8e2f-1a0b9c8d7e6f'))));
    expect(listAll(fake, { ImportStatus: 'FAILED' }).ids).toEqual([ids[1], ids[3]]);
    expect(listAll(fake, { ImportStatus: 'INITIALIZING' }).ids).toEqual([other]);
    expect(listAll(fake, { Destination: storeArn(), ImportStatus: 'COMPLETED', MaxResults: 1 }).ids).toEqual([ids[0], ids[2]]);
    expect(listAll(fake, { Destination: STORE_ID }).ids).toEqual(ids);
    expect(listAll(fake, { Destination: storeArn(STORE_ID, 'eu-west-1') }).ids).toEqual([]);
  });

  it('lists at the endpoint of a Region only the imports of that Region', () => {
    const fake = createFakeCloudTrailImports();
    const east = idOf(fake.handle('StartImport', newRequest()));
    const west = idOf(fake.handle('StartImport', newRequest(storeArn(STORE_ID, 'eu-west-1'))));
    expect(outputOf(fake.handle('ListImports', {}, { region: 'eu-west-1' }))['Imports']).toMatchObject([{ ImportId: west }]);
    expect(outputOf(fake.handle('ListImports', { Destination: STORE_ID }, { region: 'eu-west-1' }))['Imports']).toMatchObject([{ ImportId: west }]);
    expect(listAll(fake, {}).ids).toEqual([east, west]);
  });

  it('keeps paging right while imports are added between pages', () => {
    const { fake, ids } = withImports(4);
    const first = outputOf(fake.handle('ListImports', { MaxResults: 2 }));
    idOf(fake.handle('StartImport', newRequest()));
    const second = outputOf(fake.handle('ListImports', { MaxResults: 2, NextToken: first['NextToken'] }));
    expect((second['Imports'] as { ImportId: string }[]).map((item) => item.ImportId)).toEqual(ids.slice(2, 4));
  });

  it('rejects a malformed NextToken with InvalidNextTokenException', () => {
    const fake = createFakeCloudTrailImports();
    for (const NextToken of ['not a token', 'eyJvcGVyYXRpb24iOjF9', Buffer.from('{"operation":"ListImports","filter":"[null,null]","after":0.5}').toString('base64url')]) {
      expect(errorOf(fake.handle('ListImports', { NextToken }))).toMatchObject({ name: 'InvalidNextTokenException', status: 400 });
    }
  });

  it('rejects with InvalidNextTokenException a well-formed NextToken it never issued: forged, or issued by another fake', () => {
    const { fake } = withImports(3);
    const forged = Buffer.from('{"operation":"ListImports","filter":"[null,null]","after":0}').toString('base64url');
    expect(errorOf(fake.handle('ListImports', { NextToken: forged }))).toMatchObject({ name: 'InvalidNextTokenException', status: 400 });
    const other = withImports(3).fake;
    const token = outputOf(other.handle('ListImports', { MaxResults: 1 }))['NextToken'];
    expect(errorOf(fake.handle('ListImports', { NextToken: token })).name).toBe('InvalidNextTokenException');
    expect(outputOf(other.handle('ListImports', { NextToken: token }))['Imports']).toHaveLength(2);
  });

  it('reads from the same position again when a NextToken is reused with the same parameters', () => {
    const { fake, ids } = withImports(3);
    const token = outputOf(fake.handle('ListImports', { MaxResults: 1 }))['NextToken'];
    const page = (): unknown => outputOf(fake.handle('ListImports', { MaxResults: 1, NextToken: token }));
    expect(page()).toEqual(page());
    expect(page()).toMatchObject({ Imports: [{ ImportId: ids[1] }] });
  });

  it('rejects with InvalidNextTokenException a NextToken issued for other filters or another operation, but takes another MaxResults', () => {
    const { fake, ids } = withImports(3);
    const token = outputOf(fake.handle('ListImports', { MaxResults: 1, ImportStatus: 'COMPLETED' }))['NextToken'];
    expect(errorOf(fake.handle('ListImports', { NextToken: token })).name).toBe('InvalidNextTokenException');
    expect(errorOf(fake.handle('ListImports', { NextToken: token, ImportStatus: 'FAILED' })).name).toBe('InvalidNextTokenException');
    expect(errorOf(fake.handle('ListImports', { NextToken: token, ImportStatus: 'COMPLETED', Destination: storeArn() })).name).toBe('InvalidNextTokenException');
    expect(errorOf(fake.handle('ListImportFailures', { ImportId: ids[0], NextToken: token })).name).toBe('InvalidNextTokenException');
    expect(outputOf(fake.handle('ListImports', { NextToken: token, ImportStatus: 'COMPLETED', MaxResults: 5 }))['Imports']).toHaveLength(2);
  });
});

describe('FakeCloudTrailImports ListImportFailures', () => {
  it('lists the failures of an import in the order recorded, paged by MaxResults', () => {
    const fake = createFakeCloudTrailImports({ now: NOW });
    const id = idOf(fake.handle('StartImport', newRequest()));
    const failures = ['a', 'b', 'c'].map((key) => ({ Location: `s3://b/${key}` }));
    fake.advance(id, 'FAILED', { failures });
    const first = outputOf(fake.handle('ListImportFailures', { ImportId: id, MaxResults: 2 }));
    expect(first['Failures']).toEqual([
      { Location: 's3://b/a', Status: 'FAILED', ErrorType: 'ImportFailure', ErrorMessage: 'The import could not read this location.', LastUpdatedTime: NOW },
      { Location: 's3://b/b', Status: 'FAILED', ErrorType: 'ImportFailure', ErrorMessage: 'The import could not read this location.', LastUpdatedTime: NOW },
    ]);
    const second = outputOf(fake.handle('ListImportFailures', { ImportId: id, MaxResults: 2, NextToken: first['NextToken'] }, { shape: 'wire' }));
    expect(second).toEqual({ Failures: [{ Location: 's3://b/c', Status: 'FAILED', ErrorType: 'ImportFailure', ErrorMessage: 'The import could not read this location.', LastUpdatedTime: NOW.getTime() / 1000 }] });
  });

  it('answers an empty list for an import without failures and for an unknown ImportId', () => {
    const fake = createFakeCloudTrailImports();
    const id = idOf(fake.handle('StartImport', newRequest()));
    expect(outputOf(fake.handle('ListImportFailures', { ImportId: id }))).toEqual({ Failures: [] });
    expect(outputOf(fake.handle('ListImportFailures', { ImportId: '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b' }))).toEqual({ Failures: [] });
  });

  it("rejects with InvalidNextTokenException another import's NextToken", () => {
    const fake = createFakeCloudTrailImports();
    const id = idOf(fake.handle('StartImport', newRequest()));
    fake.advance(id, 'FAILED', { failures: [{ Location: 's3://b/a' }, { Location: 's3://b/b' }] });
    const token = outputOf(fake.handle('ListImportFailures', { ImportId: id, MaxResults: 1 }))['NextToken'];
    expect(errorOf(fake.handle('ListImportFailures', { ImportId: '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b', NextToken: token })).name).toBe('InvalidNextTokenException');
  });
});

describe('FakeCloudTrailImports input validation of GetImport, ListImports, StopImport and ListImportFailures', () => {
  const ID = '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b';
  it.each([
    ['GetImport', {}, 'InvalidParameterException', /\/ImportId error required-member-missing: must be set: GetImport requires ImportId/, ['required-member-missing']],
    ['StopImport', { ImportId: undefined }, 'InvalidParameterException', /must be set/, ['required-member-missing']],
    ['ListImportFailures', { MaxResults: 5 }, 'InvalidParameterException', /ListImportFailures requires ImportId/, ['required-member-missing']],
    ['GetImport', { ImportId: 'EXAMPLEe-7be2-4658-9204-b38c3257fcd1' }, 'InvalidParameterException', /import-id-invalid/, ['import-id-invalid']],
    ['StopImport', { ImportId: 42 }, 'InvalidParameterException', /type-mismatch: must be a string \(got the number 42\)/, ['type-mismatch']],
    ['GetImport', { ImportId: ID, importId: ID }, 'InvalidParameterException', /\/importId error unknown-member/, ['unknown-member']],
    ['ListImports', { MaxResults: 0 }, 'InvalidParameterException', /\/MaxResults error max-results-out-of-range: must be a whole number from 1 to 1000 \(got 0\)/, ['max-results-out-of-range']],
    ['ListImports', { MaxResults: 1001 }, 'InvalidParameterException', /got 1001/, ['max-results-out-of-range']],
    ['ListImportFailures', { ImportId: ID, MaxResults: 2.5 }, 'InvalidParameterException', /must be an integer \(got the number 2\.5\)/, ['type-mismatch']],
    ['ListImports', { MaxResults: '10' }, 'InvalidParameterException', /type-mismatch/, ['type-mismatch']],
    ['ListImports', { NextToken: 'abc' }, 'InvalidNextTokenException', /must be 4–1000 characters long \(got 3\)/, ['next-token-length']],
    ['ListImports', { NextToken: 'x'.repeat(1001) }, 'InvalidNextTokenException', /got 1001/, ['next-token-length']],
    ['ListImports', { ImportStatus: 'RUNNING' }, 'InvalidParameterException', /must be one of INITIALIZING, IN_PROGRESS, FAILED, STOPPED, COMPLETED/, ['import-status-filter-invalid']],
    ['ListImports', { Destination: 'ab' }, 'InvalidParameterException', /destination-length/, ['destination-length']],
    ['ListImports', { Destination: 'arn:aws:cloudtrail:us-east-1:123456789012:event data store' }, 'InvalidParameterException', /destination-pattern/, ['destination-pattern', 'destination-filter-not-event-data-store']],
    ['ListImports', { __proto__: null, Limit: 1 }, 'InvalidParameterException', /\/Limit error unknown-member/, ['unknown-member']],
  ] as const)('rejects %s %j with %s', (operation, input, name, message, codes) => {
    const error = errorOf(createFakeCloudTrailImports().handle(operation, input));
    expect(error.name).toBe(name);
    expect(error.message).toMatch(message);
    expect(error.violations.map((v) => v.code)).toEqual(codes);
  });

  it.each(['GetImport', 'ListImports', 'StopImport', 'ListImportFailures'] as const)('rejects a %s input that is not a structure with InvalidParameterException, without throwing', (operation) => {
    const fake = createFakeCloudTrailImports();
    for (const input of [undefined, null, 'x', 7, [{ ImportId: ID }]]) {
      const error = errorOf(fake.handle(operation, input));
      expect(error.name).toBe('InvalidParameterException');
      expect(error.violations.map((v) => v.code)).toEqual(['type-mismatch']);
    }
  });

  it.each([
    'arn:aws:cloudtrail:us-east-1:123456789012:trail/management',
    `arn:aws:cloudtrail:cn-north-1:123456789012:eventdatastore/${ID}`,
  ])('answers a ListImports Destination filter of the model that names no event data store (%s) with no imports: it matches none', (Destination) => {
    const { fake } = withImports(2);
    expect(outputOf(fake.handle('ListImports', { Destination }))).toEqual({ Imports: [] });
  });

  it('refuses a null member of a wire input as the validators do (type-mismatch), where the sdk shape takes it as absent', () => {
    // Before: the read operations read every input in the sdk shape, and answered { MaxResults: null } over the wire.
    const fake = createFakeCloudTrailImports();
    for (const [operation, input] of [
      ['ListImports', { MaxResults: null }],
      ['ListImportFailures', { ImportId: ID, NextToken: null }],
      ['GetImport', { ImportId: null }],
      ['StopImport', { ImportId: null }],
    ] as const) {
      const error = errorOf(fake.handle(operation, input, { shape: 'wire' }));
      expect(error.violations.map((v) => v.code), operation).toEqual(['type-mismatch']);
      expect(error.name).toBe('InvalidParameterException');
    }
  });

  it('treats null and undefined members as absent, as the SDK leaves them out', () => {
    expect(outputOf(createFakeCloudTrailImports().handle('ListImports', { MaxResults: null, NextToken: undefined, Extra: undefined }))).toEqual({ Imports: [] });
  });
});

describe('FakeCloudTrailImports.handle', () => {
  it("types an output by the operation and the shape's timestamps", () => {
    const { fake } = withImports(1);
    const listed = fake.handle('ListImports', {});
    expectTypeOf(listed).toEqualTypeOf<FakeOutcome<'ListImports', Date>>();
    if (!listed.ok) throw new Error('expected a list');
    expect(listed.output.Imports?.[0]?.CreatedTimestamp).toEqual(NOW);
    const wire = fake.handle('ListImports', {}, { shape: 'wire' });
    expectTypeOf(wire).toEqualTypeOf<FakeOutcome<'ListImports', number>>();
    if (!wire.ok) throw new Error('expected a list');
    expectTypeOf(wire.output).toEqualTypeOf<ListImportsOutput<number>>();
    expect(wire.output.Imports?.[0]?.CreatedTimestamp).toBe(NOW.getTime() / 1000);
  });
});
