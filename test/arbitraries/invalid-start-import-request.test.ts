import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invalidStartImportRequest, type LabelledInvalidRequest } from '../../src/arbitraries/invalid-start-import-request.js';
import { newImportRequest } from '../../src/arbitraries/new-import-request.js';
import { retryImportRequest } from '../../src/arbitraries/retry-import-request.js';
import { MUTATIONS, type BaseKind } from '../../src/arbitraries/_internals/mutations/index.js';
import type { Shape } from '../../src/contract/timestamps.js';
import { validateStartImportRequest } from '../../src/index.js';
import type { ViolationCode } from '../../src/rules/index.js';
import type { StartImportWireRequest } from '../../src/validate/index.js';
import { loadFixtures } from '../support/fixtures.js';
import { toWireShape } from '../support/shapes.js';
import { hashOf, labelMismatch, NOW, REQUEST_CODES, REQUEST_ERROR_CODES, SHAPES } from './support/labelled.js';

const shapes = SHAPES.map((shape) => [shape] as const);

/** The codes met over `numRuns` samples. */
function codesMet(arbitrary: fc.Arbitrary<LabelledInvalidRequest<Shape>>, numRuns: number): Set<ViolationCode> {
  return new Set(fc.sample(arbitrary, { seed: 1, numRuns }).map((value) => value.expected));
}

describe('invalidStartImportRequest', () => {
  it.each(shapes)('gets exactly its expected code (and its also codes) as errors, in the %s shape', (shape) => {
    fc.assert(
      fc.property(invalidStartImportRequest({ codes: REQUEST_CODES, shape, now: NOW }), (value) => {
        expect(labelMismatch(value, shape, NOW)).toBeUndefined();
      }),
      { numRuns: 1000 },
    );
  });

  it.each(shapes)('keeps its label on every value met while shrinking, in the %s shape', (shape) => {
    const met: LabelledInvalidRequest<Shape>[] = [];
    for (const code of REQUEST_CODES) {
      // Fails on about half the values: the shrinker tries many candidates at every level before it stops.
      const property = fc.property(invalidStartImportRequest({ codes: [code], shape, now: NOW }), (value) => {
        met.push(value);
        return hashOf(value.request) % 2 === 0;
      });
      expect(fc.check(property, { seed: 7, numRuns: 20 }).failed).toBe(true);
    }
    expect(met.length).toBeGreaterThan(REQUEST_CODES.length * 100);
    expect(met.map((value) => labelMismatch(value, shape, NOW)).filter((problem) => problem !== undefined)).toEqual([]);
  });

  it('gives the same values for the same seed', () => {
    const sample = (seed: number): unknown[] => fc.sample(invalidStartImportRequest({ shape: 'sdk', now: NOW }), { seed, numRuns: 100 });
    expect(sample(42)).toEqual(sample(42));
    expect(sample(42)).not.toEqual(sample(43));
  });

  it('yields only the codes asked for, a warning code too', () => {
    const values = fc.sample(invalidStartImportRequest({ codes: ['time-range-half-open'], shape: 'cli', now: NOW }), { seed: 3, numRuns: 200 });
    expect(new Set(values.map((value) => value.expected))).toEqual(new Set(['time-range-half-open']));
    expect(values.map((value) => labelMismatch(value, 'cli', NOW)).filter((problem) => problem !== undefined)).toEqual([]);
  });

  it("yields every request error code of the catalogue by default, and warnings only when they're asked for", () => {
    expect(codesMet(invalidStartImportRequest({ now: NOW }), 3000)).toEqual(new Set(REQUEST_ERROR_CODES));
    expect(codesMet(invalidStartImportRequest({ codes: REQUEST_CODES, now: NOW }), 4000)).toEqual(new Set(REQUEST_CODES));
  });

  it('makes the validator report every request code of the catalogue over 10,000 samples', () => {
    const reported = new Set<string>();
    for (const { request } of fc.sample(invalidStartImportRequest({ codes: REQUEST_CODES, shape: 'wire', now: NOW }), { seed: 10_000, numRuns: 10_000 })) {
      for (const violation of validateStartImportRequest(request, { shape: 'wire', now: NOW }).violations) reported.add(violation.code);
    }
    expect(REQUEST_CODES.filter((code) => !reported.has(code))).toEqual([]);
  });

  it('pairs destination-pattern with destination-not-event-data-store, violations-truncated with destinations-count, and no other code with anything', () => {
    const paired = new Set(fc.sample(invalidStartImportRequest({ codes: REQUEST_CODES, now: NOW }), { seed: 5, numRuns: 2000 }).filter((v) => v.also.length > 0).map((v) => `${v.expected} + ${v.also.join(', ')}`));
    expect(paired).toEqual(new Set(['destination-pattern + destination-not-event-data-store', 'violations-truncated + destinations-count']));
  });

  it.each(['wire', 'cli'] as const)('makes %s requests that are what their JSON text holds: no member left undefined, the label the same', (shape) => {
    fc.assert(
      fc.property(invalidStartImportRequest({ shape, now: NOW, codes: ['request-empty', 'new-import-missing-destinations', 'new-import-missing-import-source', 'import-source-missing-s3'] }), ({ request, expected }) => {
        expect(JSON.parse(JSON.stringify(request))).toStrictEqual(request);
        expect(validateStartImportRequest(request, { shape, now: NOW }).violations.map((v) => v.code)).toContain(expected);
      }),
    );
  });

  it('keeps a member a builder left undefined in the sdk shape, where code does send such objects', () => {
    const samples = fc.sample(invalidStartImportRequest({ now: NOW, codes: ['request-empty'] }), { numRuns: 200, seed: 3 });
    expect(samples.some(({ request }) => Object.values(request as Record<string, unknown>).includes(undefined))).toBe(true);
  });

  it('builds sdk requests by default: Dates where a time range is', () => {
    const [value] = fc.sample(invalidStartImportRequest({ codes: ['time-range-reversed'], now: NOW }), { seed: 1, numRuns: 1 });
    expect(value?.request.StartEventTime).toBeInstanceOf(Date);
  });

  it('starts time-range-in-future ranges at least a day after the given now, so they stay in the future while a test runs', () => {
    const now = new Date('2031-05-06T07:08:09.010Z');
    fc.assert(
      fc.property(invalidStartImportRequest({ codes: ['time-range-in-future'], shape: 'cli', now }), ({ request }) => {
        expect(Date.parse(String(request.StartEventTime)) - now.getTime()).toBeGreaterThanOrEqual(86_400_000);
      }),
    );
  });

  it('throws at construction for a code that is not a request code of the catalogue', () => {
    expect(() => invalidStartImportRequest({ codes: ['not-a-code' as ViolationCode] })).toThrow("'not-a-code' is not a request code of the catalogue");
    expect(() => invalidStartImportRequest({ codes: ['response-missing-import-id'] })).toThrow("'response-missing-import-id' is not a request code of the catalogue");
    expect(() => invalidStartImportRequest({ codes: [] })).toThrow('codes must name at least one code');
    expect(() => invalidStartImportRequest({ now: new Date(Number.NaN) })).toThrow('now must be a valid Date');
  });
});

const arbitraryBases: Record<BaseKind, fc.Arbitrary<StartImportWireRequest>> = {
  new: newImportRequest({ shape: 'wire' }),
  timed: newImportRequest({ shape: 'wire', timeRange: true }),
  arn: newImportRequest({ shape: 'wire', destinationForm: 'arn' }),
  retry: retryImportRequest({ shape: 'wire' }),
};

// The corpus's valid requests without a single violation, in the wire shape: bases the arbitraries did not make.
const clean = loadFixtures()
  .filter((f) => f.kind === 'requests' && f.valid && f.expected.length === 0 && !Array.isArray(f.document))
  .map((f) => toWireShape(f.document) as StartImportWireRequest);
const fits: Record<BaseKind, (request: StartImportWireRequest) => boolean> = {
  new: (r) => r.ImportId === undefined,
  timed: (r) => r.ImportId === undefined && r.StartEventTime !== undefined,
  arn: (r) => r.ImportId === undefined && r.Destinations?.[0]?.startsWith('arn:') === true,
  retry: (r) => r.ImportId !== undefined,
};

describe('the mutations of invalidStartImportRequest', () => {
  it.each(MUTATIONS.map((m) => [m.code, m.what, m] as const))('%s: %s, in every shape', (_code, _what, m) => {
    const fixtureBases = fc.constantFrom(...clean.filter(fits[m.base]));
    for (const shape of SHAPES) {
      for (const base of [arbitraryBases[m.base], fixtureBases]) {
        fc.assert(
          fc.property(m.build(base, { shape, now: NOW }), (request) => {
            expect(labelMismatch({ request, expected: m.code, also: m.also }, shape, NOW)).toBeUndefined();
          }),
          { numRuns: 60 },
        );
      }
    }
  });
});
