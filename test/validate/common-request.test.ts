/**
 * `validateStartImportRequest` answers a request of the common form from one reading
 * (src/validate/common-request.ts) and reads every other in full. These properties hold the two
 * ways to one answer: over the arbitraries' valid and invalid requests in every shape, and over
 * valid ones with one thing changed (a member dropped, retyped, renamed or edited by a character,
 * a second destination, an ImportId beside them, a time range turned round or into the future),
 * the result equals the full check's, code for code, message for message.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invalidStartImportRequest, newImportRequest, retryImportRequest } from '../../src/arbitraries/index.js';
import type { Shape } from '../../src/contract/timestamps.js';
import { readCommonRequest } from '../../src/validate/common-request.js';
import { ValidationClock } from '../../src/validate/run.js';
import type { ShapeOption } from '../../src/validate/types.js';
import { checkInFull, validateStartImportRequest } from '../../src/validate/validate-request.js';

const SHAPES: readonly Shape[] = ['wire', 'sdk', 'cli'];
const EDITS = ['A', 'z', '0', ':', '/', '.', '-', '_', ' ', '\n', 'xn--', '..', '-an', 'arn:', 'AWSLogs/', 'CloudTrail-Digest/'];
const OTHER_VALUES: readonly unknown[] = [null, undefined, 0, 1e12, Number.NaN, '', 'x', [], {}, new Date(0), new Date(Number.NaN), true];

type Json = Record<string, unknown>;

/** Where a string or member sits: a path of keys (and list indexes) from the request. */
const PLACES: readonly (readonly (string | number)[])[] = [
  ['Destinations'],
  ['Destinations', 0],
  ['ImportSource'],
  ['ImportSource', 'S3'],
  ['ImportSource', 'S3', 'S3LocationUri'],
  ['ImportSource', 'S3', 'S3BucketRegion'],
  ['ImportSource', 'S3', 'S3BucketAccessRoleArn'],
  ['StartEventTime'],
  ['EndEventTime'],
  ['ImportId'],
];

/** A deep copy of the request's plain parts (Dates kept as they are). */
function copy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copy);
  if (typeof value === 'object' && value !== null && !(value instanceof Date)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, copy(item)]));
  return value;
}

/** The structure holding `place`'s last key, when the request has one there. */
function holder(request: Json, place: readonly (string | number)[]): Record<string | number, unknown> | undefined {
  let at: unknown = request;
  for (const key of place.slice(0, -1)) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<string | number, unknown>)[key];
  }
  return typeof at === 'object' && at !== null ? (at as Record<string | number, unknown>) : undefined;
}

type Change = (request: Json) => void;

const change: fc.Arbitrary<Change> = fc.oneof(
  fc.constant<Change>(() => undefined),
  fc.constantFrom(...PLACES).map<Change>((place) => (request) => {
    const at = holder(request, place);
    if (at !== undefined) Reflect.deleteProperty(at, place[place.length - 1] as string);
  }),
  fc.tuple(fc.constantFrom(...PLACES), fc.constantFrom(...OTHER_VALUES)).map<Change>(([place, other]) => (request) => {
    const at = holder(request, place);
    if (at !== undefined) at[place[place.length - 1] as string] = other;
  }),
  fc.tuple(fc.constantFrom(...PLACES), fc.nat(), fc.constantFrom(...EDITS), fc.constantFrom('replace', 'insert', 'remove')).map<Change>(([place, where, edit, how]) => (request) => {
    const at = holder(request, place);
    const key = place[place.length - 1] as string;
    const text = at?.[key];
    if (at === undefined || typeof text !== 'string') return;
    const i = where % (text.length + 1);
    at[key] = text.slice(0, i) + (how === 'remove' ? '' : edit) + text.slice(how === 'insert' ? i : i + 1);
  }),
  fc.tuple(fc.constantFrom('', 'ImportSource', 'ImportSource/S3'), fc.constantFrom('Destination', 'importId', 'S3', 'Extra', 'S3LocationUri', '__proto__')).map<Change>(([where, key]) => (request) => {
    const at = where === '' ? request : holder(request, [...where.split('/'), 'x']);
    if (at !== undefined) Object.defineProperty(at, key, { value: 'x', enumerable: true, writable: true, configurable: true });
  }),
  fc.constant<Change>((request) => {
    if (Array.isArray(request['Destinations'])) request['Destinations'] = [...(request['Destinations'] as unknown[]), (request['Destinations'] as unknown[])[0]];
  }),
  fc.constant<Change>((request) => {
    request['ImportId'] = '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b';
  }),
  // Another partition for the role, or the bucket Region of another partition (also beside a bare event data store ID).
  fc.constantFrom('aws', 'aws-cn', 'aws-us-gov', 'aws-x').map<Change>((partition) => (request) => {
    const s3 = holder(request, ['ImportSource', 'S3', 'x']);
    const role = s3?.['S3BucketAccessRoleArn'];
    if (s3 !== undefined && typeof role === 'string') s3['S3BucketAccessRoleArn'] = role.replace(/^arn:[^:]*:/, `arn:${partition}:`);
  }),
  fc.constantFrom('us-east-1', 'cn-north-1', 'us-gov-west-1', 'eu-west-9', 'xx-east-1').map<Change>((region) => (request) => {
    const s3 = holder(request, ['ImportSource', 'S3', 'x']);
    if (s3 !== undefined) s3['S3BucketRegion'] = region;
  }),
  fc.constant<Change>((request) => {
    request['Destinations'] = ['0b4f7c1e-9d2a-4c3b-8e5f-6a7b8c9d0e1f'];
  }),
  fc.constant<Change>((request) => {
    [request['StartEventTime'], request['EndEventTime']] = [request['EndEventTime'], request['StartEventTime']];
  }),
  fc.constant<Change>((request) => {
    request['EndEventTime'] = request['StartEventTime'];
  }),
  fc.constant<Change>((request) => {
    Object.defineProperty(request, 'ImportId', { value: '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b', enumerable: false, writable: true, configurable: true });
  }),
);

/** "Now" before, within and after the arbitraries' time ranges. */
const now = fc.constantFrom(new Date('2015-06-01T00:00:00Z'), new Date('2024-01-01T00:00:00Z'), new Date('2100-01-01T00:00:00Z'));

function fullCheck(value: unknown, shape: ShapeOption, clock: Date): ReturnType<typeof checkInFull> {
  return checkInFull(value, shape, new ValidationClock(clock));
}

describe('validateStartImportRequest, common form', () => {
  it('answers every request as the full check does, valid, invalid or changed, in every shape', () => {
    const valid = fc.constantFrom(...SHAPES).chain((shape) =>
      fc.tuple(fc.constant(shape), fc.oneof(newImportRequest({ shape }), retryImportRequest({ shape }), invalidStartImportRequest({ shape }).map(({ request }) => request))),
    );
    fc.assert(
      fc.property(valid, fc.array(change, { maxLength: 2 }), fc.boolean(), now, ([shape, request], changes, auto, clock) => {
        const value = copy(request);
        // An invalid request may be no structure at all (a string, a list): it is checked as it is.
        if (typeof value === 'object' && value !== null && !Array.isArray(value)) for (const apply of changes) apply(value as Json);
        const option: ShapeOption = auto ? 'auto' : shape;
        expect(validateStartImportRequest(value, { shape: option, now: clock })).toEqual(fullCheck(value, option, clock));
      }),
      { numRuns: 3000 },
    );
  });

  it('answers most valid requests from the common reading (the property above is not vacuous)', () => {
    const requests = fc.sample(fc.oneof(newImportRequest({ shape: 'wire' }), retryImportRequest({ shape: 'wire' })), { numRuns: 400, seed: 7 });
    const answered = requests.filter((request) => readCommonRequest(request, 'wire') !== undefined);
    expect(answered.length).toBeGreaterThan(requests.length / 2);
  });

  it('reads a clock function once, also when the request starts after it', () => {
    let calls = 0;
    const clock = (): Date => {
      calls += 1;
      return new Date('2025-01-01T00:00:00Z');
    };
    const request = {
      Destinations: ['arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/0b4f7c1e-9d2a-4c3b-8e5f-6a7b8c9d0e1f'],
      ImportSource: { S3: { S3LocationUri: 's3://trail-logs/AWSLogs/123456789012/CloudTrail/', S3BucketRegion: 'us-east-1', S3BucketAccessRoleArn: 'arn:aws:iam::123456789012:role/import' } },
      StartEventTime: 1_700_000_000,
      EndEventTime: 1_700_086_400,
    };
    expect(validateStartImportRequest(request, { shape: 'wire', now: clock }).violations).toEqual([]);
    expect(calls).toBe(1);
    const future = validateStartImportRequest({ ...request, StartEventTime: 1_900_000_000, EndEventTime: 1_900_086_400 }, { shape: 'wire', now: clock });
    expect(future.violations.map((found) => found.code)).toEqual(['time-range-in-future']);
    expect(calls).toBe(2);
  });

  it('reports a clock that throws as the full check does', () => {
    const request = {
      Destinations: ['arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/0b4f7c1e-9d2a-4c3b-8e5f-6a7b8c9d0e1f'],
      ImportSource: { S3: { S3LocationUri: 's3://trail-logs/', S3BucketRegion: 'us-east-1', S3BucketAccessRoleArn: 'arn:aws:iam::123456789012:role/import' } },
      StartEventTime: 1_700_000_000,
      EndEventTime: 1_700_086_400,
    };
    const broken = (): Date => {
      throw new Error('no clock');
    };
    const expected = checkInFull(request, 'wire', new ValidationClock(broken));
    expect(expected.valid).toBe(false);
    expect(validateStartImportRequest(request, { shape: 'wire', now: broken })).toEqual(expected);
  });
});
