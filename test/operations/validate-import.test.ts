import { describe, expect, it } from 'vitest';
import { validateImportRequest, validateImportResponse, validateStartImportRequest, validateStartImportResponse } from '../../src/index.js';

const ID = '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b';
const ARN = 'arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/0b2f7a4c-9f3e-4c1d-8a55-6c1e2f3d4b5a';

function codes(result: { readonly violations: readonly { readonly code: string }[] }): string[] {
  return result.violations.map((v) => v.code);
}

describe('validateImportRequest', () => {
  it('returns exactly what validateStartImportRequest returns for StartImport', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    for (const request of [{ ImportId: ID }, { Destinations: [ARN] }, {}, 'x', { ImportId: ID, Extra: 1 }]) {
      expect(validateImportRequest('StartImport', request, { now })).toEqual(validateStartImportRequest(request, { now }));
    }
  });

  it.each(['GetImport', 'StopImport', 'ListImportFailures'] as const)('accepts a %s input naming a valid ImportId and returns it decoded', (operation) => {
    expect(validateImportRequest(operation, { ImportId: ID })).toEqual({ valid: true, violations: [], value: { ImportId: ID } });
  });

  it.each(['GetImport', 'StopImport', 'ListImportFailures'] as const)('rejects a %s input without ImportId (required-member-missing)', (operation) => {
    const result = validateImportRequest(operation, {});
    expect(result.valid).toBe(false);
    expect(result.violations).toEqual([
      expect.objectContaining({ code: 'required-member-missing', path: '/ImportId', exception: 'InvalidParameterException' }),
    ]);
  });

  it('rejects an ImportId off the model pattern or length (import-id-invalid), a documentation placeholder too', () => {
    expect(codes(validateImportRequest('GetImport', { ImportId: ID.toUpperCase() }))).toEqual(['import-id-invalid']);
    expect(codes(validateImportRequest('GetImport', { ImportId: `${ID}0` }))).toEqual(['import-id-invalid']);
    expect(codes(validateImportRequest('StopImport', { ImportId: 'EXAMPLEe-7be2-4658-9204-b38c3257fcd1' }))).toEqual(['import-id-invalid']);
  });

  it('accepts an ImportId the model accepts however unlike a UUID (36 of a-f, 0-9 and -)', () => {
    expect(validateImportRequest('GetImport', { ImportId: '-'.repeat(36) }).valid).toBe(true);
  });

  it('accepts ListImports with no member, and with every member at its bounds', () => {
    expect(validateImportRequest('ListImports', {}).valid).toBe(true);
    for (const input of [
      { MaxResults: 1, NextToken: 'abcd', ImportStatus: 'COMPLETED', Destination: ARN },
      { MaxResults: 1000, NextToken: 'x'.repeat(1000), ImportStatus: 'INITIALIZING' },
    ]) {
      expect(validateImportRequest('ListImports', input)).toEqual({ valid: true, violations: [], value: input });
    }
  });

  it.each([
    [{ MaxResults: 0 }, 'max-results-out-of-range'],
    [{ MaxResults: 1001 }, 'max-results-out-of-range'],
    [{ MaxResults: 2.5 }, 'type-mismatch'],
    [{ MaxResults: '10' }, 'type-mismatch'],
    [{ NextToken: 'abc' }, 'next-token-length'],
    [{ NextToken: 'x'.repeat(1001) }, 'next-token-length'],
    [{ ImportStatus: 'completed' }, 'import-status-filter-invalid'],
    [{ Destination: 'ab' }, 'destination-length'],
    [{ Destination: 'arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/a b' }, 'destination-pattern'],
    [{ Destinations: [ARN] }, 'unknown-member'],
  ])('rejects the ListImports input %j (%s)', (input, code) => {
    const result = validateImportRequest('ListImports', input);
    expect(result.valid).toBe(false);
    expect(codes(result)).toContain(code);
  });

  it('warns of a Destination filter of the model that names no event data store: it matches no import', () => {
    for (const Destination of ['arn:aws:s3:::bucket', 'x_y-z', 'arn:aws:cloudtrail:xx-east-9:123456789012:eventdatastore/0b2f7a4c-9f3e-4c1d-8a55-6c1e2f3d4b5a']) {
      const result = validateImportRequest('ListImports', { Destination });
      expect(result.valid).toBe(true);
      expect(result.violations.map((v) => `${v.severity} ${v.code} ${v.path}`)).toEqual(['warning destination-filter-not-event-data-store /Destination']);
    }
  });

  it('answers a bad NextToken with InvalidNextTokenException, as the model documents for a token that is not valid', () => {
    expect(validateImportRequest('ListImportFailures', { ImportId: ID, NextToken: '' }).violations[0]?.exception).toBe('InvalidNextTokenException');
  });

  it('counts length in code points, as Smithy does', () => {
    expect(validateImportRequest('ListImports', { NextToken: '😀😀😀😀' }).valid).toBe(true);
    expect(validateImportRequest('ListImports', { NextToken: '😀😀' }).valid).toBe(false);
  });

  it('treats a null member as absent in the sdk shape (the SDK leaves it out) and as a type mismatch in wire and cli', () => {
    expect(validateImportRequest('ListImports', { MaxResults: null }).valid).toBe(true);
    expect(codes(validateImportRequest('ListImports', { MaxResults: null }, { shape: 'cli' }))).toEqual(['type-mismatch']);
    expect(codes(validateImportRequest('GetImport', { ImportId: null }))).toEqual(['required-member-missing']);
  });

  it('never throws for a value that throws while being read', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const getter = Object.defineProperty({}, 'ImportId', { enumerable: true, get: () => { throw new Error('boom'); } });
    for (const value of [proxy, getter, { ImportId: proxy }]) {
      const result = validateImportRequest('GetImport', value);
      expect([result.valid, codes(result), result.value]).toEqual([false, ['type-mismatch'], undefined]);
    }
  });

  it('caps a report at MAX_VIOLATIONS_PER_DOCUMENT with violations-truncated, keeping every code', () => {
    const input: Record<string, unknown> = { ImportId: 'x' };
    for (let i = 0; i < 150; i += 1) input[`Extra${String(i)}`] = i;
    const result = validateImportRequest('GetImport', input);
    expect(result.violations).toHaveLength(101);
    expect(codes(result)).toContain('import-id-invalid');
    const last = result.violations.at(-1);
    expect([last?.code, last?.message.startsWith('51 more violations not reported')]).toEqual(['violations-truncated', true]);
  });

  it('throws a TypeError naming the operations for an unknown operation', () => {
    expect(() => validateImportRequest('DescribeImport' as 'GetImport', {})).toThrow(/unknown import operation 'DescribeImport' \(operations: StartImport, GetImport/);
  });
});

describe('validateImportResponse', () => {
  const response = {
    ImportId: ID,
    Destinations: [ARN],
    ImportSource: { S3: { S3LocationUri: 's3://bucket/prefix', S3BucketRegion: 'us-east-1', S3BucketAccessRoleArn: 'arn:aws:iam::123456789012:role/r' } },
    ImportStatus: 'COMPLETED',
    CreatedTimestamp: new Date(1_700_000_000_000),
    ImportStatistics: { PrefixesFound: 1, FilesCompleted: 2 },
  };

  it('returns exactly what validateStartImportResponse returns for StartImport', () => {
    const output = { ImportId: ID, ImportStatus: 'NOPE' };
    expect(validateImportResponse('StartImport', output)).toEqual(validateStartImportResponse(output));
  });

  it('accepts a GetImport and a StopImport output and decodes their timestamps to epoch seconds', () => {
    for (const operation of ['GetImport', 'StopImport'] as const) {
      const result = validateImportResponse(operation, response);
      expect([result.valid, result.violations]).toEqual([true, []]);
      expect(result.value?.['CreatedTimestamp']).toBe(1_700_000_000);
    }
  });

  it('reads timestamps as the shape says: ISO strings in cli, numbers only in wire', () => {
    expect(validateImportResponse('GetImport', { CreatedTimestamp: '2024-01-01T00:00:00Z' }, { shape: 'cli' }).valid).toBe(true);
    expect(codes(validateImportResponse('GetImport', { CreatedTimestamp: '2024-01-01T00:00:00Z' }, { shape: 'wire' }))).toEqual(['timestamp-invalid']);
    expect(codes(validateImportResponse('GetImport', { CreatedTimestamp: 1_700_000_000 }))).toEqual(['timestamp-invalid']);
  });

  it.each([
    ['GetImport', { ImportStatus: 'DONE' }, 'response-import-status-invalid'],
    ['GetImport', { Destinations: [ARN, ARN] }, 'destinations-count'],
    ['GetImport', { ImportSource: {} }, 'import-source-missing-s3'],
    ['StopImport', { ImportSource: { S3: { S3LocationUri: 's3://b' } } }, 's3-member-missing'],
    ['ListImports', { Imports: [{ ImportStatus: 'DONE' }] }, 'response-import-status-invalid'],
    ['ListImports', { Imports: [{ ImportId: 'x' }] }, 'import-id-invalid'],
    ['ListImports', { Imports: {} }, 'type-mismatch'],
    ['ListImports', { NextToken: 'abc' }, 'next-token-length'],
    ['ListImportFailures', { Failures: [{ Status: 'DONE' }] }, 'response-failure-status-invalid'],
    ['ListImportFailures', { Failures: [{ Location: 5 }] }, 'type-mismatch'],
    ['ListImportFailures', { Failures: [], Extra: 1 }, 'unknown-member'],
  ] as const)('rejects the %s output %j (%s)', (operation, output, code) => {
    const result = validateImportResponse(operation, output, { shape: 'wire' });
    expect(result.valid).toBe(false);
    expect(codes(result)).toContain(code);
  });

  it('ignores the SDK $metadata of an sdk-shape output', () => {
    expect(validateImportResponse('ListImportFailures', { Failures: [], $metadata: { httpStatusCode: 200 } }).valid).toBe(true);
  });
});
