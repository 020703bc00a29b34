/**
 * An arbitrary's constraints are checked when it is made: an object (or left out), every own key
 * one of its constraints, every value given of the kind that constraint takes. A misspelt
 * constraint or a value of another kind (`{ shape: 'wirre' }`) was ignored, and the arbitrary
 * made values the test did not ask for; `{ min: 'x' }` threw the engine's TypeError from inside it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  accountId,
  assertValidStartImportBuilder,
  awsPartition,
  awsRegion,
  cloudTrailBucketListing,
  cloudTrailLogKey,
  eventDataStoreArn,
  eventDataStoreId,
  iamRoleArn,
  importId,
  importRequest,
  invalidImportRequest,
  invalidStartImportRequest,
  invalidStartImportResponse,
  newImportRequest,
  retryImportRequest,
  s3BucketName,
  s3LocationUri,
  startImportError,
  startImportExchange,
  startImportRequest,
  startImportResponse,
  timeRange,
} from '../../src/arbitraries/index.js';
import { MAX_CONSTRAINT_ITEMS } from '../../src/arbitraries/_internals/constraints.js';

/** Each arbitrary made with `constraints`, and one valid value of each of its constraints. */
const ARBITRARIES: Readonly<Record<string, { readonly make: (constraints: unknown) => fc.Arbitrary<unknown>; readonly valid: Readonly<Record<string, unknown>> }>> = {
  awsRegion: { make: (c) => awsRegion(c as never), valid: { partition: 'aws-cn' } },
  cloudTrailBucketListing: {
    make: (c) => cloudTrailBucketListing(c as never),
    valid: { accountId: '123456789012', regions: ['eu-west-1'], min: new Date('2024-01-01'), max: new Date('2024-02-01'), maxLength: 3 },
  },
  cloudTrailLogKey: { make: (c) => cloudTrailLogKey(c as never), valid: { accountId: '123456789012', region: 'eu-west-1', date: new Date('2024-01-01'), organizationId: 'o-abcdefghij' } },
  eventDataStoreArn: { make: (c) => eventDataStoreArn(c as never), valid: { partition: 'aws', region: 'us-east-1', accountId: '123456789012' } },
  iamRoleArn: { make: (c) => iamRoleArn(c as never), valid: { partition: 'aws-us-gov', accountId: '123456789012', withPath: true } },
  importRequest: { make: (c) => importRequest('ListImports', c as never), valid: { shape: 'wire' } },
  invalidImportRequest: { make: (c) => invalidImportRequest('ListImports', c as never), valid: { code: 'max-results-out-of-range', shape: 'cli' } },
  invalidStartImportRequest: { make: (c) => invalidStartImportRequest(c as never), valid: { codes: ['destinations-count'], shape: 'wire', now: new Date('2024-06-01') } },
  invalidStartImportResponse: { make: (c) => invalidStartImportResponse(c as never), valid: { codes: ['timestamp-invalid'], shape: 'wire' } },
  newImportRequest: {
    make: (c) => newImportRequest(c as never),
    valid: { shape: 'cli', partition: 'aws', destinationForm: 'id', timeRange: true, min: new Date('2020-01-01'), max: new Date('2021-01-01'), layout: 'custom' },
  },
  retryImportRequest: { make: (c) => retryImportRequest(c as never), valid: { shape: 'wire' } },
  s3BucketName: { make: (c) => s3BucketName(c as never), valid: { legacy: true } },
  s3LocationUri: { make: (c) => s3LocationUri(c as never), valid: { bucket: 'my-trail-logs', layout: 'cloudtrail', accountId: '123456789012', region: 'eu-west-1' } },
  startImportError: { make: (c) => startImportError(c as never), valid: { name: 'ThrottlingException', common: true, shape: 'wire' } },
  startImportExchange: { make: (c) => startImportExchange(c as never), valid: { request: retryImportRequest({ shape: 'wire' }), kind: 'retry', status: 'COMPLETED', shape: 'wire' } },
  startImportRequest: { make: (c) => startImportRequest(c as never), valid: { kind: 'new', shape: 'wire' } },
  startImportResponse: { make: (c) => startImportResponse(c as never), valid: { request: { ImportId: '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b' }, status: 'FAILED', shape: 'cli' } },
  timeRange: { make: (c) => timeRange(c as never), valid: { min: new Date('2024-01-01'), max: new Date('2024-02-01') } },
};

/** The TypeError making the arbitrary threw, or `undefined`. */
function errorOf(make: () => unknown): unknown {
  try {
    make();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe.each(Object.entries(ARBITRARIES))('%s', (name, { make, valid }) => {
  const names = Object.keys(valid);

  it('takes each of its constraints with a value of its kind, and makes values', () => {
    expect(fc.sample(make(valid), { numRuns: 3, seed: 1 })).toHaveLength(3);
    expect(fc.sample(make({}), { numRuns: 3, seed: 1 })).toHaveLength(3);
  });

  it('names itself and the key, and lists its constraints, for a key that is none of them', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }).map((key) => `~${key}`), fc.anything(), (key, value) => {
        const error = errorOf(() => make({ ...valid, [key]: value }));
        expect(error).toBeInstanceOf(TypeError);
        expect((error as TypeError).message).toBe(`${name}: unknown constraint '${key}' (known: ${names.join(', ')})`);
      }),
      { numRuns: 20 },
    );
  });

  it('names itself for constraints that are no object', () => {
    for (const constraints of [null, 5, 'wire', true]) {
      expect(() => make(constraints)).toThrow(new RegExp(`^${name}: constraints must be an object \\(got `));
    }
  });

  // A symbol is of no kind a constraint takes but startImportResponse's request, which is any request.
  for (const key of names.filter((k) => !(name === 'startImportResponse' && k === 'request'))) {
    it(`names constraints.${key} and what it takes, for a value of another kind`, () => {
      const error = errorOf(() => make({ ...valid, [key]: Symbol('other') }));
      expect(error).toBeInstanceOf(TypeError);
      expect((error as TypeError).message).toMatch(new RegExp(`^${name}: constraints\\.${key} must be .+ \\(got a symbol\\)$`));
    });
  }
});

describe('an arbitrary that takes no constraints', () => {
  // `awsPartition({ partition: 'aws-cn' })` was ignored: the values drawn were of every partition, not the one asked.
  it.each([
    ['accountId', accountId],
    ['awsPartition', awsPartition],
    ['eventDataStoreId', eventDataStoreId],
    ['importId', importId],
  ] as const)('%s refuses any argument, naming itself, and makes values without one', (name, arbitrary) => {
    // From JavaScript, any argument can come: the types allow none.
    const call = arbitrary as unknown as (...args: readonly unknown[]) => fc.Arbitrary<unknown>;
    expect(() => call({ partition: 'aws-cn' })).toThrow(new TypeError(`${name}: takes no constraints (got an object)`));
    expect(() => call(42)).toThrow(new TypeError(`${name}: takes no constraints (got the number 42)`));
    // An explicit undefined is no constraint given, as for every other arbitrary.
    expect(fc.sample(call(undefined), { numRuns: 1, seed: 1 })).toHaveLength(1);
    expect(fc.sample(arbitrary(), { numRuns: 3, seed: 1 })).toHaveLength(3);
  });
});

describe('what each constraint takes', () => {
  it('a shape of the three, a partition that lists Regions, a valid Date, a 12-digit account', () => {
    expect(() => newImportRequest({ shape: 'wirre' } as never)).toThrow("newImportRequest: constraints.shape must be one of 'sdk', 'wire', 'cli' (got the string 'wirre')");
    expect(() => awsRegion({ partition: 'aws-xx' } as never)).toThrow(/^awsRegion: constraints\.partition must be one of 'aws', 'aws-cn', .* \(got the string 'aws-xx'\)$/);
    expect(() => timeRange({ min: new Date(Number.NaN) })).toThrow('timeRange: constraints.min must be a valid Date (got an Invalid Date)');
    expect(() => newImportRequest({ min: 'x' } as never)).toThrow("newImportRequest: constraints.min must be a valid Date (got the string 'x')");
    expect(() => iamRoleArn({ accountId: '12345' })).toThrow("iamRoleArn: constraints.accountId must be a 12-digit account id (got the string '12345')");
    expect(() => startImportError({ name: 'NoSuchException' } as never)).toThrow(/^startImportError: constraints\.name must be one of 'AccountHasOngoingImportException', .* \(got the string 'NoSuchException'\)$/);
    expect(() => cloudTrailBucketListing({ maxLength: -1 })).toThrow('cloudTrailBucketListing: constraints.maxLength must be a whole number from 0 (got the number -1)');
  });

  it('a constraint left undefined is its default, and an inherited key is not read as a constraint', () => {
    // The types take it too, under exactOptionalPropertyTypes (this file compiles with it).
    expect(fc.sample(newImportRequest({ shape: undefined, partition: undefined, timeRange: undefined }), 1)).toHaveLength(1);
    expect(fc.sample(newImportRequest(Object.create({ shap: 'wire' }) as never), 1)).toHaveLength(1);
  });
});

it('assertValidStartImportBuilder names an unknown option and a bad shape before it runs the builder', () => {
  let runs = 0;
  const builder = (): unknown => {
    runs += 1;
    return {};
  };
  expect(() => { assertValidStartImportBuilder(builder, fc.constant(1), {}, { shap: 'wire' } as never); }).toThrow(
    "assertValidStartImportBuilder: unknown option 'shap' (known: shape)",
  );
  expect(() => { assertValidStartImportBuilder(builder, fc.constant(1), {}, { shape: 'json' } as never); }).toThrow(/options\.shape must be 'sdk', 'wire', 'cli' or 'auto' \(got the string 'json'\)/);
  expect(runs).toBe(0);
});

describe('a list constraint', () => {
  it.each([
    ['invalidStartImportRequest', (codes: string[]) => invalidStartImportRequest({ codes: codes as never }), 'codes', 'strings'],
    ['invalidStartImportResponse', (codes: string[]) => invalidStartImportResponse({ codes: codes as never }), 'codes', 'strings'],
    ['cloudTrailBucketListing', (regions: string[]) => cloudTrailBucketListing({ regions }), 'regions', 'Region codes of known partitions'],
  ] as const)('of %s is refused past MAX_CONSTRAINT_ITEMS items, sparse or not, naming it (a list of 2³² − 1 holes hung, a million items overflowed the stack)', (who, make, name, items) => {
    const holes: string[] = [];
    holes.length = 2 ** 32 - 1;
    for (const list of [holes, new Array<string>(MAX_CONSTRAINT_ITEMS + 1).fill('us-east-1')]) {
      expect(() => make(list)).toThrow(new TypeError(`${who}: constraints.${name} must be a list of at most ${String(MAX_CONSTRAINT_ITEMS)} ${items} (got an array)`));
    }
  });
});

describe('a value of the right kind that the arbitrary still cannot serve', () => {
  const later = new Date('2024-06-01T00:00:00Z');
  const earlier = new Date('2024-01-01T00:00:00Z');

  it.each([
    ['newImportRequest: min after max', () => newImportRequest({ min: later, max: earlier }), /^newImportRequest: min must be a valid date before max/],
    ['timeRange: min after max', () => timeRange({ min: later, max: earlier }), /^timeRange: min must be a valid date before max/],
    ['invalidStartImportRequest: a code that is none of the requests', () => invalidStartImportRequest({ codes: ['response-mismatch-request'] }), /^invalidStartImportRequest: 'response-mismatch-request' is not a request code/],
    ['invalidStartImportRequest: no code at all', () => invalidStartImportRequest({ codes: [] }), /^invalidStartImportRequest: codes must name at least one code/],
    ['invalidStartImportResponse: a code it cannot produce', () => invalidStartImportResponse({ codes: ['partition-mismatch'] }), /^invalidStartImportResponse: cannot produce 'partition-mismatch'/],
    ['invalidImportRequest: a code no check of the operation can earn', () => invalidImportRequest('ListImports', { code: 'partition-mismatch' }), /^invalidImportRequest: no check of ListImports/],
    ['invalidImportRequest: a code StartImport is never checked for, naming itself', () => invalidImportRequest('StartImport', { code: 'max-results-out-of-range' }), /^invalidImportRequest: 'max-results-out-of-range' is not a request code of the catalogue for StartImport/],
    ['newImportRequest: a max past year 9999, which a cli timestamp cannot write', () => newImportRequest({ shape: 'cli', min: new Date('9999-01-01T00:00:00Z'), max: new Date('+010001-01-01T00:00:00Z') }), /^newImportRequest: min and max must lie within the years 0000–9999/],
    ['timeRange: a min before year 0000', () => timeRange({ min: new Date('-000001-01-01T00:00:00Z'), max: earlier }), /^timeRange: min and max must lie within the years 0000–9999/],
    ['invalidStartImportRequest: a now so late that a range after it passes year 9999', () => invalidStartImportRequest({ codes: ['time-range-in-future'], now: new Date(8.64e15 - 86_400_000) }), /^invalidStartImportRequest: now must lie between 0000-01-01 and 99/],
    ['assertValidStartImportBuilder: a shape of none of the four', () => {
        assertValidStartImportBuilder(() => ({}), fc.constant(1), {}, { shape: 'json' as never });
      }, /^assertValidStartImportBuilder: options\.shape must be/],
    ['eventDataStoreArn: a Region of another partition', () => eventDataStoreArn({ partition: 'aws-cn', region: 'us-east-1' }), /^eventDataStoreArn: constraints\.region must be a Region of partition aws-cn \(got 'us-east-1', a Region of aws\)/],
    ['eventDataStoreArn: a Region of no partition', () => eventDataStoreArn({ region: 'moon-1' }), /^eventDataStoreArn: constraints\.region must be a Region code of a known partition/],
    ['eventDataStoreArn: a Region in upper case', () => eventDataStoreArn({ region: 'US-EAST-1' }), /^eventDataStoreArn: constraints\.region must be a Region code/],
    ['s3LocationUri: a bucket name S3 refuses today', () => s3LocationUri({ bucket: 'Bad_Bucket' }), /^s3LocationUri: constraints\.bucket must be a bucket name S3 takes today/],
    ['cloudTrailLogKey: an organization id that is none', () => cloudTrailLogKey({ organizationId: 'o-abc/../..' }), /^cloudTrailLogKey: constraints\.organizationId must be an organization id/],
    ['cloudTrailBucketListing: a Region of no partition', () => cloudTrailBucketListing({ regions: ['moon-1'] }), /^cloudTrailBucketListing: constraints\.regions must be a list of at most 1000 Region codes/],
    ['cloudTrailBucketListing: no Region', () => cloudTrailBucketListing({ regions: [] }), /^cloudTrailBucketListing: constraints\.regions must name at least one Region/],
    ['cloudTrailBucketListing: min after the default max', () => cloudTrailBucketListing({ min: new Date(8.64e15) }), /^cloudTrailBucketListing: constraints\.min must not be after constraints\.max \(min .*; the one not given is its default\)$/],
    ['cloudTrailBucketListing: max before min', () => cloudTrailBucketListing({ min: later, max: earlier }), /^cloudTrailBucketListing: constraints\.min must not be after constraints\.max/],
  ])('%s is a TypeError naming the arbitrary called, as any bad constraint is', (_what, make, message) => {
    expect(make).toThrow(TypeError);
    expect(make).toThrow(message);
  });
});
