/**
 * Adding an operation: an operation defined only as model data (test/engine/fixtures/widget-model.ts,
 * no semantic check) gets, from its model alone, a validator reporting the structural codes, valid
 * and labelled-invalid arbitraries, matchers with the package's messages, the evaluation of its
 * statically known part that the ESLint plugin reports, and a JSON Schema ajv agrees with.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderOperationSchema } from '../../scripts/render-operation-schemas.js';
import { breakableCodes, contractInvalidValue, contractValue } from '../../src/arbitraries/_internals/contract-values.js';
import { compileOperation, runContract } from '../../src/core/contract.js';
import { contractMatchers } from '../../src/matchers/contract-matchers.js';
import { sureViolations } from '../../src/operations/validate-partial-import.js';
import { failureOf } from '../matchers/support/failures.js';
import { WIDGET_CODES, WIDGET_MODEL } from './fixtures/widget-model.js';

const { request } = compileOperation(WIDGET_MODEL, 'DescribeWidgets', WIDGET_CODES);
const codesOf = (value: unknown, shape: 'sdk' | 'wire' = 'sdk'): string[] => runContract(request, value, shape).violations.map((v) => v.code);

describe('an operation defined as model data alone', () => {
  it('gets a validator reporting every structural code of its model', () => {
    expect(codesOf({ WidgetIds: ['ABCD1234'], PageSize: 10, Colour: 'RED', Filter: { Label: 'x' }, UpdatedAfter: new Date() })).toEqual([]);
    expect(codesOf({})).toEqual(['required-member-missing']);
    expect(codesOf({ WidgetIds: [] })).toEqual(['destinations-count']);
    expect(codesOf({ WidgetIds: ['abcd1234'] })).toEqual(['import-id-invalid']);
    expect(codesOf({ WidgetIds: ['ABCD1234'], PageSize: 51 })).toEqual(['max-results-out-of-range']);
    expect(codesOf({ WidgetIds: ['ABCD1234'], Colour: 'PINK' })).toEqual(['import-status-filter-invalid']);
    expect(codesOf({ WidgetIds: ['ABCD1234'], Filter: {} })).toEqual(['required-member-missing']);
    expect(codesOf({ WidgetIds: ['ABCD1234'], Filter: { Label: '' } })).toEqual(['next-token-length']);
    expect(codesOf({ WidgetIds: ['ABCD1234'], PageSize: '10' })).toEqual(['type-mismatch']);
    expect(codesOf({ WidgetIds: ['ABCD1234'], widgetIds: [] })).toEqual(['unknown-member']);
    expect(codesOf({ WidgetIds: ['ABCD1234'], UpdatedAfter: '2024-01-01' })).toEqual(['timestamp-invalid']);
  });

  it('gets valid arbitraries, in the sdk and wire shapes', () => {
    for (const shape of ['sdk', 'wire'] as const) {
      fc.assert(fc.property(contractValue(request, shape), (value) => codesOf(value, shape).length === 0), { numRuns: 300 });
    }
    const values = fc.sample(contractValue(request, 'sdk'), { seed: 1, numRuns: 100 });
    expect(values.some((v) => v['UpdatedAfter'] instanceof Date)).toBe(true);
    expect(values.some((v) => !('PageSize' in v))).toBe(true);
  });

  it('gets labelled invalid arbitraries for every structural code, each earning its label and nothing else', () => {
    const codes = breakableCodes(request);
    expect(new Set(codes)).toEqual(
      new Set(['unknown-member', 'required-member-missing', 'type-mismatch', 'destinations-count', 'import-id-invalid', 'max-results-out-of-range', 'import-status-filter-invalid', 'next-token-length']),
    );
    for (const code of codes) {
      fc.assert(
        fc.property(contractInvalidValue(request, code, 'sdk', 'test'), ({ value, also }) => {
          expect(also).toEqual([]);
          expect(codesOf(value).filter((c) => c === code).length).toBeGreaterThan(0);
          expect(codesOf(value).every((c) => c === code)).toBe(true);
        }),
        { numRuns: 60 },
      );
    }
  });

  it('gets matchers with the package’s messages', () => {
    expect.extend(contractMatchers(request, { valid: 'toBeValidWidgetQuery', violate: 'toViolateWidgetContract' }));
    const query = expect as unknown as (value: unknown) => { toBeValidWidgetQuery(): void; toViolateWidgetContract(code: string): void; not: { toBeValidWidgetQuery(): void } };
    query({ WidgetIds: ['ABCD1234'] }).toBeValidWidgetQuery();
    query({ WidgetIds: ['ABCD1234'], PageSize: 0 }).toViolateWidgetContract('max-results-out-of-range');
    query({ WidgetIds: ['x'] }).not.toBeValidWidgetQuery();
    expect(failureOf(() => { query({ Colour: 'PINK' }).toBeValidWidgetQuery(); })).toMatchInlineSnapshot(`
      "expect(received).toBeValidWidgetQuery()

      Expected a valid DescribeWidgets request, but it has 2 errors:
        /WidgetIds error required-member-missing: must be set: DescribeWidgets requires WidgetIds
        /Colour error import-status-filter-invalid: must be one of RED, GREEN, BLUE (got 'PINK')

      Received: Object {
        "Colour": "PINK",
      }"
    `);
  });

  it('gets the evaluation of its statically known part that the ESLint plugin reports: a violation only where no unknown value could mend it', () => {
    const sure = (known: Record<string, unknown>, unknown: readonly string[] = [], open: readonly string[] = []): string[] =>
      sureViolations(known, runContract(request, known, 'sdk').violations, new Set(unknown), new Set(open)).map((v) => `${v.code} ${v.path}`);
    // `{ WidgetIds: ids, PageSize: 0 }` with `ids` unknown: the page size is wrong whatever ids is.
    expect(sure({ PageSize: 0 }, ['/WidgetIds'])).toEqual(['max-results-out-of-range /PageSize']);
    // `{ ...base, Colour: 'PINK' }`: a spread may bring WidgetIds, not mend the colour.
    expect(sure({ Colour: 'PINK' }, [], [''])).toEqual(['import-status-filter-invalid /Colour']);
    // `{ WidgetIds: [...ids] }`: an open list's size is unknown; `{}` lacks its required member for sure.
    expect(sure({ WidgetIds: [] }, [], ['/WidgetIds'])).toEqual([]);
    expect(sure({})).toEqual(['required-member-missing /WidgetIds']);
  });

  it('gets a JSON Schema from its model, which ajv holds to the same structural verdict as the validator', () => {
    const [file, text] = renderOperationSchema({ model: WIDGET_MODEL, from: 'a made-up model' }, 'DescribeWidgets', 'request', '0.0.0');
    expect(file).toBe('describe-widgets-request.schema.json');
    const schemaAccepts = new Ajv2020({ allErrors: true, strict: true }).compile(JSON.parse(text) as object);
    const labelled = fc.constantFrom(...breakableCodes(request)).chain((code) => contractInvalidValue(request, code, 'wire', 'test').map(({ value }) => value));
    fc.assert(
      fc.property(fc.oneof(contractValue(request, 'wire'), labelled), (value) => {
        expect(schemaAccepts(value)).toBe(codesOf(value, 'wire').length === 0);
      }),
      { numRuns: 300 },
    );
  });
});
