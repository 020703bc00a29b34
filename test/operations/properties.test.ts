/**
 * Properties of the contract engine over each read operation's input and output space, built from
 * the model: a valid value by construction is valid; each single structural break earns exactly
 * its code; ajv running the generated JSON Schema agrees with the engine on structural validity;
 * hostile values never make it throw.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLOUDTRAIL_MODEL } from '../../src/generated/cloudtrail-model.js';
import { validateImportRequest, validateImportResponse, type Violation } from '../../src/index.js';
import { operationContracts } from '../../src/operations/index.js';
import { hostileValue, isPrototypePolluted, withHostileMember } from '../support/hostile-arbitrary.js';
import { breakOf, validOf } from '../support/model-arbitrary.js';

const OPERATIONS = ['GetImport', 'ListImports', 'StopImport', 'ListImportFailures'] as const;
type Operation = (typeof OPERATIONS)[number];
const SUBJECTS = ['request', 'response'] as const;

function run(operation: Operation, subject: 'request' | 'response', value: unknown): { valid: boolean; violations: readonly Violation[] } {
  return subject === 'request' ? validateImportRequest(operation, value, { shape: 'wire' }) : validateImportResponse(operation, value, { shape: 'wire' });
}

function rootOf(operation: Operation, subject: 'request' | 'response'): string {
  const model = CLOUDTRAIL_MODEL.operations[operation];
  return subject === 'request' ? model.input : model.output;
}

/** The model's (structural) error codes a result holds. */
function modelCodes(violations: readonly Violation[]): string[] {
  return [...new Set(violations.filter((v) => v.severity === 'error' && v.basis === 'model').map((v) => v.code))];
}

const ajv = new Ajv2020({ allErrors: true, strict: true });
function schemaValidator(operation: Operation, subject: 'request' | 'response'): (value: unknown) => boolean {
  const file = `${operation.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()}-${subject}.schema.json`;
  const validate = ajv.compile(JSON.parse(readFileSync(new URL(`../../schemas/${file}`, import.meta.url), 'utf8')) as object);
  return (value) => validate(value);
}

const cases = OPERATIONS.flatMap((operation) => SUBJECTS.map((subject) => [operation, subject] as const));

describe('validateImportRequest and validateImportResponse, as properties of the model', () => {
  it.each(cases)('accept every %s %s valid by construction, and return it as it came (wire shape)', (operation, subject) => {
    fc.assert(
      fc.property(validOf(rootOf(operation, subject)), (value) => {
        const result = run(operation, subject, value);
        expect(result.violations.filter((v) => v.severity === 'error')).toEqual([]);
        expect('value' in result ? result.value : undefined).toEqual(value);
      }),
      { numRuns: 150 },
    );
  });

  it.each(cases)('give each single structural break of a %s %s exactly its code', (operation, subject) => {
    fc.assert(
      fc.property(breakOf(rootOf(operation, subject), subject), ({ value, code }) => {
        const result = run(operation, subject, value);
        expect(result.valid).toBe(false);
        expect(modelCodes(result.violations)).toEqual([code]);
      }),
      { numRuns: 200 },
    );
  });

  it.each(cases)("earn each structural check of a %s %s with the check's own break of a valid value", (operation, subject) => {
    const contract = operationContracts(operation)[subject];
    const breakable = contract.checks.filter((check) => check.break !== undefined && check.row.basis === 'model');
    expect(breakable.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(validOf(rootOf(operation, subject)), fc.constantFrom(...breakable), fc.infiniteStream(fc.nat()), (valid, check, choices) => {
        const picks = choices[Symbol.iterator]();
        const broken = check.break?.(valid as Record<string, unknown>, (n) => (picks.next().value as number) % n);
        if (broken === undefined) return;
        const result = run(operation, subject, broken);
        expect(modelCodes(result.violations)).toEqual([check.row.code]);
      }),
      { numRuns: 300 },
    );
  });

  it("earn ListImports' Destination filter warning with its check's own break, and nothing else: the filter keeps the model's length and pattern", () => {
    const check = operationContracts('ListImports').request.checks.find((c) => c.row.code === 'destination-filter-not-event-data-store');
    expect(check !== undefined && typeof check.break === 'function').toBe(true);
    fc.assert(
      fc.property(validOf(rootOf('ListImports', 'request')), fc.nat(), (valid, pick) => {
        const broken = check?.break?.(valid as Record<string, unknown>, (n) => pick % n);
        expect(run('ListImports', 'request', broken).violations.map((v) => `${v.severity} ${v.code}`)).toEqual(['warning destination-filter-not-event-data-store']);
      }),
      { numRuns: 200 },
    );
  });

  it.each(cases)('agree with ajv on the generated schema of the %s %s about structural validity', (operation, subject) => {
    const schemaValid = schemaValidator(operation, subject);
    const root = rootOf(operation, subject);
    fc.assert(
      fc.property(fc.oneof(validOf(root), breakOf(root, subject).map((b) => b.value)), (value) => {
        expect(modelCodes(run(operation, subject, value).violations).length === 0).toBe(schemaValid(value));
      }),
      { numRuns: 300 },
    );
  });

  it.each(cases)('never throw for a hostile %s %s, alone or as a member', (operation, subject) => {
    const root = rootOf(operation, subject);
    const members = Object.keys((CLOUDTRAIL_MODEL.shapes as Record<string, { members?: object }>)[root]?.members ?? {});
    const hostile = hostileValue(members);
    const input = fc.oneof(
      hostile.map((h) => h.make),
      fc.tuple(validOf(root), fc.constantFrom(...members), hostile).map(([value, name, member]) => () => withHostileMember(value as Record<string, unknown>, name, member)),
    );
    fc.assert(
      fc.property(input, fc.constantFrom('sdk', 'wire', 'cli', 'auto' as const), (make, shape) => {
        const value = make();
        const result = subject === 'request' ? validateImportRequest(operation, value, { shape }) : validateImportResponse(operation, value, { shape });
        expect(typeof result.valid).toBe('boolean');
        expect(result.valid).toBe(!result.violations.some((v) => v.severity === 'error'));
        expect(result.violations.length).toBeLessThanOrEqual(101);
        expect(isPrototypePolluted()).toBe(false);
      }),
      { numRuns: 150 },
    );
  });
});
