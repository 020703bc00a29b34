import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
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
    expect(() => validateImportRequest('DescribeImport' as 'GetImport', {})).toThrow(/^validateImportRequest: the string 'DescribeImport' is not an import operation \(StartImport, GetImport/);
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

describe('a string whose length and pattern share one code (an ImportId)', () => {
  // The model's ImportId: 36 characters of ^[a-f0-9\-]+$ (CloudTrail); 1–256 of ^[\-a-zA-Z0-9]+$ (CloudWatch Logs).
  const sites = [
    { operation: 'GetImport', member: 'ImportId', code: 'import-id-invalid', min: 36, max: 36, pattern: /^[a-f0-9-]+$/ },
    { operation: 'StopImport', member: 'ImportId', code: 'import-id-invalid', min: 36, max: 36, pattern: /^[a-f0-9-]+$/ },
    { operation: 'ListImportFailures', member: 'ImportId', code: 'import-id-invalid', min: 36, max: 36, pattern: /^[a-f0-9-]+$/ },
    { operation: 'CancelImportTask', member: 'importId', code: 'logs-import-id-invalid', min: 1, max: 256, pattern: /^[-a-zA-Z0-9]+$/ },
  ] as const;
  // Texts near and far from both constraints: hex digits, their capitals, other letters, spaces; lengths about both bounds.
  const text = fc.oneof(
    fc.string({ unit: fc.constantFrom(...Array.from('0123456789abcdef-')), maxLength: 40 }),
    fc.string({ unit: fc.constantFrom(...Array.from('0123456789abcdefXYZ -_')), maxLength: 40 }),
    fc.string({ unit: fc.constantFrom(...Array.from('aZ9-')), minLength: 250, maxLength: 260 }),
    fc.string({ maxLength: 40 }),
  );

  it('is reported once, by a message that names each constraint it breaks, and not at all when it keeps both', () => {
    fc.assert(
      fc.property(fc.constantFrom(...sites), text, ({ operation, member, code, min, max, pattern }, value) => {
        // Code points, as Smithy counts.
        const length = Array.from(value).length;
        const badLength = length < min || length > max;
        const badPattern = !pattern.test(value);
        const found = validateImportRequest(operation, { [member]: value }).violations.filter((v) => v.code === code);
        expect(found).toHaveLength(badLength || badPattern ? 1 : 0);
        const message = found[0]?.message ?? '';
        expect(message.includes(' long')).toBe(badLength);
        expect(message.includes('match ')).toBe(badPattern);
        if (badLength) expect(message).toContain(String(length));
      }),
    );
  });

  it('says both at once: the user learns in one run that `zz` is too short and no hex', () => {
    expect(validateImportRequest('GetImport', { ImportId: 'zz' }).violations).toEqual([
      expect.objectContaining({ code: 'import-id-invalid', path: '/ImportId', message: "must be 36 characters long and match ^[a-f0-9\\-]+$ (got 'zz', 2 characters)" }),
    ]);
    expect(validateImportRequest('GetImport', { ImportId: 'abc' }).violations).toEqual([expect.objectContaining({ message: 'must be 36 characters long (got 3)' })]);
    expect(validateImportRequest('GetImport', { ImportId: `${ID.slice(0, 35)}Z` }).violations).toEqual([
      expect.objectContaining({ message: `must match ^[a-f0-9\\-]+$ (got '${ID.slice(0, 35)}Z')` }),
    ]);
  });
});
