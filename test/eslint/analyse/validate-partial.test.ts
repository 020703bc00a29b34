import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { invalidStartImportRequest, startImportRequest } from '../../../src/arbitraries/index.js';
import { loadImportPolicy } from '../../../src/policy/index.js';
import { pointer, ruleCatalogue, type Violation } from '../../../src/rules/index.js';
import { validatePartialStartImportRequest, validateStartImportRequest } from '../../../src/validate/index.js';
import { PARTIAL_REQUEST_NEEDS } from '../../../src/validate/validate-partial.js';
import { NOW } from '../../arbitraries/support/labelled.js';

const EDS = 'arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/0b2f7a4c-9f3e-4c1d-8a55-6c1e2f3d4b5a';
const CN_EDS = 'arn:aws-cn:cloudtrail:cn-north-1:123456789012:eventdatastore/0b2f7a4c-9f3e-4c1d-8a55-6c1e2f3d4b5a';
const S3 = {
  S3LocationUri: 's3://example-trail-logs/AWSLogs/123456789012/CloudTrail/',
  S3BucketRegion: 'us-east-1',
  S3BucketAccessRoleArn: 'arn:aws:iam::123456789012:role/CloudTrailLakeImportRole',
};
const START = new Date('2024-01-01T00:00:00Z');
const END = new Date('2024-02-01T00:00:00Z');
const IMPORT_ID = '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b';

const set = (...paths: string[]): ReadonlySet<string> => new Set(paths);
const codes = (violations: readonly Violation[]): string[] => violations.map((v) => `${v.code} ${v.path}`);
const partial = (known: unknown, unknown: readonly string[] = [], open: readonly string[] = []): string[] =>
  codes(validatePartialStartImportRequest(known, { unknown: set(...unknown), open: set(...open), now: NOW }).violations);

describe('validatePartialStartImportRequest', () => {
  it('reports exactly what the validator reports when everything is known', () => {
    const request = { Destination: [EDS], ImportSource: { S3: { ...S3, S3BucketRegion: 'US-EAST-1' } }, StartEventTime: END, EndEventTime: START };
    expect(partial(request)).toEqual(codes(validateStartImportRequest(request, { shape: 'sdk', now: NOW }).violations));
    expect(partial(request)).toEqual([
      'unknown-member /Destination',
      'new-import-missing-destinations /Destinations',
      's3-bucket-region-invalid /ImportSource/S3/S3BucketRegion',
      'time-range-reversed /StartEventTime',
    ]);
  });

  it('gives the result of its example', () => {
    const result = validatePartialStartImportRequest(
      { ImportSource: { S3: { S3LocationUri: 'https://example.com/logs' } } },
      { unknown: new Set(['/ImportSource/S3/S3BucketRegion', '/ImportSource/S3/S3BucketAccessRoleArn']) },
    );
    expect(result.violations.map((v) => v.code)).toEqual(['new-import-missing-destinations', 's3-location-uri-invalid']);
  });

  it('counts an unknown member as present: no missing-member violation for it', () => {
    expect(partial({ ImportSource: { S3: {} } }, ['/Destinations', '/ImportSource/S3/S3LocationUri', '/ImportSource/S3/S3BucketRegion', '/ImportSource/S3/S3BucketAccessRoleArn'])).toEqual([]);
  });

  it('reports no violation at or under an unknown pointer, whatever the known value holds there', () => {
    const request = { Destinations: ['not an arn'], ImportSource: { S3: { ...S3, S3BucketRegion: 'nowhere' } } };
    expect(partial(request, ['/Destinations/0', '/ImportSource/S3'])).toEqual([]);
    expect(partial(request, ['/Destinations'])).toEqual(['s3-bucket-region-invalid /ImportSource/S3/S3BucketRegion']);
  });

  it('still rejects a misspelt key whose value is unknown: the key is written', () => {
    expect(partial({ ImportSource: { S3 }, Destination: undefined }, ['/Destination'])).toEqual(['unknown-member /Destination', 'new-import-missing-destinations /Destinations']);
  });

  it('reports no absence an open object could fill', () => {
    expect(partial({}, [], [''])).toEqual([]);
    expect(partial({ Destinations: [EDS] }, [], [''])).toEqual([]);
    expect(partial({ Destinations: [EDS], ImportSource: {} }, [], ['/ImportSource'])).toEqual([]);
    expect(partial({ Destinations: [EDS], ImportSource: { S3: { S3BucketRegion: 'us-east-1' } } }, [], ['/ImportSource/S3'])).toEqual([]);
    expect(partial({ Destinations: [EDS], ImportSource: { S3 }, StartEventTime: START }, [], [''])).toEqual([]);
  });

  it('keeps the checks of known values in an open object, and members written as null are surely absent', () => {
    expect(partial({ ImportId: 'NOT-AN-ID', Destinations: null }, [], [''])).toEqual(['import-id-invalid /ImportId']);
    expect(partial({ Destinations: [EDS], ImportSource: null, ImportId: undefined }, [], [''])).toEqual(['new-import-missing-import-source /ImportSource']);
    // Without ImportId written, a spread could make it a retry: nothing is missing then.
    expect(partial({ Destinations: [EDS], ImportSource: null }, [], [''])).toEqual([]);
  });

  it('does not count an open list, but checks its known items', () => {
    expect(partial({ Destinations: [EDS, 'bad one'], ImportSource: { S3 } }, [], ['/Destinations'])).toEqual([
      'destination-pattern /Destinations/1',
      'destination-not-event-data-store /Destinations/1',
    ]);
    expect(partial({ Destinations: [], ImportSource: { S3 } }, [], ['/Destinations'])).toEqual([]);
    expect(partial({ Destinations: [EDS, EDS], ImportSource: { S3 } }, ['/Destinations/1'])).toEqual(['destinations-count /Destinations']);
  });

  it('compares partitions only when all three members are settled', () => {
    const request = { Destinations: [CN_EDS], ImportSource: { S3 } };
    expect(partial(request)).toEqual(['partition-mismatch /ImportSource/S3/S3BucketAccessRoleArn', 'partition-mismatch /ImportSource/S3/S3BucketRegion']);
    expect(partial(request, ['/StartEventTime'])).toEqual(partial(request));
    expect(partial(request, ['/Destinations/0'])).toEqual([]);
    expect(partial({ Destinations: [CN_EDS], ImportSource: { S3: { S3BucketRegion: 'us-east-1' } } }, [], ['/ImportSource/S3'])).toEqual([]);
    expect(partial(request, [], ['/Destinations'])).toEqual([]);
  });

  it('reports a retry with new-import members only when both are known', () => {
    const request = { ImportId: IMPORT_ID, Destinations: [EDS], StartEventTime: START };
    expect(partial(request)).toEqual(['retry-with-new-import-params /Destinations', 'retry-with-new-import-params /StartEventTime']);
    expect(partial(request, ['/ImportId'])).toEqual([]);
    expect(partial(request, ['/Destinations'])).toEqual(['retry-with-new-import-params /StartEventTime']);
    expect(partial(request, [], [''])).toEqual(partial(request));
  });

  it('reports a retry whose ImportId is unknown but defined (surely present), and only then', () => {
    const request = { Destinations: [EDS], StartEventTime: START };
    const retry = (defined: readonly string[]): string[] =>
      codes(validatePartialStartImportRequest({ ...request, ImportId: undefined }, { unknown: set('/ImportId'), defined: set(...defined), now: NOW }).violations);
    expect(retry(['/ImportId'])).toEqual(['retry-with-new-import-params /Destinations', 'retry-with-new-import-params /StartEventTime']);
    expect(retry([])).toEqual([]);
    expect(() => validatePartialStartImportRequest(request, { defined: set('/ImportId') })).toThrow(
      new TypeError("validatePartialStartImportRequest: defined pointer '/ImportId' is not one of the unknown pointers"),
    );
  });

  it('reports a key of no member written as undefined, which the validator reads as absent: the key is written', () => {
    const request = { Destinations: [EDS], ImportSource: { S3 }, importId: undefined, ImportId: undefined };
    expect(codes(validateStartImportRequest(request, { shape: 'sdk', now: NOW }).violations)).toEqual([]);
    expect(partial(request)).toEqual(['unknown-member /importId']);
    expect(partial({ ...request, Destinations: undefined }, ['/ImportSource'])).toEqual(['unknown-member /importId', 'new-import-missing-destinations /Destinations']);
  });

  it('checks the time range of a surely new import with both bounds known', () => {
    const reversed = { Destinations: [EDS], ImportSource: { S3 }, StartEventTime: END, EndEventTime: START };
    expect(partial(reversed)).toEqual(['time-range-reversed /StartEventTime']);
    expect(partial(reversed, ['/ImportSource'])).toEqual(['time-range-reversed /StartEventTime']);
    expect(partial(reversed, ['/EndEventTime'])).toEqual([]);
    expect(partial(reversed, ['/ImportId'])).toEqual([]);
    // A spread might bring an ImportId: then the bounds are a retry's, not a range.
    expect(partial(reversed, [], [''])).toEqual([]);
    expect(partial({ Destinations: [EDS], ImportSource: { S3 }, StartEventTime: START }, ['/EndEventTime'])).toEqual([]);
    expect(partial({ Destinations: [EDS], ImportSource: { S3 }, StartEventTime: new Date('2030-01-01') }, ['/EndEventTime'])).toEqual(['time-range-in-future /StartEventTime']);
  });

  it('does not change the value it is given', () => {
    const request = { Destinations: ['x'], ImportSource: { S3: { S3BucketRegion: 'us-east-1' } } };
    const copy = structuredClone(request);
    partial(request, ['/Destinations/0', '/ImportSource/S3/S3LocationUri']);
    expect(request).toEqual(copy);
  });

  it('rejects a pointer that is not a JSON Pointer, or an unknown one whose enclosing object is not in the known value', () => {
    expect(() => partial({}, ['/ImportSource/S3/S3BucketRegion'])).toThrow(new TypeError("validatePartialStartImportRequest: unknown pointer '/ImportSource/S3/S3BucketRegion' needs '/ImportSource' written in the known value as an object or array"));
    expect(() => partial('text', ['/ImportId'])).toThrow(TypeError);
    expect(() => partial({}, [], ['ImportSource'])).toThrow(new TypeError("validatePartialStartImportRequest: 'ImportSource' is not a JSON Pointer (it must be '' or start with '/')"));
  });

  it('says what every request code of the catalogue relies on', () => {
    const requestCodes = ruleCatalogue.filter((entry) => entry.subjects.includes('request')).map((entry) => entry.code);
    expect(Object.keys(PARTIAL_REQUEST_NEEDS).sort()).toEqual([...requestCodes].sort());
  });
});

/** Whether a report was cut at MAX_VIOLATIONS_PER_DOCUMENT or MAX_LIST_ITEMS_CHECKED (it then leaves out violations the request has). */
function isTruncated(report: readonly { readonly code: string }[]): boolean {
  return report.some((v) => v.code === 'violations-truncated');
}

/** A request as the code builds it at run time, and what a linter sees of it. */
interface Seen {
  readonly runtime: unknown;
  readonly known: unknown;
  readonly unknown: Set<string>;
  readonly open: Set<string>;
}

function isContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  return typeof value === 'object' && value !== null && (Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype);
}

type Choice = 'known' | 'unknown' | 'hidden';

function put(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * Hides parts of `request` at random, as source code can: members become unknown (at run time
 * their value stays or, with `undefinedAllowed`, turns undefined), and containers become open
 * (a spread): an object's members may then be missing from the known view, a list shows only the
 * items before its spread.
 */
function hide(request: unknown, g: fc.GeneratorValue, undefinedAllowed: boolean): Seen {
  const unknown = new Set<string>();
  const open = new Set<string>();
  const member = (item: unknown, at: string, canHide: boolean): { runtime: unknown; known: unknown; hidden: boolean } => {
    // An unknown value exists; only with `undefinedAllowed` may it be missing at run time.
    const choices: readonly Choice[] = undefinedAllowed || (item !== undefined && item !== null) ? ['known', 'known', 'unknown'] : ['known'];
    const choice: Choice = g(() => fc.constantFrom(...(canHide ? [...choices, 'hidden' as const] : choices)));
    if (choice === 'hidden') return { runtime: item, known: undefined, hidden: true };
    if (choice === 'unknown') {
      unknown.add(at);
      return { runtime: undefinedAllowed && g(fc.boolean) ? undefined : item, known: undefined, hidden: false };
    }
    return { ...visit(item, at), hidden: false };
  };
  const visit = (value: unknown, path: string): { runtime: unknown; known: unknown } => {
    if (!isContainer(value)) return { runtime: value, known: value };
    const opened = g(fc.nat, 3) === 0;
    if (opened) open.add(path);
    if (Array.isArray(value)) {
      const shown = opened ? g(fc.nat, value.length) : value.length;
      const items = value.map((item: unknown, index) => (index < shown ? member(item, `${path}/${String(index)}`, false) : { runtime: item, known: undefined, hidden: true }));
      return { runtime: items.map((item) => item.runtime), known: items.filter((item) => !item.hidden).map((item) => item.known) };
    }
    const runtime: Record<string, unknown> = {};
    const known: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const seen = member(item, `${path}${pointer(key)}`, opened);
      put(runtime, key, seen.runtime);
      if (!seen.hidden) put(known, key, seen.known);
    }
    return { runtime, known };
  };
  return { ...visit(request, ''), unknown, open };
}

const requests = fc.oneof(
  startImportRequest({ shape: 'sdk' }) as fc.Arbitrary<unknown>,
  invalidStartImportRequest({ shape: 'sdk', now: NOW, codes: ruleCatalogue.filter((e) => e.subjects.includes('request')).map((e) => e.code) }).map((labelled) => labelled.request as unknown),
);

/** The validator's violations of the request as built at run time. */
const full = (value: unknown): Violation[] => [...validateStartImportRequest(value, { shape: 'sdk', now: NOW }).violations];
const keyOf = (v: Violation): string => `${v.code} ${v.path}`;

describe('validatePartialStartImportRequest (properties)', () => {
  test.prop([requests], { numRuns: 300 })('reports exactly the validator violations when nothing is unknown or open', (request) => {
    expect(validatePartialStartImportRequest(request, { now: NOW }).violations).toEqual(validateStartImportRequest(request, { shape: 'sdk', now: NOW }).violations);
  });

  test.prop([requests, fc.gen()], { numRuns: 1500 })('reports a subset of the full request violations, whatever is made unknown or opened', (request, g) => {
    const seen = hide(request, g, false);
    const found = validatePartialStartImportRequest(seen.known, { unknown: seen.unknown, open: seen.open, now: NOW }).violations;
    const report = full(seen.runtime);
    // A report cut at MAX_VIOLATIONS_PER_DOCUMENT leaves out violations the request has.
    fc.pre(!isTruncated(report));
    const actual = new Set(report.map(keyOf));
    expect(found.map(keyOf).filter((key) => !actual.has(key))).toEqual([]);
  });

  test.prop([requests, fc.gen()], { numRuns: 1500 })('stays a subset when unknown values turn out undefined, but for the two documented readings', (request, g) => {
    const seen = hide(request, g, true);
    const found = validatePartialStartImportRequest(seen.known, { unknown: seen.unknown, open: seen.open, now: NOW }).violations;
    const actual = full(seen.runtime);
    fc.pre(!isTruncated(actual));
    const keys = new Set(actual.map(keyOf));
    const empty = actual.some((v) => v.code === 'request-empty');
    const wrong = found.filter((v) => {
      if (keys.has(keyOf(v))) return false;
      // The key is written, whatever its value: unknown-member is decided by the key.
      if (v.code === 'unknown-member' && seen.unknown.has(v.path)) return false;
      // request-empty stands in for the missing-member codes when every new-import member turned out undefined.
      return !(empty && (v.code === 'new-import-missing-destinations' || v.code === 'new-import-missing-import-source'));
    });
    expect(wrong.map(keyOf)).toEqual([]);
  });
});

/** A policy with every rule on and narrow, so that most requests break several of its rules. */
const POLICY = loadImportPolicy({
  version: 1,
  rules: {
    'allowed-partitions': { partitions: ['aws-cn'] },
    'allowed-regions': { regions: ['eu-west-1'] },
    'allowed-accounts': { accounts: ['111122223333'] },
    'allowed-destinations': { destinations: ['0b2f7a4c-9f3e-4c1d-8a55-6c1e2f3d4b5a'] },
    'allowed-buckets': { buckets: ['aws-cloudtrail-logs-*'] },
    'required-prefix': { patterns: ['AWSLogs/*/CloudTrail'] },
    'role-name-pattern': { patterns: ['CloudTrailLake-*'] },
    'retry-forbidden': {},
    'time-range-required': {},
    'max-time-range-days': { days: 1 },
    'earliest-start': { earliest: '2023-01-01' },
    'end-not-in-future': { severity: 'warning' },
  },
});

describe('validatePartialStartImportRequest (policy)', () => {
  const withPolicy = (known: unknown, unknown: readonly string[] = [], open: readonly string[] = []): string[] =>
    codes(validatePartialStartImportRequest(known, { unknown: set(...unknown), open: set(...open), now: NOW, policy: POLICY }).violations).filter((c) => c.startsWith('policy/'));

  it('reports the policy violations of known members, and none of unknown ones', () => {
    const request = { Destinations: [EDS], ImportSource: { S3 }, StartEventTime: START, EndEventTime: END };
    expect(withPolicy(request)).toContain('policy/allowed-regions /ImportSource/S3/S3BucketRegion');
    expect(withPolicy(request, ['/ImportSource/S3/S3BucketRegion'])).not.toContain('policy/allowed-regions /ImportSource/S3/S3BucketRegion');
    expect(withPolicy(request, ['/Destinations']).filter((c) => c.includes('/Destinations'))).toEqual([]);
  });

  it('requires a time range only of a surely new import whose bound is surely absent', () => {
    expect(withPolicy({ Destinations: [EDS], StartEventTime: START })).toContain('policy/time-range-required ');
    expect(withPolicy({ Destinations: [EDS], StartEventTime: START }, [], [''])).not.toContain('policy/time-range-required ');
    expect(withPolicy({ Destinations: [EDS], StartEventTime: START }, ['/Destinations'])).not.toContain('policy/time-range-required ');
    expect(withPolicy({ Destinations: [EDS], StartEventTime: START, EndEventTime: END }, ['/EndEventTime'])).not.toContain('policy/time-range-required ');
  });

  it('forbids a retry only when the ImportId is known', () => {
    expect(withPolicy({ ImportId: IMPORT_ID })).toEqual(['policy/retry-forbidden /ImportId']);
    expect(withPolicy({ ImportId: IMPORT_ID }, ['/ImportId'])).toEqual([]);
  });

  test.prop([requests], { numRuns: 200 })('reports exactly the validator violations when nothing is unknown or open', (request) => {
    expect(validatePartialStartImportRequest(request, { now: NOW, policy: POLICY }).violations).toEqual(validateStartImportRequest(request, { shape: 'sdk', now: NOW, policy: POLICY }).violations);
  });

  test.prop([requests, fc.gen(), fc.boolean()], { numRuns: 1500 })('reports a subset of the policy violations of the request as built, whatever is unknown, opened or undefined', (request, g, undefinedAllowed) => {
    const seen = hide(request, g, undefinedAllowed);
    const found = validatePartialStartImportRequest(seen.known, { unknown: seen.unknown, open: seen.open, now: NOW, policy: POLICY }).violations;
    const report = validateStartImportRequest(seen.runtime, { shape: 'sdk', now: NOW, policy: POLICY }).violations;
    fc.pre(!isTruncated(report));
    const actual = new Set(report.map(keyOf));
    expect(found.filter((v) => v.code.startsWith('policy/')).map(keyOf).filter((key) => !actual.has(key))).toEqual([]);
  });
});
