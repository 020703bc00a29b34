/**
 * Arbitraries for fuzzing the validators: any value at all, and values shaped like a StartImport
 * request, response or error whose members are sometimes right and sometimes anything, so the
 * checks deep inside (ARNs, URIs, Regions, time ranges, echo checks) are reached.
 */
import fc from 'fast-check';
import {
  S3_IMPORT_SOURCE_MEMBERS,
  START_IMPORT_ERROR_NAMES,
  START_IMPORT_REQUEST_MEMBERS,
  START_IMPORT_RESPONSE_MEMBERS,
} from '../../src/contract/model.js';
import { MAX_VIOLATIONS_PER_DOCUMENT } from '../../src/rules/limits.js';

/** `fc.anything` with every kind of value it can make. */
export const ANYTHING = {
  withObjectString: true,
  withNullPrototype: true,
  withBoxedValues: true,
  withMap: true,
  withSet: true,
  withDate: true,
  withTypedArray: true,
  withSparseArray: true,
  withBigInt: true,
  maxDepth: 4,
} as const;

const anyValue = fc.anything(ANYTHING);

/**
 * Printable strings, ASCII or not. Line breaks are left out here: messages echo member values, and
 * the line-break case has its own test (see fuzz.test.ts) so this property stays about the rest.
 */
const text = fc
  .oneof(fc.string(), fc.string({ unit: 'grapheme', maxLength: 12 }))
  .map((value) => value.replace(/[\n\r\u2028\u2029]/g, ' '));

const UUID = '0b2f7a4c-9f3e-4c1d-8a55-6c1e2f3d4b5a';
const EXAMPLES = [
  `arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/${UUID}`,
  `arn:aws-us-gov:cloudtrail:us-gov-west-1:123456789012:eventdatastore/${UUID}`,
  `arn:aws-cn:cloudtrail:cn-north-1:123456789012:eventdatastore/EXAMPLE-f852-4e8f-8bd1-bcf6cEXAMPLE`,
  `arn:aws:cloudtrail:xx-fake-1:123456789012:eventdatastore/${UUID}`,
  `arn:aws:cloudtrail:us-gov-west-1:123456789012:eventdatastore/${UUID}`,
  UUID,
  's3://example-trail-logs/AWSLogs/123456789012/CloudTrail/',
  's3://example-trail-logs/AWSLogs/o-exampleorgid/123456789012/CloudTrail-Digest/',
  's3://Legacy_Bucket',
  'https://example-trail-logs.s3.amazonaws.com/',
  'arn:aws:s3:::example-trail-logs',
  'us-east-1',
  'us-gov-west-1',
  'cn-north-1',
  'eu-south-3',
  'US-EAST-1',
  'arn:aws:iam::123456789012:role/CloudTrailLakeImportRole',
  'arn:aws:iam::123456789012:role/service-role/path/Name',
  'arn:aws-cn:iam::123456789012:role/R',
  '2024-01-01T00:00:00Z',
  '2024-02-30',
  '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b',
  'EXAMPLEe-7be2-4658-9204-b38c3257fcd1',
  'INITIALIZING',
  'COMPLETED',
  '',
];
const PREFIXES = ['arn:aws:cloudtrail:', 'arn:aws:iam::123456789012:role/', 's3://', 's3://bucket/AWSLogs/123456789012/', 'us-', 'arn:'];

/** Strings near the ones a StartImport call holds: examples, examples with a random tail, and random text. */
const plausibleString = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...EXAMPLES) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...PREFIXES, ...EXAMPLES), text).map(([head, tail]) => head + tail) },
  { weight: 1, arbitrary: text },
);

/** Timestamps in every shape: Dates (some invalid), epoch seconds, ISO-8601 strings and near misses. */
const timestamp = fc.oneof(
  fc.date(),
  fc.double(),
  fc.integer({ min: 0, max: 2_000_000_000 }),
  fc.date({ noInvalidDate: true, min: new Date('1970-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z') }).map((d) => d.toISOString()),
  plausibleString,
);

/** Mostly `arbitrary`, sometimes anything at all. */
function mostly<T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 5, arbitrary }, { weight: 1, arbitrary: anyValue });
}

/** Keys a user may add by mistake: near misses of the members, and names every object inherits. */
const strayKey = fc.constantFrom('Destination', 'importId', 'S3Bucket', 'Tags', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'S3', 'ImportStatus');

/** `record` with up to two stray keys beside its members. */
function withStrayKeys(record: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<Record<string, unknown>> {
  return fc.tuple(record, fc.dictionary(strayKey, anyValue, { maxKeys: 2 })).map(([members, stray]) => ({ ...stray, ...members }));
}

const s3ImportSource = withStrayKeys(
  fc.record(Object.fromEntries(S3_IMPORT_SOURCE_MEMBERS.map((name) => [name, mostly(plausibleString)])), { requiredKeys: [] }),
);
const importSource = withStrayKeys(fc.record({ S3: mostly(s3ImportSource) }, { requiredKeys: [] }));

const MEMBER_VALUES: Readonly<Record<string, fc.Arbitrary<unknown>>> = {
  Destinations: mostly(fc.array(mostly(plausibleString), { maxLength: 3 })),
  ImportSource: mostly(importSource),
  StartEventTime: mostly(timestamp),
  EndEventTime: mostly(timestamp),
  ImportId: mostly(plausibleString),
  ImportStatus: mostly(plausibleString),
  CreatedTimestamp: mostly(timestamp),
  UpdatedTimestamp: mostly(timestamp),
};

/** A structure with any subset of `members`, each right or anything, plus stray keys. */
function structureOf(members: readonly string[]): fc.Arbitrary<Record<string, unknown>> {
  return withStrayKeys(fc.record(Object.fromEntries(members.map((name) => [name, MEMBER_VALUES[name] ?? anyValue])), { requiredKeys: [] }));
}

const PARTITION_REGIONS = [['aws', 'us-east-1'], ['aws', 'eu-west-1'], ['aws-cn', 'cn-north-1'], ['aws-us-gov', 'us-gov-west-1'], ['aws-iso', 'us-iso-east-1']] as const;
const partitionRegion = fc.constantFrom(...PARTITION_REGIONS);
const bucket = fc.oneof(
  fc.constantFrom('example-trail-logs', 'Legacy_Bucket', 'xn--bucket', 'ab', '192.168.0.1', 'bucket..name', 'access-point--ol-s3', `b${'u'.repeat(70)}`),
  fc.stringMatching(/^[a-z0-9][a-z0-9.-]{1,20}[a-z0-9]$/),
);
const prefix = fc.constantFrom('', 'AWSLogs/123456789012/CloudTrail/', 'AWSLogs/123456789012/CloudTrail-Digest/', 'AWSLogs/o-exampleorgid/123456789012/Config/', 'AWSLogs/123456789012/Cloud', 'logs/');

/** A time as a Date, epoch seconds or an ISO-8601 string. */
const timeIn = fc
  .tuple(fc.date({ noInvalidDate: true, min: new Date('2015-01-01T00:00:00Z'), max: new Date('2030-01-01T00:00:00Z') }), fc.constantFrom('date', 'seconds', 'iso'))
  .map(([date, form]) => (form === 'date' ? date : form === 'seconds' ? date.getTime() / 1000 : date.toISOString()));

/** A new import that is right, or nearly: every member well formed, with the parts (partitions, bucket, prefix, times) varied. */
const newImport = fc
  .record({
    destination: fc.oneof(partitionRegion.map(([partition, region]) => `arn:${partition}:cloudtrail:${region}:123456789012:eventdatastore/${UUID}`), fc.constantFrom(UUID, 'EXAMPLE-f852-4e8f-8bd1-bcf6cEXAMPLE')),
    bucket,
    prefix,
    region: fc.oneof(partitionRegion.map(([, region]) => region), fc.constantFrom('eu-south-3', 'US-EAST-1')),
    role: partitionRegion.map(([partition]) => `arn:${partition}:iam::123456789012:role/CloudTrailLakeImportRole`),
    start: timeIn,
    end: fc.oneof(timeIn, fc.constant('same')),
  })
  .map(({ destination, bucket: name, prefix: path, region, role, start, end }) => ({
    Destinations: [destination],
    ImportSource: { S3: { S3LocationUri: `s3://${name}/${path}`, S3BucketRegion: region, S3BucketAccessRoleArn: role } },
    StartEventTime: start,
    EndEventTime: end === 'same' ? start : end,
  }));

/** `base` with up to two members replaced by another value of the member, anything, or `undefined`. */
function withSomeMembersChanged(base: fc.Arbitrary<Record<string, unknown>>, members: readonly string[]): fc.Arbitrary<Record<string, unknown>> {
  const change = fc.oneof(...members.map((name) => fc.tuple(fc.constant(name), fc.oneof(MEMBER_VALUES[name] ?? anyValue, fc.constant(undefined)))));
  return fc.tuple(base, fc.array(change, { maxLength: 2 })).map(([value, changes]) => ({ ...value, ...Object.fromEntries(changes) }));
}

const newImportResponse = fc
  .tuple(newImport, fc.option(fc.constant('4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b')), fc.constantFrom('INITIALIZING', 'IN_PROGRESS', 'COMPLETED', 'Initializing'), timeIn, timeIn)
  .map(([request, importId, status, created, updated]) => ({
    ...(importId === null ? {} : { ImportId: importId }),
    ...request,
    ImportStatus: status,
    CreatedTimestamp: created,
    UpdatedTimestamp: updated,
  }));

/** A structure with about MAX_VIOLATIONS_PER_DOCUMENT unknown keys, so that some reports are cut short (violations-truncated). */
const manyStrayKeys: fc.Arbitrary<Record<string, unknown>> = fc
  .integer({ min: MAX_VIOLATIONS_PER_DOCUMENT - 5, max: MAX_VIOLATIONS_PER_DOCUMENT + 20 })
  .map((count) => Object.fromEntries(Array.from({ length: count }, (_, i) => [`Stray${String(i)}`, i])));

/** Objects with a StartImport request's members: any subset, each right or anything; or a new import, right or nearly. */
export const requestLike = fc.oneof(structureOf(START_IMPORT_REQUEST_MEMBERS), withSomeMembersChanged(newImport, START_IMPORT_REQUEST_MEMBERS), manyStrayKeys);

/** The same for a StartImport response. */
export const responseLike = fc.oneof(structureOf(START_IMPORT_RESPONSE_MEMBERS), withSomeMembersChanged(newImportResponse, START_IMPORT_RESPONSE_MEMBERS), manyStrayKeys);

const errorName = fc.oneof(
  fc.constantFrom(...START_IMPORT_ERROR_NAMES, 'ValidationException', 'Error', 'EventDataStoreHasOngoingImportException'),
  fc.constantFrom(...START_IMPORT_ERROR_NAMES).map((name) => `com.amazonaws.cloudtrail#${name}`),
  fc.constantFrom(...START_IMPORT_ERROR_NAMES).map((name) => `${name}:http://internal.amazon.com/coral/com.amazonaws.cloudtrail/`),
  text,
);

/** Thrown SDK-like errors and awsJson error bodies, with or without an HTTP status. */
export const errorLike: fc.Arbitrary<unknown> = fc.oneof(
  fc
    .record({ name: errorName, message: text, status: fc.option(fc.constantFrom(400, 404, 500)) })
    .map(({ name, message, status }) => {
      const error = new Error(message);
      error.name = name;
      return status === null ? error : Object.assign(error, { $metadata: { httpStatusCode: status } });
    }),
  withStrayKeys(fc.record({ __type: mostly(errorName), message: mostly(text), Message: mostly(text) }, { requiredKeys: [] })),
);

/** Every shape option of the validators. */
export const SHAPES = ['sdk', 'wire', 'cli', 'auto'] as const;
