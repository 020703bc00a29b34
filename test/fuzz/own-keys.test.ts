/**
 * Which keys a value has, for every check of the nine operations: its own enumerable ones, as
 * JSON.stringify and the SDK send them. A key only inherited — a polluted Object.prototype's, a
 * prototype's members — is not sent, so it is no member: a value, its null-prototype copy and a
 * copy inheriting members get the same result, polluted prototype or not, and the fast pass
 * (src/core/fast.ts) and the full pass agree on each (a null-prototype value with a finding took
 * the full pass, whose plain copy lent it the polluted key).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contractInvalidValue, contractValue, breakableCodes } from '../../src/arbitraries/_internals/contract-values.js';
import { importRequest, invalidImportRequest } from '../../src/arbitraries/index.js';
import { CONTRACT_OPERATIONS, type ContractOperation } from '../../src/contract/operations.js';
import type { Shape } from '../../src/contract/timestamps.js';
import { operationContracts, validateImportRequest, validateImportResponse, type CompiledOperation } from '../../src/operations/index.js';
import type { Violation } from '../../src/rules/index.js';
import { isPrototypePolluted } from '../support/hostile-arbitrary.js';

const SHAPES: readonly Shape[] = ['sdk', 'wire', 'cli'];
const NOW = new Date('2026-01-01T00:00:00Z');

interface Outcome {
  readonly valid: boolean;
  readonly violations: readonly Violation[];
}

/** Runs `read` with an enumerable `polluted` member on Object.prototype, as a prototype-pollution bug elsewhere leaves it. */
function polluted<T>(read: () => T): T {
  (Object.prototype as Record<string, unknown>)['polluted'] = 'inherited';
  try {
    return read();
  } finally {
    delete (Object.prototype as Record<string, unknown>)['polluted'];
  }
}

/**
 * The value as it came, with a null prototype, and inheriting `member` (and another key) from a
 * prototype of its own. Own keys are copied by descriptor, not assigned: assigning an own
 * `__proto__` key (an unknown-member mistake) would set the copy's prototype instead.
 */
function variants(value: Record<string, unknown>, member: string): Record<string, unknown>[] {
  const own = Object.getOwnPropertyDescriptors(value);
  const inheriting = Object.create({ [member]: 'inherited', inheritedOnly: 1 }, own) as Record<string, unknown>;
  return [value, Object.create(null, own) as Record<string, unknown>, inheriting];
}

const outcome = (result: Outcome): Outcome => ({ valid: result.valid, violations: result.violations });

/** Valid and labelled-invalid values of an operation's request or response, in `shape`. */
function valuesOf(operation: ContractOperation, subject: 'request' | 'response', shape: Shape): fc.Arbitrary<unknown> {
  if (subject === 'request') return fc.oneof(importRequest(operation, { shape }), invalidImportRequest(operation, { shape }).map((labelled) => labelled.value));
  const contract = operationContracts(operation as CompiledOperation).response;
  const codes = breakableCodes(contract);
  const broken = fc.constantFrom(...codes).chain((code) => contractInvalidValue(contract, code, shape, 'own-keys.test').map((labelled) => labelled.value));
  return fc.oneof(contractValue(contract, shape), broken);
}

const cases = CONTRACT_OPERATIONS.flatMap((operation) => (operation === 'StartImport' ? (['request'] as const) : (['request', 'response'] as const)).map((subject) => [operation, subject] as const));

describe('validateImportRequest and validateImportResponse', () => {
  it.each(cases)('read only the own enumerable keys of a %s %s: its null-prototype copy, a copy inheriting members and a polluted Object.prototype change nothing', (operation, subject) => {
    const validate = (value: unknown, shape: Shape): Outcome =>
      outcome(subject === 'request' ? validateImportRequest(operation, value, { shape, now: NOW }) : validateImportResponse(operation as CompiledOperation, value, { shape }));
    const member = operation === 'StartImport' ? 'ImportId' : firstMember(operation, subject);
    fc.assert(
      fc.property(fc.constantFrom(...SHAPES).chain((shape) => valuesOf(operation, subject, shape).map((value) => ({ shape, value }))), ({ shape, value }) => {
        fc.pre(typeof value === 'object' && value !== null && !Array.isArray(value));
        const expected = validate(value, shape);
        const made = variants(value as Record<string, unknown>, member);
        const alone = made.map((variant) => validate(variant, shape));
        const underPollution = polluted(() => made.map((variant) => validate(variant, shape)));
        expect(isPrototypePolluted()).toBe(false);
        for (const result of [...alone, ...underPollution]) expect(result).toEqual(expected);
      }),
      { numRuns: 40 },
    );
  });
});

/** The first member of the root shape of an operation's `subject`: a key a prototype may lend. */
function firstMember(operation: CompiledOperation, subject: 'request' | 'response'): string {
  const contract = operationContracts(operation)[subject];
  const root = contract.shapes[contract.root];
  return root?.type === 'structure' ? (Object.keys(root.members)[0] ?? 'x') : 'x';
}
