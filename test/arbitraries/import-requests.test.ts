import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importRequest, invalidImportRequest, type LabelledInvalidImportRequest } from '../../src/arbitraries/index.js';
import type { Shape } from '../../src/contract/timestamps.js';
import { CONTRACT_OPERATIONS } from '../../src/contract/operations.js';
import { validateImportRequest, type CompiledOperation, type ReadOperation } from '../../src/operations/index.js';
import { MAX_VIOLATIONS_PER_DOCUMENT, ruleCatalogue, type ViolationCode } from '../../src/rules/index.js';

const READ_OPERATIONS: readonly ReadOperation[] = ['GetImport', 'ListImports', 'StopImport', 'ListImportFailures'];
const COMPILED_OPERATIONS = CONTRACT_OPERATIONS.filter((operation): operation is CompiledOperation => operation !== 'StartImport');
const SHAPES: readonly Shape[] = ['sdk', 'wire', 'cli'];
const cells = READ_OPERATIONS.flatMap((operation) => SHAPES.map((shape) => [operation, shape] as const));

/** The error codes `validateImportRequest` reports for `value`. */
function errorsOf(operation: CompiledOperation, value: unknown, shape: Shape): ViolationCode[] {
  return validateImportRequest(operation, value, { shape }).violations.filter((v) => v.severity === 'error').map((v) => v.code as ViolationCode);
}

/** Whether `labelled` earns its code, and no error beyond it and `also`. */
function keepsLabel(operation: CompiledOperation, shape: Shape, { value, code, also }: LabelledInvalidImportRequest): boolean {
  const errors = errorsOf(operation, value, shape);
  return errors.includes(code) && errors.every((c) => c === code || also.includes(c));
}

/** The error codes an operation's request is documented to be reported under, from the catalogue. */
function documentedCodes(operation: CompiledOperation): ViolationCode[] {
  return ruleCatalogue.filter((e) => e.severity === 'error' && (e.operations?.[operation] ?? []).includes('request')).map((e) => e.code);
}

describe('importRequest', () => {
  it.each(cells)('builds %s inputs valid under validateImportRequest, in the %s shape', (operation, shape) => {
    fc.assert(fc.property(importRequest(operation, { shape }), (value) => errorsOf(operation, value, shape).length === 0), { numRuns: 300 });
  });

  it('keeps every value met while shrinking valid', () => {
    for (const operation of READ_OPERATIONS) {
      const met: unknown[] = [];
      const property = fc.property(importRequest(operation), (value) => {
        met.push(value);
        return JSON.stringify(value).length % 2 === 0;
      });
      expect(fc.check(property, { seed: 3, numRuns: 50 }).failed).toBe(true);
      for (const value of met) expect(errorsOf(operation, value, 'sdk')).toEqual([]);
    }
  });

  it('puts optional members in and leaves them out', () => {
    const values = fc.sample(importRequest('ListImports'), { seed: 1, numRuns: 200 });
    for (const member of ['MaxResults', 'Destination', 'ImportStatus', 'NextToken']) {
      expect(values.some((v) => member in v)).toBe(true);
      expect(values.some((v) => !(member in v))).toBe(true);
    }
  });

  it('gives the same values for the same seed', () => {
    for (const operation of READ_OPERATIONS) {
      expect(fc.sample(importRequest(operation), { seed: 42, numRuns: 20 })).toEqual(fc.sample(importRequest(operation), { seed: 42, numRuns: 20 }));
    }
  });

  it('is startImportRequest for StartImport', () => {
    for (const value of fc.sample(importRequest('StartImport', { shape: 'wire' }), { seed: 5, numRuns: 50 })) {
      expect(validateImportRequest('StartImport', value, { shape: 'wire' }).valid).toBe(true);
    }
  });

  it('throws a TypeError for an unknown operation', () => {
    expect(() => importRequest('DescribeImport' as ReadOperation)).toThrow("importRequest: the string 'DescribeImport' is not an import operation (StartImport, GetImport, ListImports, StopImport, ListImportFailures, CreateImportTask, DescribeImportTasks, DescribeImportTaskBatches, CancelImportTask)");
  });
});

describe('invalidImportRequest', () => {
  it.each(cells)('labels every %s input with a code it earns, and no other error beyond also, in the %s shape', (operation, shape) => {
    fc.assert(fc.property(invalidImportRequest(operation, { shape }), (labelled) => keepsLabel(operation, shape, labelled)), { numRuns: 400 });
  });

  it.each(COMPILED_OPERATIONS.map((op) => [op] as const))("earns every request error code the catalogue lists for %s, when asked", (operation) => {
    const codes = documentedCodes(operation);
    expect(codes).toEqual(expect.arrayContaining(['unknown-member', 'type-mismatch', 'violations-truncated']));
    for (const code of codes) {
      const values = fc.sample(invalidImportRequest(operation, { code }), { seed: 9, numRuns: 30 });
      for (const labelled of values) {
        expect(labelled.code).toBe(code);
        expect(keepsLabel(operation, 'sdk', labelled)).toBe(true);
      }
    }
  });

  it('earns violations-truncated, the report\'s cap, by more unknown members than a report holds, in every shape', () => {
    for (const [operation, shape] of cells) {
      for (const labelled of fc.sample(invalidImportRequest(operation, { code: 'violations-truncated', shape }), { seed: 4, numRuns: 5 })) {
        const { violations } = validateImportRequest(operation, labelled.value, { shape });
        expect(labelled.also).toEqual(['unknown-member']);
        expect(violations).toHaveLength(MAX_VIOLATIONS_PER_DOCUMENT + 1);
        expect(violations.at(-1)?.message).toBe(`1 more violation not reported (at most ${String(MAX_VIOLATIONS_PER_DOCUMENT)} are reported per document)`);
      }
    }
  });

  it.each(COMPILED_OPERATIONS.map((op) => [op] as const))('breaks types in more than one way for %s (a number, a boolean, a list where one value goes, …), each reported as type-mismatch', (operation) => {
    const values = fc.sample(invalidImportRequest(operation, { code: 'type-mismatch' }), { seed: 12, numRuns: 60 });
    const kinds = new Set(
      values.flatMap(({ value }) =>
        validateImportRequest(operation, value).violations.filter((v) => v.code === 'type-mismatch').map((v) => /\(got (an? \w+|the \w+|true|false)/.exec(v.message)?.[1] ?? v.message),
      ),
    );
    expect(kinds.size).toBeGreaterThan(1);
  });

  it("earns ListImports' warning destination-filter-not-event-data-store when asked, as every request code of the catalogue", () => {
    for (const labelled of fc.sample(invalidImportRequest('ListImports', { code: 'destination-filter-not-event-data-store' }), { seed: 5, numRuns: 50 })) {
      expect(labelled.code).toBe('destination-filter-not-event-data-store');
      expect(validateImportRequest('ListImports', labelled.value).violations.map((v) => `${v.severity} ${v.code}`)).toEqual(['warning destination-filter-not-event-data-store']);
    }
  });

  it('keeps its label on every value met while shrinking', () => {
    for (const operation of READ_OPERATIONS) {
      const met: LabelledInvalidImportRequest[] = [];
      const property = fc.property(invalidImportRequest(operation), (labelled) => {
        met.push(labelled);
        return JSON.stringify(labelled.value).length % 2 === 0;
      });
      expect(fc.check(property, { seed: 7, numRuns: 50 }).failed).toBe(true);
      for (const labelled of met) expect(keepsLabel(operation, 'sdk', labelled)).toBe(true);
    }
  });

  it('breaks only structural constraints with no other structural error: also lists semantic codes alone', () => {
    const structural = new Set<ViolationCode>(['unknown-member', 'type-mismatch', 'required-member-missing', 'max-results-out-of-range', 'next-token-length', 'import-status-filter-invalid', 'import-id-invalid', 'destination-length', 'destination-pattern']);
    for (const operation of READ_OPERATIONS) {
      for (const { also } of fc.sample(invalidImportRequest(operation), { seed: 11, numRuns: 200 })) for (const code of also) expect(structural.has(code)).toBe(false);
    }
  });

  it('gives the same values for the same seed, and this fixed-seed sample', () => {
    const sample = (): LabelledInvalidImportRequest[] => fc.sample(invalidImportRequest('ListImports', { shape: 'wire' }), { seed: 2026, numRuns: 4 });
    expect(sample()).toEqual(sample());
    expect(sample().map(({ code, also }) => [code, also])).toMatchInlineSnapshot(`
      [
        [
          "import-status-filter-invalid",
          [],
        ],
        [
          "max-results-out-of-range",
          [],
        ],
        [
          "unknown-member",
          [],
        ],
        [
          "next-token-length",
          [],
        ],
      ]
    `);
  });

  it('relabels invalidStartImportRequest for StartImport', () => {
    for (const labelled of fc.sample(invalidImportRequest('StartImport', { code: 'import-id-invalid', shape: 'wire' }), { seed: 1, numRuns: 30 })) {
      expect(labelled.code).toBe('import-id-invalid');
      expect(validateImportRequest('StartImport', labelled.value, { shape: 'wire' }).violations.map((v) => v.code)).toContain('import-id-invalid');
    }
  });

  it('throws naming the codes it can earn when no check earns the code asked for', () => {
    expect(() => invalidImportRequest('GetImport', { code: 'max-results-out-of-range' })).toThrow(
      "invalidImportRequest: no check of GetImport's request can break a valid value to earn 'max-results-out-of-range' (codes: unknown-member, required-member-missing, type-mismatch, import-id-invalid, violations-truncated)",
    );
  });
});

describe('importRequest of CloudWatch Logs CreateImportTask, whenever it runs', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it.each(['2027-03-01T00:00:00Z', '2032-06-15T12:00:00Z', '2045-01-01T00:00:00Z'])(
    'makes filter times within the source\'s retention period and not in the future when "now" is %s',
    (now) => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date(now));
      const samples = fc.sample(importRequest('CreateImportTask'), { numRuns: 200, seed: 7 });
      const invalid = samples.filter((value) => errorsOf('CreateImportTask', value, 'sdk').length > 0);
      expect(invalid.map((value) => errorsOf('CreateImportTask', value, 'sdk'))).toEqual([]);
      expect(samples.some((value) => (value as { importFilter?: unknown }).importFilter !== undefined)).toBe(true);
    },
  );
});
