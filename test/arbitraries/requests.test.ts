import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newImportRequest, retryImportRequest, startImportRequest } from '../../src/arbitraries/index.js';
import { formatViolations, validateStartImportRequest } from '../../src/index.js';
import { toWireShape } from '../support/shapes.js';
import { problems } from './support/invariants.js';

const NOW = new Date('2026-11-24T00:00:00Z');
const SHAPES = ['sdk', 'wire', 'cli'] as const;

/** The validator's verdict and the independent invariants, as one list of findings. */
function findings(value: unknown, shape: (typeof SHAPES)[number]): string[] {
  const { violations } = validateStartImportRequest(value, { shape, now: NOW });
  return [...(violations.length === 0 ? [] : [formatViolations(violations)]), ...problems(toWireShape(value) as Record<string, unknown>)];
}

describe.each(SHAPES)('startImportRequest({ shape: %j })', (shape) => {
  it('produces only requests with no violation at all, and meeting every invariant', () => {
    fc.assert(
      fc.property(startImportRequest({ shape }), (request) => {
        expect(findings(request, shape)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps every value met while shrinking valid', () => {
    const seen: unknown[] = [];
    // Fails on requests with a time range, so the shrinker walks towards a minimal one.
    const result = fc.check(
      fc.property(newImportRequest({ shape }), (request) => {
        seen.push(request);
        return !('StartEventTime' in request);
      }),
      { seed: 1, numRuns: 200 },
    );
    expect(result.failed).toBe(true);
    expect(seen.length).toBeGreaterThan(20);
    for (const value of seen) expect(findings(value, shape)).toEqual([]);
  });

  it('holds each timestamp in the type of its shape', () => {
    const [request] = fc.sample(newImportRequest({ shape, timeRange: true }), { seed: 3, numRuns: 1 });
    const start: unknown = request?.StartEventTime;
    if (shape === 'sdk') expect(start).toBeInstanceOf(Date);
    if (shape === 'wire') expect(typeof start).toBe('number');
    if (shape === 'cli') expect(start).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });
});

describe('newImportRequest', () => {
  it('gives the same values for the same seed', () => {
    const sample = (): unknown[] => fc.sample(newImportRequest({ shape: 'wire' }), { seed: 20261124, numRuns: 20 });
    expect(sample()).toEqual(sample());
  });

  it('covers bare IDs, every partition family, organization prefixes, role paths, fractional seconds and no time range', () => {
    const values = fc.sample(newImportRequest({ shape: 'wire' }), { seed: 7, numRuns: 3000 }).map((v) => JSON.stringify(v));
    const seen = (pattern: RegExp): boolean => values.some((v) => pattern.test(v));
    expect(seen(/"Destinations":\["[0-9a-f]{8}-/)).toBe(true);
    expect(seen(/arn:aws-us-gov:cloudtrail/)).toBe(true);
    expect(seen(/arn:aws-cn:cloudtrail/)).toBe(true);
    expect(seen(/arn:aws-iso(-[a-z])?:cloudtrail/)).toBe(true);
    expect(seen(/AWSLogs\/o-[a-z0-9]+\/\d{12}\/CloudTrail\//)).toBe(true);
    expect(seen(/:role\/[^"]+\/[^"/]+"/)).toBe(true);
    expect(seen(/"StartEventTime":\d+\.\d+/)).toBe(true);
    expect(values.some((v) => !v.includes('StartEventTime'))).toBe(true);
  });

  it('honours its constraints', () => {
    const values = fc.sample(newImportRequest({ shape: 'wire', partition: 'aws-cn', destinationForm: 'id', timeRange: false, layout: 'organization' }), { seed: 5, numRuns: 50 });
    for (const value of values) {
      expect(value.Destinations?.[0]).toMatch(/^[0-9a-f-]{36}$/);
      expect(value.ImportSource?.S3?.S3BucketAccessRoleArn).toMatch(/^arn:aws-cn:iam::/);
      expect(value.ImportSource?.S3?.S3LocationUri).toMatch(/\/AWSLogs\/o-/);
      expect(value).not.toHaveProperty('StartEventTime');
    }
  });

  it('shrinks a failing property to a small counterexample', () => {
    // Fails as soon as the request has a time range: the smallest such request is small.
    const result = fc.check(fc.property(newImportRequest({ shape: 'wire' }), (request) => request.StartEventTime === undefined), { seed: 11 });
    expect(result.failed).toBe(true);
    const counterexample = result.counterexample?.[0];
    // Every part shrinks to its smallest form; the partition, drawn first by chain(), may stay.
    expect(JSON.stringify(counterexample).length).toBeLessThan(400);
    expect(counterexample?.ImportSource?.S3?.S3LocationUri).toBe('s3://aaa/AWSLogs/000000000000/CloudTrail/');
    expect(counterexample?.ImportSource?.S3?.S3BucketAccessRoleArn).toMatch(/:iam::000000000000:role\/a$/);
    expect(counterexample?.StartEventTime).toBe(new Date('2013-11-01T00:00:00Z').getTime() / 1000);
    expect(counterexample?.EndEventTime).toBe(new Date('2013-11-01T00:00:00.001Z').getTime() / 1000);
  });

  it('is stable for a fixed seed (snapshot)', () => {
    expect(fc.sample(newImportRequest({ shape: 'cli' }), { seed: 42, numRuns: 3 })).toMatchSnapshot();
  });
});

describe('retryImportRequest', () => {
  it('sends ImportId alone, a lowercase UUID', () => {
    fc.assert(
      fc.property(retryImportRequest(), (request) => {
        expect(Object.keys(request)).toEqual(['ImportId']);
        expect(request.ImportId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      }),
    );
  });
});
