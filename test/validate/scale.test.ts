/**
 * The validators at scale (issue 14): a document with many violations costs time linear in its
 * size and reports at most MAX_VIOLATIONS_PER_DOCUMENT of them, then one `violations-truncated`
 * saying how many more; a deep chain under an unknown member is reported, not walked.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogueRank } from '../../src/rules/catalogue.js';
import { MAX_LIST_ITEMS_CHECKED, MAX_VIOLATIONS_PER_DOCUMENT, validateStartImportRequest, validateStartImportResponse, type Violation } from '../../src/index.js';

/** A generous backstop: each case takes milliseconds once linear (seconds to minutes before). */
const BACKSTOP_MS = 1000;

function timed<T>(run: () => T): T {
  const start = performance.now();
  const result = run();
  expect(performance.now() - start).toBeLessThan(BACKSTOP_MS);
  return result;
}

function codes(violations: readonly Violation[]): string[] {
  return [...new Set(violations.map((v) => v.code))];
}

/** The number `violations-truncated` says were not reported (0 without one). */
function dropped(violations: readonly Violation[]): number {
  const notice = violations.find((v) => v.code === 'violations-truncated');
  const match = notice === undefined ? null : /^(\d+) more violations? not reported/.exec(notice.message);
  return match === null ? 0 : Number(match[1]);
}

/** `{ ImportSource: { S3: { S3: … } } }`, `depth` S3 levels deep under ImportSource. */
function s3Chain(depth: number): Record<string, unknown> {
  let inner: Record<string, unknown> = {};
  for (let level = 1; level < depth; level += 1) inner = { S3: inner };
  return { ImportSource: { S3: inner }, StartEventTime: new Date('2024-01-01T00:00:00Z') };
}

function sparse(length: number): unknown[] {
  const list: unknown[] = [];
  list.length = length;
  return list;
}

describe('validateStartImportRequest at scale', () => {
  it('reports 30,000 non-string destinations as destinations-count and the first items, cut at the limit', () => {
    const { violations } = timed(() => validateStartImportRequest({ Destinations: new Array(30_000).fill(1) }));
    expect(violations).toHaveLength(MAX_VIOLATIONS_PER_DOCUMENT + 1);
    // Every code keeps its first violation: the type-mismatch items do not hide destinations-count.
    expect(codes(violations).sort()).toEqual(['destinations-count', 'new-import-missing-import-source', 'type-mismatch', 'violations-truncated']);
    expect(violations.at(-1)?.message).toContain(`${String(30_000 - MAX_LIST_ITEMS_CHECKED)} Destinations items past the first ${String(MAX_LIST_ITEMS_CHECKED)} not checked`);
  });

  it('sorts many violations of different codes without quadratic cost', () => {
    const destinations = Array.from({ length: 30_000 }, (_, i) => (i % 2 === 0 ? 1 : 'x'.repeat(300)));
    const { violations } = timed(() => validateStartImportRequest({ Destinations: destinations }));
    expect(codes(violations).sort()).toEqual(['destination-id-not-uuid', 'destination-length', 'destinations-count', 'new-import-missing-import-source', 'type-mismatch', 'violations-truncated']);
    // In catalogue order, the notice last.
    expect(violations.map((v) => catalogueRank(v.code))).toEqual(violations.map((v) => catalogueRank(v.code)).sort((a, b) => a - b));
    expect(violations).toHaveLength(MAX_VIOLATIONS_PER_DOCUMENT + 1);
  });

  it('reports 20,000 unknown keys as the first 100 unknown-member and says how many more', () => {
    const value = Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`Key${String(i)}`, i]));
    const { violations, valid } = timed(() => validateStartImportRequest(value));
    expect(valid).toBe(false);
    expect(violations).toHaveLength(MAX_VIOLATIONS_PER_DOCUMENT + 1);
    expect(codes(violations)).toEqual(['unknown-member', 'request-empty', 'violations-truncated']);
    // 20,000 unknown members and request-empty, less the 100 reported.
    expect(dropped(violations)).toBe(20_001 - MAX_VIOLATIONS_PER_DOCUMENT);
  });

  it.each([1e6, 1e9])('answers a Destinations of %d holes without walking it', (length) => {
    const { violations } = timed(() => validateStartImportRequest({ Destinations: sparse(length) }));
    expect(violations.length).toBeLessThanOrEqual(MAX_VIOLATIONS_PER_DOCUMENT + 1);
    expect(violations.find((v) => v.code === 'destinations-count')?.message).toContain(`got ${String(length)}`);
    expect(violations.at(-1)?.code).toBe('violations-truncated');
    expect(violations.at(-1)?.message).toContain(`${String(length - MAX_LIST_ITEMS_CHECKED)} Destinations items`);
  });

  it.each(['sdk', 'auto', 'wire', 'cli'] as const)('reports a 10,000-deep S3 chain (%s shape) as unknown-member at its first extra level', (shape) => {
    const { violations } = timed(() => validateStartImportRequest(s3Chain(10_000), { shape }));
    expect(violations.find((v) => v.code === 'unknown-member')?.path).toBe('/ImportSource/S3/S3');
    expect(violations.some((v) => v.message.includes('must be readable plain data'))).toBe(false);
  });

  it('reports a 10,000-deep chain under an unknown member without reading it', () => {
    const { violations } = timed(() => validateStartImportRequest({ Stray: s3Chain(10_000), StartEventTime: new Date(0) }));
    expect(violations.filter((v) => v.code === 'unknown-member').map((v) => v.path)).toEqual(['/Stray']);
  });

  it('adds nothing to a valid request', () => {
    const request = {
      Destinations: ['arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/0b2f7a4c-9f3e-4c1d-8a55-6c1e2f3d4b5a'],
      ImportSource: { S3: { S3LocationUri: 's3://example-trail-logs/AWSLogs/123456789012/CloudTrail/', S3BucketRegion: 'us-east-1', S3BucketAccessRoleArn: 'arn:aws:iam::123456789012:role/ImportRole' } },
    };
    expect(validateStartImportRequest(request).violations).toEqual([]);
  });

  it('reports k injected unknown members in full up to the limit, then cut with an exact count', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 * MAX_VIOLATIONS_PER_DOCUMENT }), (k) => {
        const value: Record<string, unknown> = { ImportId: '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b' };
        for (let i = 0; i < k; i += 1) value[`Stray${String(i)}`] = i;
        const { violations } = validateStartImportRequest(value);
        const reported = violations.filter((v) => v.code === 'unknown-member').length;
        expect(violations.length).toBeLessThanOrEqual(MAX_VIOLATIONS_PER_DOCUMENT + 1);
        expect(reported + dropped(violations)).toBe(k);
        expect(violations.length).toBe(k <= MAX_VIOLATIONS_PER_DOCUMENT ? k : MAX_VIOLATIONS_PER_DOCUMENT + 1);
      }),
      { numRuns: 60 },
    );
  });
});

describe('validateStartImportResponse at scale', () => {
  it('cuts a response with many unknown members at the limit', () => {
    const value = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`Key${String(i)}`, i]));
    const { violations } = timed(() => validateStartImportResponse(value, { shape: 'wire' }));
    expect(violations).toHaveLength(MAX_VIOLATIONS_PER_DOCUMENT + 1);
    expect(violations.at(-1)?.code).toBe('violations-truncated');
  });

  it.each([1e7, 1e9])('answers a Destinations of %d holes with the real count, reading at most the checked items', (length) => {
    const list = sparse(length);
    list[3] = 'x';
    let reads = 0;
    // Counts item reads: timing alone is loose on a loaded machine, the count is exact.
    const counted = new Proxy(list, {
      get(target, key, receiver): unknown {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads += 1;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const response = { ImportId: '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b', ImportStatus: 'INITIALIZING', Destinations: counted };
    const { violations } = timed(() => validateStartImportResponse(response, { shape: 'wire' }));
    // The schema and each check that reads Destinations items (count, length, pattern, the destination
    // checks' shared reading, the cap) read the checked items at most once: a bound in the checked
    // items, never in the list's length.
    expect(reads).toBeLessThanOrEqual(8 * MAX_LIST_ITEMS_CHECKED);
    expect(violations.length).toBeLessThanOrEqual(MAX_VIOLATIONS_PER_DOCUMENT + 1);
    expect(violations.find((v) => v.code === 'destinations-count')?.message).toContain(`got ${String(length)}`);
    expect(violations.find((v) => v.path === '/Destinations/0')?.code).toBe('type-mismatch');
    expect(violations.at(-1)?.code).toBe('violations-truncated');
    expect(violations.at(-1)?.message).toContain(`${String(length - MAX_LIST_ITEMS_CHECKED)} Destinations items past the first ${String(MAX_LIST_ITEMS_CHECKED)} not checked`);
  });
});
