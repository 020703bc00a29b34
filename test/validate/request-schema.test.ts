import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invalidStartImportRequest, startImportRequest } from '../../src/arbitraries/index.js';
import { REQUEST_RULES, rules, viewOf } from '../../src/rules/index.js';
import { normalise } from '../../src/validate/normalise.js';
import { requestSchemaErrors } from '../../src/validate/request-schema.js';
import { compiledSchemas, schemaErrors, type SchemaError } from '../../src/validate/schema.js';
import { violationsFromSchemaErrors } from '../../src/validate/schema-errors.js';
import { ANYTHING, requestLike } from '../support/fuzz-arbitraries.js';
import { loadFixtures } from '../support/fixtures.js';
import { toWireShape } from '../support/shapes.js';

/** What an error says, without ajv's schema bookkeeping (schemaPath, message, schema, parentSchema), which nothing reads. */
function gist(errors: readonly SchemaError[]): unknown[] {
  return errors.map(({ instancePath, keyword, params, data }) => ({ instancePath, keyword, params, data }));
}

/**
 * The hand-written request schema's errors and the compiled schema's, for the value `normalise`
 * reads for the rules (the value the compiled schema would check), and the violations each maps to.
 */
function both(value: unknown): { hand: unknown[]; compiled: unknown[] } | undefined {
  const normalised = normalise(value, 'wire', 'request');
  if (!('view' in normalised)) return undefined;
  const { view } = normalised;
  const hand = requestSchemaErrors(view);
  const compiled = schemaErrors(compiledSchemas.request, view.wire);
  return {
    hand: [gist(hand), violationsFromSchemaErrors(hand, 'request')],
    compiled: [gist(compiled), violationsFromSchemaErrors(compiled, 'request')],
  };
}

const NO_MEMBERS = { hasDestinations: false, hasImportSource: false, hasStartEventTime: false, hasEndEventTime: false, hasImportId: false };

function expectSame(value: unknown, label?: string): void {
  const found = both(value);
  if (found !== undefined) expect(found.hand, label).toEqual(found.compiled);
  // Also for the value as it is, whatever normalise would have made of it (NaN timestamps, say).
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const view = viewOf(value as Record<string, unknown>, NO_MEMBERS);
    expect(gist(requestSchemaErrors(view)), label).toEqual(gist(schemaErrors(compiledSchemas.request, value)));
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

describe('requestSchemaErrors', () => {
  it('reports the compiled request schema’s errors, error for error, for every request fixture', () => {
    const requests = loadFixtures().filter((fixture) => fixture.kind === 'requests');
    expect(requests.length).toBeGreaterThan(20);
    for (const fixture of requests) {
      const documents: unknown[] = Array.isArray(fixture.document) ? (fixture.document as unknown[]) : [fixture.document];
      for (const document of documents) expectSame(toWireShape(document), fixture.name);
    }
  });

  it('reports the compiled schema’s errors for values that stray from it one or two ways at a time', () => {
    fc.assert(
      fc.property(structural, (value) => {
        expectSame(value);
      }),
      { numRuns: 3000 },
    );
  });

  it('reports the compiled schema’s errors for valid, labelled-invalid and fuzzed requests', () => {
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

  it('reports nothing for a request whose structure is right, even when it breaks the rules', () => {
    const reversed = { Destinations: ['0b2f7a4c-9f3e-4c1d-8a55-6c1e2f3d4b5a'], ImportSource: { S3: VALID_S3 }, StartEventTime: 2, EndEventTime: 1 };
    expect(both(reversed)).toEqual({ hand: [[], []], compiled: [[], []] });
  });

  it('reports each error where it is, in the compiled schema’s order', () => {
    const value = { Destination: [], Destinations: ['ab', 'a b'], ImportSource: { S3: { S3LocationUri: 1, KmsKeyId: 'k' } }, ImportId: 'x' };
    const found = both(value);
    expect(found?.hand).toEqual(found?.compiled);
    const normalised = normalise(value, 'wire', 'request');
    if (!('view' in normalised)) throw new Error('a structure');
    expect(requestSchemaErrors(normalised.view).map((e) => `${e.keyword} ${e.instancePath}`)).toEqual([
      'additionalProperties ',
      'maxItems /Destinations',
      'minLength /Destinations/0',
      'pattern /Destinations/1',
      'required /ImportSource/S3',
      'required /ImportSource/S3',
      'additionalProperties /ImportSource/S3',
      'type /ImportSource/S3/S3LocationUri',
      'minLength /ImportId',
      'pattern /ImportId',
    ]);
  });
});

describe('REQUEST_RULES', () => {
  it('is every rule whose subjects include request, in catalogue order', () => {
    expect([...REQUEST_RULES]).toEqual(rules.filter((rule) => rule.subjects.includes('request')));
  });
});
