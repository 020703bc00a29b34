import { describe, expect, it } from 'vitest';
import { ruleCatalogue } from '../../src/index.js';
import { compiledSchemas, schemaErrors } from '../../src/validate/schema.js';
import { shapeAt, violationsFromSchemaErrors } from '../../src/validate/schema-errors.js';
import commonSchema from '../../schemas/common.schema.json' with { type: 'json' };
import requestSchema from '../../schemas/start-import-request.schema.json' with { type: 'json' };
import responseSchema from '../../schemas/start-import-response.schema.json' with { type: 'json' };

const S3 = { S3LocationUri: 's3://b-1/', S3BucketRegion: 'us-east-1', S3BucketAccessRoleArn: 'arn:aws:iam::123456789012:role/r' };
const FALLBACK = 'must match its shape in the StartImport model';

/** One value per (shape, keyword) of the schemas, with the code its schema error must map to. */
const cases: readonly [string, 'request' | 'response', unknown, string][] = [
  ['# type', 'request', [], 'type-mismatch'],
  ['# additionalProperties', 'request', { Destination: [] }, 'unknown-member'],
  ['ImportDestinations type', 'request', { Destinations: 'x' }, 'type-mismatch'],
  ['ImportDestinations minItems', 'request', { Destinations: [] }, 'destinations-count'],
  ['ImportDestinations maxItems', 'request', { Destinations: ['abc', 'abd'] }, 'destinations-count'],
  ['EventDataStoreArn type', 'request', { Destinations: [1] }, 'type-mismatch'],
  ['EventDataStoreArn minLength', 'request', { Destinations: ['ab'] }, 'destination-length'],
  ['EventDataStoreArn maxLength', 'request', { Destinations: ['a'.repeat(257)] }, 'destination-length'],
  ['EventDataStoreArn pattern', 'request', { Destinations: ['a b'] }, 'destination-pattern'],
  ['ImportSource type', 'request', { ImportSource: 'x' }, 'type-mismatch'],
  ['ImportSource required', 'request', { ImportSource: {} }, 'import-source-missing-s3'],
  ['ImportSource additionalProperties', 'request', { ImportSource: { S3, s3: {} } }, 'unknown-member'],
  ['S3ImportSource type', 'request', { ImportSource: { S3: [] } }, 'type-mismatch'],
  ['S3ImportSource required', 'request', { ImportSource: { S3: {} } }, 's3-member-missing'],
  ['S3ImportSource additionalProperties', 'request', { ImportSource: { S3: { ...S3, KmsKeyId: 'k' } } }, 'unknown-member'],
  ['String type', 'request', { ImportSource: { S3: { ...S3, S3LocationUri: 1 } } }, 'type-mismatch'],
  ['Date type', 'request', { StartEventTime: '2024' }, 'timestamp-invalid'],
  ['UUID type', 'request', { ImportId: 1 }, 'type-mismatch'],
  ['UUID minLength', 'request', { ImportId: 'abc' }, 'import-id-invalid'],
  ['UUID maxLength', 'request', { ImportId: 'a'.repeat(37) }, 'import-id-invalid'],
  ['UUID pattern', 'request', { ImportId: 'g'.repeat(36) }, 'import-id-invalid'],
  ['ImportStatus type', 'response', { ImportStatus: 1 }, 'type-mismatch'],
  ['ImportStatus enum', 'response', { ImportStatus: 'RUNNING' }, 'response-import-status-invalid'],
];

/** Every (shape, keyword) pair the request and response schemas can report. */
function keywordLocations(): Set<string> {
  const defs = commonSchema.$defs as Record<string, Record<string, unknown>>;
  const found = new Set<string>();
  const walk = (shape: string, schema: Record<string, unknown>): void => {
    for (const keyword of Object.keys(schema)) {
      if (['type', 'additionalProperties', 'required', 'minItems', 'maxItems', 'minLength', 'maxLength', 'pattern', 'enum'].includes(keyword)) {
        found.add(`${shape} ${keyword}`);
      }
    }
    const properties = (schema['properties'] ?? {}) as Record<string, Record<string, unknown>>;
    for (const property of Object.values(properties)) {
      const ref = property['$ref'];
      if (typeof ref === 'string') walk(ref.split('/').pop() ?? '', defs[ref.split('/').pop() ?? ''] ?? {});
      else walk('String', property);
    }
    const items = schema['items'] as Record<string, unknown> | undefined;
    if (items !== undefined && typeof items['$ref'] === 'string') walk(items['$ref'].split('/').pop() ?? '', defs[items['$ref'].split('/').pop() ?? ''] ?? {});
  };
  walk('#', requestSchema);
  walk('#', responseSchema);
  return found;
}

describe('violationsFromSchemaErrors', () => {
  it.each(cases)('maps %s to its catalogue code', (_location, subject, value, code) => {
    const errors = schemaErrors(compiledSchemas[subject], value);
    expect(errors.length).toBeGreaterThan(0);
    const violations = violationsFromSchemaErrors(errors, subject);
    expect(violations.map((v) => v.code)).toContain(code);
    expect(violations.every((v) => v.message !== FALLBACK && ruleCatalogue.some((entry) => entry.code === v.code))).toBe(true);
  });

  it('has a case for every keyword of the request and response schemas', () => {
    const covered = new Set(cases.map(([location]) => location));
    expect([...keywordLocations()].filter((location) => !covered.has(location))).toEqual([]);
  });
});

describe('shapeAt', () => {
  it.each([
    ['', '#'],
    ['/Destinations', 'ImportDestinations'],
    ['/Destinations/0', 'EventDataStoreArn'],
    ['/ImportSource', 'ImportSource'],
    ['/ImportSource/S3', 'S3ImportSource'],
    ['/ImportSource/S3/S3BucketRegion', 'String'],
    ['/CreatedTimestamp', 'Date'],
    ['/ImportId', 'UUID'],
  ])('places %j in shape %s', (path, shape) => {
    expect(shapeAt(path)).toBe(shape);
  });
});
