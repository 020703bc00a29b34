import { describe, expect, it } from 'vitest';
import { createFakeCloudTrailImports, type FakeCloudTrailImports } from '../../src/fake/index.js';
import { errorOf, idOf, NOW, newRequest, outputOf } from './helpers.js';

function started(options: Parameters<typeof createFakeCloudTrailImports>[0] = { now: NOW }): { fake: FakeCloudTrailImports; id: string } {
  const fake = createFakeCloudTrailImports(options);
  return { fake, id: idOf(fake.handle('StartImport', newRequest())) };
}

describe('FakeCloudTrailImports.advance', () => {
  it.each([
    [[], 'IN_PROGRESS'],
    [[], 'COMPLETED'],
    [[], 'FAILED'],
    [['IN_PROGRESS'], 'COMPLETED'],
    [['IN_PROGRESS'], 'FAILED'],
  ] as const)('moves an import through %j to %s, updating it at the clock', (path, status) => {
    const { fake, id } = started();
    for (const step of path) fake.advance(id, step);
    fake.clock.advanceBy(1000);
    fake.advance(id, status);
    expect(fake.getRecord(id)).toMatchObject({ ImportStatus: status, CreatedTimestamp: NOW, UpdatedTimestamp: new Date(NOW.getTime() + 1000) });
  });

  it.each([
    [['COMPLETED'], 'IN_PROGRESS', /cannot move from COMPLETED to IN_PROGRESS \(COMPLETED is final\)/],
    [['FAILED'], 'COMPLETED', /cannot move from FAILED to COMPLETED/],
    [['IN_PROGRESS'], 'IN_PROGRESS', /cannot move from IN_PROGRESS to IN_PROGRESS \(only to COMPLETED or FAILED\)/],
  ] as const)('throws a TypeError naming the id and the move after %j to %s', (path, status, message) => {
    const { fake, id } = started();
    for (const step of path) fake.advance(id, step);
    expect(() => {
      fake.advance(id, status);
    }).toThrow(TypeError);
    expect(() => {
      fake.advance(id, status);
    }).toThrow(message);
    expect(() => {
      fake.advance(id, status);
    }).toThrow(id);
  });

  it('throws a TypeError for a STOPPED import, an unknown id, or a status it cannot set', () => {
    const { fake, id } = started();
    outputOf(fake.handle('StopImport', { ImportId: id }));
    expect(() => {
      fake.advance(id, 'FAILED');
    }).toThrow(/cannot move from STOPPED to FAILED/);
    expect(() => {
      fake.advance('4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b', 'COMPLETED');
    }).toThrow(/no import '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b'/);
    expect(() => {
      fake.advance(id, 'STOPPED' as 'FAILED');
    }).toThrow(/STOPPED comes from StopImport/);
  });

  it('throws a TypeError for COMPLETED with failures, and changes nothing', () => {
    const { fake, id } = started();
    expect(() => {
      fake.advance(id, 'COMPLETED', { failures: [{ Location: 's3://bucket/key' }] });
    }).toThrow(/COMPLETED means no failures/);
    expect(fake.getRecord(id)?.ImportStatus).toBe('INITIALIZING');
  });

  it('records one generic failure for FAILED without failures, and FailedEntries follows', () => {
    const { fake, id } = started();
    fake.advance(id, 'FAILED');
    const record = fake.getRecord(id);
    expect(record?.failures).toEqual([
      { Location: newRequest().ImportSource?.S3?.S3LocationUri, Status: 'FAILED', ErrorType: 'ImportFailure', ErrorMessage: 'The import failed.', LastUpdatedTime: NOW },
    ]);
    expect(record?.ImportStatistics.FailedEntries).toBe(1);
  });

  it('records the failures given with their defaults, merges statistics, and keeps a FailedEntries given', () => {
    const { fake, id } = started();
    fake.advance(id, 'IN_PROGRESS', { statistics: { PrefixesFound: 4, FilesCompleted: 10 } });
    const at = new Date('2026-11-23T00:00:00Z');
    fake.advance(id, 'FAILED', {
      failures: [{ Location: 's3://b/one.json.gz' }, { Location: 's3://b/two.json.gz', Status: 'RETRY', ErrorType: 'AccessDenied', ErrorMessage: 'no', LastUpdatedTime: at }],
      statistics: { FilesCompleted: 12 },
    });
    const record = fake.getRecord(id);
    expect(record?.ImportStatistics).toEqual({ PrefixesFound: 4, PrefixesCompleted: 0, FilesCompleted: 12, EventsCompleted: 0, FailedEntries: 2 });
    expect(record?.failures[0]).toMatchObject({ Location: 's3://b/one.json.gz', Status: 'FAILED', ErrorType: 'ImportFailure', LastUpdatedTime: NOW });
    expect(record?.failures[1]).toEqual({ Location: 's3://b/two.json.gz', Status: 'RETRY', ErrorType: 'AccessDenied', ErrorMessage: 'no', LastUpdatedTime: at });
    const other = started();
    other.fake.advance(other.id, 'FAILED', { failures: [{ Location: 's3://b/x' }], statistics: { FailedEntries: 250 } });
    expect(other.fake.getRecord(other.id)?.ImportStatistics.FailedEntries).toBe(250);
  });

  it('throws a TypeError for malformed details', () => {
    const { fake, id } = started();
    expect(() => {
      fake.advance(id, 'FAILED', { failures: [{ Location: 3 as unknown as string }] });
    }).toThrow(/details\.failures\[0\]\.Location must be a string/);
    expect(() => {
      fake.advance(id, 'IN_PROGRESS', { statistics: { EventsCompleted: -1 } });
    }).toThrow(/EventsCompleted must be an integer ≥ 0/);
    expect(() => {
      fake.advance(id, 'IN_PROGRESS', { statistics: { Events: 1 } as never });
    }).toThrow(/Events is not a member of ImportStatistics/);
  });

  it('throws a TypeError for a misspelt member of the details or of a failure, which would be read as none given', () => {
    const { fake, id } = started();
    // `failure` for `failures`: FAILED would record its one generic failure instead of the one given.
    expect(() => {
      fake.advance(id, 'FAILED', { failure: [{ Location: 's3://b/x' }] } as never);
    }).toThrow(new TypeError(`advance('${id}', the string 'FAILED'): details: unknown member 'failure' (known: failures, statistics)`));
    expect(() => {
      fake.advance(id, 'FAILED', { failures: [{ Location: 's3://b/x', status: 'RETRY' }] } as never);
    }).toThrow(new TypeError(`advance('${id}', the string 'FAILED'): details.failures[0]: unknown member 'status' (known: Location, Status, ErrorType, ErrorMessage, LastUpdatedTime)`));
    expect(fake.getRecord(id)?.ImportStatus).toBe('INITIALIZING');
  });

  it('throws a TypeError naming an id that is no string', () => {
    const { fake } = started();
    for (const [id, got] of [[Symbol('id'), 'a symbol'], [42, 'the number 42'], [undefined, 'nothing']] as const) {
      expect(() => { fake.advance(id as never, 'FAILED'); }).toThrow(new TypeError(`advance: importId must be a string, an ImportId the fake gave (got ${got})`));
    }
  });
});

describe('FakeCloudTrailImports GetImport and StopImport', () => {
  it('answers GetImport with the import and its statistics', () => {
    const { fake, id } = started();
    fake.advance(id, 'IN_PROGRESS', { statistics: { EventsCompleted: 7 } });
    expect(outputOf(fake.handle('GetImport', { ImportId: id }))).toMatchObject({ ImportId: id, ImportStatus: 'IN_PROGRESS', ImportStatistics: { EventsCompleted: 7, FailedEntries: 0 } });
  });

  it('rejects GetImport and StopImport of an unknown id, or one of another Region, with ImportNotFoundException (404)', () => {
    const { fake, id } = started();
    for (const operation of ['GetImport', 'StopImport'] as const) {
      expect(errorOf(fake.handle(operation, { ImportId: '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b' }))).toMatchObject({ name: 'ImportNotFoundException', status: 404 });
      expect(errorOf(fake.handle(operation, { ImportId: id }, { region: 'eu-west-1' })).name).toBe('ImportNotFoundException');
    }
  });

  it.each(['INITIALIZING', 'IN_PROGRESS'] as const)('stops an import %s and answers it with its statistics', (status) => {
    const { fake, id } = started();
    if (status === 'IN_PROGRESS') fake.advance(id, 'IN_PROGRESS');
    fake.clock.advanceBy(5000);
    const output = outputOf(fake.handle('StopImport', { ImportId: id }));
    expect(output).toMatchObject({ ImportId: id, ImportStatus: 'STOPPED', UpdatedTimestamp: new Date(NOW.getTime() + 5000), ImportStatistics: { FailedEntries: 0 } });
    idOf(fake.handle('StartImport', newRequest()));
  });

  it.each(['COMPLETED', 'FAILED', 'STOPPED'] as const)('rejects stopping an import %s with OperationNotPermittedException', (status) => {
    const { fake, id } = started();
    if (status === 'STOPPED') outputOf(fake.handle('StopImport', { ImportId: id }));
    else fake.advance(id, status);
    expect(errorOf(fake.handle('StopImport', { ImportId: id })).name).toBe('OperationNotPermittedException');
  });
});

describe('createFakeCloudTrailImports({ autoAdvance })', () => {
  it('moves an import one step toward COMPLETED on each GetImport', () => {
    const { fake, id } = started({ autoAdvance: true });
    expect(fake.getRecord(id)?.ImportStatus).toBe('INITIALIZING');
    const seen = [1, 2, 3].map(() => outputOf(fake.handle('GetImport', { ImportId: id }))['ImportStatus']);
    expect(seen).toEqual(['IN_PROGRESS', 'COMPLETED', 'COMPLETED']);
  });

  it('moves imports toward FAILED, with a generic failure, on each ListImports that looks at them', () => {
    const { fake, id } = started({ autoAdvance: { outcome: 'FAILED' } });
    outputOf(fake.handle('ListImports', {}));
    expect(fake.getRecord(id)?.ImportStatus).toBe('IN_PROGRESS');
    outputOf(fake.handle('ListImports', { Destination: newRequest().Destinations?.[0] }));
    expect(fake.getRecord(id)).toMatchObject({ ImportStatus: 'FAILED', ImportStatistics: { FailedEntries: 1 } });
  });

  it('leaves imports alone without auto mode, and when ListImports filters them out by Destination', () => {
    const { fake, id } = started();
    outputOf(fake.handle('GetImport', { ImportId: id }));
    expect(fake.getRecord(id)?.ImportStatus).toBe('INITIALIZING');
    const auto = started({ autoAdvance: true });
    outputOf(auto.fake.handle('ListImports', { Destination: '9c8d7e6f-5a4b-4c3d-8e2f-1a0b9c8d7e6f' }));
    expect(auto.fake.getRecord(auto.id)?.ImportStatus).toBe('INITIALIZING');
  });

  it('throws a TypeError for an outcome other than COMPLETED or FAILED', () => {
    expect(() => createFakeCloudTrailImports({ autoAdvance: { outcome: 'STOPPED' as 'FAILED' } })).toThrow(/options\.autoAdvance must be/);
  });
});

describe('FakeCloudTrailImports.clock', () => {
  it('starts at options.now, moves only when told, and stamps new imports with its time', () => {
    const fake = createFakeCloudTrailImports({ now: '2026-11-24T00:00:00Z' });
    expect(fake.clock.now()).toEqual(NOW);
    fake.clock.advanceBy(90_000);
    expect(fake.clock.now()).toEqual(new Date(NOW.getTime() + 90_000));
    fake.clock.set(0);
    expect(fake.clock.now()).toEqual(new Date(0));
    fake.clock.set(NOW);
    const id = idOf(fake.handle('StartImport', newRequest()));
    expect(fake.getRecord(id)?.CreatedTimestamp).toEqual(NOW);
  });

  it('starts at the system time by default', () => {
    const before = Date.now();
    const now = createFakeCloudTrailImports().clock.now().getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });

  it('hands out copies: changing a Date it returned does not move it', () => {
    const fake = createFakeCloudTrailImports({ now: NOW });
    fake.clock.now().setTime(0);
    expect(fake.clock.now()).toEqual(NOW);
  });

  it('throws a TypeError for an invalid time or a negative step', () => {
    const fake = createFakeCloudTrailImports({ now: NOW });
    expect(() => {
      fake.clock.set('yesterday');
    }).toThrow(/clock\.set\(time\) must be a valid Date/);
    expect(() => {
      fake.clock.advanceBy(-1);
    }).toThrow(/≥ 0/);
    expect(() => createFakeCloudTrailImports({ now: new Date(Number.NaN) })).toThrow(/options\.now must be a valid Date/);
  });
});
