import { describe, expect, it } from 'vitest';
import { planImport, planImportStream, PlanRequestError, readListObjectsV2, SKIP_REASONS } from '../../src/plan/index.js';
import { EXAMPLE_LISTING, EXAMPLE_REQUEST, newImport, without } from './support.js';

const A = '111122223333';
const key = (region: string, day: string, minute: string, unique = 'a1B2c3D4e5F6g7H8'): string =>
  `AWSLogs/${A}/CloudTrail/${region}/${day.slice(0, 4)}/${day.slice(4, 6)}/${day.slice(6, 8)}/${A}_CloudTrail_${region}_${day}T${minute}Z_${unique}.json.gz`;
function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('did not throw');
}
const REQUEST = newImport(`s3://example-trail-logs/AWSLogs/${A}/CloudTrail/`, '2024-01-09T00:00:00Z', '2024-01-09T23:59:59Z');

describe('planImport', () => {
  it('selects, skips and flags the example listing as its comments say', () => {
    const plan = planImport(EXAMPLE_REQUEST, [EXAMPLE_LISTING]);
    expect(plan.bucket).toBe('example-trail-logs');
    expect(plan.prefix).toBe(`AWSLogs/${A}/`);
    expect(plan.listed).toEqual({ files: 16, bytes: 211_988, filesWithoutSize: 0 });
    expect(plan.selected).toMatchObject({ files: 6, bytes: 119_417, estimatedUncompressedBytes: 1_194_170, earliest: '2024-01-09T00:00:00.000Z', latest: '2024-01-10T12:00:00.000Z' });
    expect(Object.fromEntries(SKIP_REASONS.map((reason) => [reason, plan.skipped[reason].files]))).toEqual({
      'outside-prefix': 2,
      'not-cloudtrail-log': 3,
      'not-json-gz': 2,
      'log-date-unreadable': 1,
      'outside-time-range': 2,
    });
    expect(plan.skipped['log-date-unreadable'].examples).toEqual([`AWSLogs/${A}/CloudTrail/us-east-1/misc/notes.json.gz`]);
    expect(plan.needsRestore).toMatchObject({ files: 2, bytes: 76_337, byStorageClass: { GLACIER: 1, DEEP_ARCHIVE: 1 } });
    expect(plan.warnings).toEqual([]);
    expect(plan.assumptions.join('\n')).toMatch(/inclusive/);
  });

  it('counts a file whose minute is the first or the last of the range, and not the minutes around it', () => {
    const request = newImport(`s3://b-logs/AWSLogs/${A}/CloudTrail/`, '2024-01-09T10:00:30Z', '2024-01-09T11:00:00Z');
    const plan = planImport(request, [key('us-east-1', '20240109', '0959'), key('us-east-1', '20240109', '1000'), key('us-east-1', '20240109', '1100'), key('us-east-1', '20240109', '1101')], { keepKeys: true });
    expect(plan.selected.keys).toEqual([key('us-east-1', '20240109', '1000'), key('us-east-1', '20240109', '1100')]);
    expect(plan.skipped['outside-time-range'].keys).toEqual([key('us-east-1', '20240109', '0959'), key('us-east-1', '20240109', '1101')]);
  });

  it('reports plain keys as having no size', () => {
    const plan = planImport(REQUEST, [key('us-east-1', '20240109', '1105')]);
    expect(plan.selected).toMatchObject({ files: 1, bytes: 0, filesWithoutSize: 1 });
  });

  it('skips digest and insight files unless includeTrees names their tree', () => {
    const root = newImport('s3://b-logs/', '2024-01-09T00:00:00Z', '2024-01-09T23:59:59Z');
    const insight = `AWSLogs/${A}/CloudTrail-Insight/us-east-1/2024/01/09/${A}_CloudTrail-Insight_us-east-1_20240109T1105Z_a1B2c3D4e5F6g7H8.json.gz`;
    expect(planImport(root, [insight]).skipped['not-cloudtrail-log'].files).toBe(1);
    expect(planImport(root, [insight], { includeTrees: ['CloudTrail-Insight'] }).selected.files).toBe(1);
  });

  it('reads organization trails and keys under a prefix of the bucket', () => {
    const root = newImport('s3://b-logs/team/', '2024-01-09T00:00:00Z', '2024-01-09T23:59:59Z');
    const org = `team/AWSLogs/o-a1b2c3d4e5/${A}/CloudTrail/us-east-1/2024/01/09/${A}_CloudTrail_us-east-1_20240109T1105Z_x.json.gz`;
    expect(planImport(root, [org]).selected.files).toBe(1);
  });

  it('flags GLACIER and DEEP_ARCHIVE objects for a restore but not GLACIER_IR', () => {
    const objects = ['GLACIER', 'DEEP_ARCHIVE', 'GLACIER_IR', 'STANDARD_IA'].map((StorageClass, i) => ({ Key: key('us-east-1', '20240109', `110${String(i)}`), Size: 10, StorageClass }));
    const plan = planImport(REQUEST, objects);
    expect(plan.needsRestore).toEqual({ files: 2, bytes: 20, filesWithoutSize: 0, byStorageClass: { GLACIER: 1, DEEP_ARCHIVE: 1 }, examples: [objects[0]?.Key, objects[1]?.Key] });
  });

  it('keeps at most sampleSize examples per reason and no key lists by default', () => {
    const outside = Array.from({ length: 20 }, (_, i) => `other/${String(i)}.json.gz`);
    const plan = planImport(REQUEST, outside, { sampleSize: 3 });
    expect(plan.skipped['outside-prefix']).toEqual({ files: 20, bytes: 0, filesWithoutSize: 20, examples: outside.slice(0, 3) });
  });

  it('throws a PlanRequestError naming the violations when the request is invalid', () => {
    const bad = { ...REQUEST, EndEventTime: '2023-01-01T00:00:00Z' };
    const error = thrownBy(() => planImport(bad, []));
    expect(error).toBeInstanceOf(PlanRequestError);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as PlanRequestError).violations.map((v) => v.code)).toEqual(['time-range-reversed']);
    expect((error as Error).message).toMatch(/^the request is not a valid StartImport request:\n.*error time-range-reversed: /);
  });

  it('throws a PlanRequestError carrying the members a retry lacks when the request is a retry', () => {
    const error = thrownBy(() => planImport({ ImportId: '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b' }, []));
    expect(error).toBeInstanceOf(PlanRequestError);
    expect((error as Error).message).toMatch(/must be a new import .*not a retry/);
    expect((error as PlanRequestError).violations.map((v) => [v.code, v.path, v.severity])).toEqual([
      ['new-import-missing-destinations', '/Destinations', 'error'],
      ['new-import-missing-import-source', '/ImportSource', 'error'],
    ]);
  });

  it('plans a new import without a time range over every log under the prefix, as AWS imports them', () => {
    const unbounded = without(REQUEST, 'StartEventTime', 'EndEventTime');
    const keys = [key('us-east-1', '20150101', '0000'), key('us-east-1', '20240109', '1105'), key('eu-west-1', '20991231', '2359'), 'elsewhere/x.json.gz'];
    const plan = planImport(unbounded, keys);
    expect(plan.selected).toMatchObject({ files: 3, earliest: '2015-01-01T00:00:00.000Z', latest: '2099-12-31T23:59:00.000Z' });
    expect(plan.skipped['outside-time-range'].files).toBe(0);
    expect(plan).not.toHaveProperty('startEventTime');
    expect(plan).not.toHaveProperty('endEventTime');
    expect(plan.warnings).toEqual([]);
  });

  it('plans a new import with one bound as open on the other side, keeping the half-open warning', () => {
    const fromOnly = without(REQUEST, 'EndEventTime');
    const plan = planImport(fromOnly, [key('us-east-1', '20240108', '2359'), key('us-east-1', '20240109', '0000'), key('us-east-1', '20990101', '0000')]);
    expect(plan.selected.files).toBe(2);
    expect(plan.startEventTime).toBe('2024-01-09T00:00:00.000Z');
    expect(plan).not.toHaveProperty('endEventTime');
    expect(plan.warnings.map((v) => v.code)).toEqual(['time-range-half-open']);
  });

  it.each([
    [[42], 'listing entry 0: must be a key, a list-objects-v2 Contents item or page (got the number 42)'],
    [['x', { Key: 7 }], 'listing entry 1: Key must be a string (got the number 7)'],
    [[{ Key: 'k', Size: -1 }], 'listing entry 0: Size must be a whole number of bytes (got the number -1)'],
    [[{ Contents: 'no' }], 'listing entry 0: Contents must be an array (got the string \'no\')'],
    [[{ Owner: {} }], 'listing entry 0: has neither Key nor Contents'],
  ])('throws a TypeError naming the entry when the listing holds %j', (objects, message) => {
    expect(() => planImport(REQUEST, objects as never)).toThrow(new TypeError(message));
  });

  it('names the entry that throws while read, and refuses a listing that is no iterable, naming the function', async () => {
    const throwing = Object.defineProperty({}, 'Key', { enumerable: true, get: (): never => { throw new Error('Key unreadable'); } });
    expect(() => planImport(REQUEST, ['x', throwing] as never)).toThrow(new TypeError('listing entry 1: cannot be read (reading it threw: Key unreadable)'));
    expect(() => planImport(REQUEST, [{ Contents: [{ Key: 'a' }, throwing] }] as never)).toThrow(new TypeError('listing entry 1: cannot be read (reading it threw: Key unreadable)'));
    for (const objects of [null, undefined, 42, {}]) {
      expect(() => planImport(REQUEST, objects as never)).toThrow(/^planImport: objects must be an iterable of keys, list-objects-v2 Contents items or pages \(got /);
      await expect(planImportStream(REQUEST, objects as never)).rejects.toThrow(/^planImportStream: objects must be an iterable or async iterable /);
    }
    expect(() => readListObjectsV2(null as never)).toThrow(new TypeError('readListObjectsV2: source must be an async iterable of text or bytes, such as a read stream (got null)'));
    async function* numbers(): AsyncGenerator {
      await Promise.resolve();
      yield 5;
    }
    await expect(planImportStream(REQUEST, readListObjectsV2(numbers() as never))).rejects.toThrow(
      new TypeError('readListObjectsV2: a listing chunk must be text or bytes (a string or a Uint8Array such as a Buffer; got the number 5)'),
    );
  });

  // A string iterates as its characters, each planned as a key: a listing file's name is the likely mistake.
  it('refuses a string for objects, naming how a listing file is read', async () => {
    const message = "objects must be a listing's entries, not a string (got the string 'listing.json'); a listing file is read with readListObjectsV2(createReadStream(path))";
    expect(() => planImport(REQUEST, 'listing.json' as never)).toThrow(new TypeError(`planImport: ${message}`));
    await expect(planImportStream(REQUEST, 'listing.json' as never)).rejects.toThrow(new TypeError(`planImportStream: ${message}`));
  });

  // Each of these was read as something else: a string's characters as tree names, 'no' as true, a number as no trees.
  it.each([
    [{ includeTrees: 'CloudTrail-Insight' }, "options.includeTrees must be an array of folder names beside CloudTrail/ (got the string 'CloudTrail-Insight')"],
    [{ includeTrees: 42 }, 'options.includeTrees must be an array of folder names beside CloudTrail/ (got the number 42)'],
    [{ includeTrees: ['CloudTrail-Insight', 7] }, 'options.includeTrees holds the number 7, not a folder name'],
    [{ keepKeys: 'no' }, "options.keepKeys must be true or false (got the string 'no')"],
    [{ keepKeys: 1 }, 'options.keepKeys must be true or false (got the number 1)'],
    [{ keepKeys: null }, 'options.keepKeys must be true or false (got null)'],
  ])('refuses the options %j with a TypeError naming the option', async (options, message) => {
    expect(() => planImport(REQUEST, [], options as never)).toThrow(new TypeError(`planImport: ${message}`));
    await expect(planImportStream(REQUEST, [], options as never)).rejects.toThrow(new TypeError(`planImportStream: ${message}`));
  });

  it.each([-1, 2.5, '5', null, Object.create(null) as unknown])('refuses a sampleSize of %s with a RangeError naming it', (sampleSize) => {
    expect(() => planImport(REQUEST, [], { sampleSize } as never)).toThrow(RangeError);
    expect(() => planImport(REQUEST, [], { sampleSize } as never)).toThrow(/^planImport: options\.sampleSize must be a whole number ≥ 0 \(got /);
  });

  it('lists nothing for a page without Contents', () => {
    expect(planImport(REQUEST, [{ KeyCount: 0, IsTruncated: false } as never]).listed.files).toBe(0);
  });
});

describe('planImportStream', () => {
  it('plans an async listing as planImport plans the same listing', async () => {
    async function* entries(): AsyncGenerator {
      await Promise.resolve();
      yield* EXAMPLE_LISTING.Contents ?? [];
    }
    expect(await planImportStream(EXAMPLE_REQUEST, entries() as never)).toEqual(planImport(EXAMPLE_REQUEST, [EXAMPLE_LISTING]));
  });
});
