import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invalidStartImportRequest, startImportRequest } from '../../src/arbitraries/index.js';
import { catalogueRank, REQUEST_CHECKS, START_IMPORT_CHECKS, viewOf, type Violation, type ViolationCode } from '../../src/rules/index.js';
import { normalise } from '../../src/validate/normalise.js';
import { compiledSchemas, schemaErrors } from '../../src/validate/schema.js';
import { violationsFromSchemaErrors } from '../../src/validate/schema-errors.js';
import { ANYTHING, requestLike } from '../support/fuzz-arbitraries.js';
import { loadFixtures } from '../support/fixtures.js';
import { toWireShape } from '../support/shapes.js';

/**
 * The codes of the request schema's structure. timestamp-invalid is left out: a timestamp is decoded
 * before the checks run (a timestamp-invalid is found then, and the member left out of the wire value).
 */
const STRUCTURAL: ReadonlySet<ViolationCode> = new Set([
  'unknown-member',
  'type-mismatch',
  'destinations-count',
  'destination-length',
  'destination-pattern',
  'import-source-missing-s3',
  's3-member-missing',
  'import-id-invalid',
]);
const STRUCTURAL_CHECKS = START_IMPORT_CHECKS.filter((check) => STRUCTURAL.has(check.row.code));
const NOW = { now: (): number => 0 };
const NO_MEMBERS = { hasDestinations: false, hasImportSource: false, hasStartEventTime: false, hasEndEventTime: false, hasImportId: false };

/** The structural checks' violations of a wire value. */
function checked(wire: Record<string, unknown>): Violation[] {
  const out: Violation[] = [];
  for (const check of STRUCTURAL_CHECKS) check.run(viewOf(wire, NO_MEMBERS), NOW, out);
  return out;
}

/** ajv's compiled request schema's errors for a wire value, mapped to catalogue violations, in report order (stable). */
function compiled(wire: Record<string, unknown>): Violation[] {
  const found = violationsFromSchemaErrors(schemaErrors(compiledSchemas.request, wire), 'request').filter((v) => STRUCTURAL.has(v.code as ViolationCode));
  return found.sort((a, b) => catalogueRank(a.code) - catalogueRank(b.code));
}

/** The structural checks and the compiled schema, for the wire value `normalise` reads for the checks, and for the value as it is. */
function expectSame(value: unknown, label?: string): void {
  const normalised = normalise(value, 'wire', 'request');
  if ('view' in normalised) {
    const wire = normalised.view.wire as Record<string, unknown>;
    expect(checked(wire), label).toEqual(compiled(wire));
  }
  // Also for the value as it is, whatever normalise would have made of it (NaN timestamps, say).
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    expect(checked(value as Record<string, unknown>), label).toEqual(compiled(value as Record<string, unknown>));
  }
}

const VALID_S3 = {
  S3LocationUri: 's3://example-trail-logs/AWSLogs/',
  S3BucketRegion: 'us-east-1',
  S3BucketAccessRoleArn: 'arn:aws:iam::123456789012:role/Import',
};

/** Strings at and around the lengths and patterns of the schema's string shapes. */
const edgeString = fc.oneof(
  fc.constantFrom('ab', 'abc', 'a'.repeat(256), 'a'.repeat(257), 'a b', 'arn:aws:x', '0b2f7a4c-9f3e-4c1d-8a55-6c1e2f3d4b5a', '4B9E2F7A-1C3D-4E5F-8A9B-0C1D2E3F4A5B'),
  fc.constantFrom('😀'.repeat(2), '😀'.repeat(128), 'é'.repeat(36), '-'.repeat(36), 'f'.repeat(35), 'f'.repeat(37), 'a\n'),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.stringMatching(/^[a-f0-9-]{34,38}$/),
  fc.stringMatching(/^[a-zA-Z0-9._/:-]{1,12}$/),
);

/** A member value: right, of the wrong type, at a boundary, or missing (`undefined`). */
const memberValue = fc.oneof(edgeString, fc.constant(undefined), fc.constant(null), fc.double(), fc.integer(), fc.anything(ANYTHING));

const s3Like = fc.oneof(
  fc.record({ S3LocationUri: memberValue, S3BucketRegion: memberValue, S3BucketAccessRoleArn: memberValue }, { requiredKeys: [] }),
  fc.tuple(fc.constantFrom('S3LocationUri', 'S3BucketRegion', 'S3BucketAccessRoleArn', 'KmsKeyId', '__proto__', 'toString'), memberValue).map(([key, value]) => {
    const s3: Record<string, unknown> = { ...VALID_S3 };
    Object.defineProperty(s3, key, { value, enumerable: true, writable: true, configurable: true });
    return s3;
  }),
  fc.constant(VALID_S3),
  memberValue,
);

/** Request-shaped values that stray from the schema one or two ways at a time. */
const structural = fc.record(
  {
    Destinations: fc.oneof(fc.array(edgeString, { maxLength: 3 }), fc.array(memberValue, { maxLength: 2 }), memberValue),
    ImportSource: fc.oneof(
      s3Like.map((S3) => ({ S3 })),
      s3Like.map((S3) => ({ S3, s3: S3 })),
      fc.constant({}),
      memberValue,
    ),
    StartEventTime: fc.oneof(fc.double(), fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, 1704067200, '2024-01-01T00:00:00Z'), memberValue),
    EndEventTime: memberValue,
    ImportId: fc.oneof(edgeString, memberValue),
    Destination: memberValue,
  },
  { requiredKeys: [] },
);

describe('the structural checks of StartImport requests', () => {
  it('report what the compiled request schema reports, violation for violation, for every request fixture', () => {
    const requests = loadFixtures().filter((fixture) => fixture.kind === 'requests');
    expect(requests.length).toBeGreaterThan(20);
    for (const fixture of requests) {
      const documents: unknown[] = Array.isArray(fixture.document) ? (fixture.document as unknown[]) : [fixture.document];
      for (const document of documents) expectSame(toWireShape(document), fixture.name);
    }
  });

  it('report what the compiled schema reports for values that stray from it one or two ways at a time', () => {
    fc.assert(
      fc.property(structural, (value) => {
        expectSame(value);
      }),
      { numRuns: 3000 },
    );
  });

  it('report what the compiled schema reports for valid, labelled-invalid and fuzzed requests', () => {
    const anyRequest = fc.oneof(
      startImportRequest({ shape: 'wire' }),
      invalidStartImportRequest({ shape: 'wire' }).map((labelled) => labelled.request),
      requestLike,
      fc.anything(ANYTHING),
    );
    fc.assert(
      fc.property(anyRequest, (value) => {
        expectSame(value);
      }),
      { numRuns: 2000 },
    );
  });

  it('report nothing for a request whose structure is right, even when it breaks the rules', () => {
    const reversed = { Destinations: ['0b2f7a4c-9f3e-4c1d-8a55-6c1e2f3d4b5a'], ImportSource: { S3: VALID_S3 }, StartEventTime: 2, EndEventTime: 1 };
    expect(checked(reversed)).toEqual([]);
    expect(compiled(reversed)).toEqual([]);
  });

  it('report each violation where it is, in report order', () => {
    const value = { Destination: [], Destinations: ['ab', 'a b'], ImportSource: { S3: { S3LocationUri: 1, KmsKeyId: 'k' } }, ImportId: 'x' };
    expect(checked(value)).toEqual(compiled(value));
    expect(checked(value).map((v) => `${v.code} ${v.path}`)).toEqual([
      'unknown-member /Destination',
      'unknown-member /ImportSource/S3/KmsKeyId',
      'type-mismatch /ImportSource/S3/S3LocationUri',
      'destinations-count /Destinations',
      'destination-length /Destinations/0',
      'destination-pattern /Destinations/1',
      's3-member-missing /ImportSource/S3/S3BucketRegion',
      's3-member-missing /ImportSource/S3/S3BucketAccessRoleArn',
      'import-id-invalid /ImportId',
    ]);
  });
});

describe('REQUEST_CHECKS', () => {
  it('is every check whose subjects include request, in catalogue order', () => {
    expect(REQUEST_CHECKS.map((check) => check.row.code)).toEqual(START_IMPORT_CHECKS.filter((check) => check.row.subjects.includes('request')).map((check) => check.row.code));
    const ranks = REQUEST_CHECKS.map((check) => catalogueRank(check.row.code));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });
});
