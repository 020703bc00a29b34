import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invalidStartImportRequest, startImportRequest } from '../../src/arbitraries/index.js';
import { rules } from '../../src/rules/index.js';
import { conformsToRequestSchema } from '../../src/validate/conforms.js';
import { normalise } from '../../src/validate/normalise.js';
import { REQUEST_RULES } from '../../src/validate/run.js';
import { compiledSchemas } from '../../src/validate/schema.js';
import { ANYTHING, requestLike } from '../support/fuzz-arbitraries.js';
import { loadFixtures } from '../support/fixtures.js';
import { toWireShape } from '../support/shapes.js';

/** What the compiled request schema says of the value `normalise` reads for the rules (the value the schema would check). */
function verdicts(value: unknown): { fast: boolean; schema: boolean } | undefined {
  const normalised = normalise(value, 'wire', 'request');
  if (!('view' in normalised)) return undefined;
  return { fast: conformsToRequestSchema(normalised.view), schema: compiledSchemas.request(normalised.view.wire) };
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

describe('conformsToRequestSchema', () => {
  it('gives the compiled request schema’s answer for every request fixture', () => {
    const requests = loadFixtures().filter((fixture) => fixture.kind === 'requests');
    expect(requests.length).toBeGreaterThan(20);
    for (const fixture of requests) {
      const found = verdicts(toWireShape(fixture.document));
      if (found !== undefined) expect(found.fast, fixture.name).toBe(found.schema);
    }
  });

  it('gives the compiled schema’s answer for values that stray from it one or two ways at a time', () => {
    fc.assert(
      fc.property(structural, (value) => {
        const found = verdicts(value);
        if (found !== undefined) expect(found.fast).toBe(found.schema);
      }),
      { numRuns: 3000 },
    );
  });

  it('gives the compiled schema’s answer for valid, labelled-invalid and fuzzed requests', () => {
    const anyRequest = fc.oneof(
      startImportRequest({ shape: 'wire' }),
      invalidStartImportRequest({ shape: 'wire' }).map((labelled) => labelled.request),
      requestLike,
      fc.anything(ANYTHING),
    );
    fc.assert(
      fc.property(anyRequest, (value) => {
        const found = verdicts(value);
        if (found !== undefined) expect(found.fast).toBe(found.schema);
      }),
      { numRuns: 2000 },
    );
  });

  it('says yes to both valid and rule-breaking requests whose structure is right, so the schema is skipped for them', () => {
    const ok = { Destinations: ['0b2f7a4c-9f3e-4c1d-8a55-6c1e2f3d4b5a'], ImportSource: { S3: VALID_S3 }, StartEventTime: 2, EndEventTime: 1 };
    expect(verdicts(ok)).toEqual({ fast: true, schema: true });
    expect(verdicts({ ...ok, Destinations: ['a b'] })).toEqual({ fast: false, schema: false });
    expect(verdicts({ ...ok, ImportSource: { S3: { ...VALID_S3, S3BucketRegion: undefined } } })).toEqual({ fast: false, schema: false });
  });
});

describe('REQUEST_RULES', () => {
  it('is every rule whose subjects include request, in catalogue order', () => {
    expect([...REQUEST_RULES]).toEqual(rules.filter((rule) => rule.subjects.includes('request')));
  });
});
