/**
 * The contract's rule for a member of the wrong type: it gets `type-mismatch` (a timestamp
 * `timestamp-invalid`) and nothing else at its place, since every check past the model's judges
 * only values of the right type. Held for every member of every operation's input and output
 * compiled from its model.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contractValue } from '../../src/arbitraries/_internals/contract-values.js';
import { CONTRACT_OPERATIONS, type ContractOperation } from '../../src/contract/operations.js';
import { runContract } from '../../src/core/contract.js';
import type { CompiledOperation } from '../../src/operations/index.js';
import { operationContracts } from '../../src/operations/index.js';

const COMPILED = CONTRACT_OPERATIONS.filter((operation): operation is CompiledOperation & ContractOperation => operation !== 'StartImport');
const TYPE_CODES: readonly string[] = ['type-mismatch', 'timestamp-invalid'];

/** Each scalar of a JSON value with its JSON Pointer. */
function scalars(value: unknown, path = ''): [string, unknown][] {
  if (Array.isArray(value)) return value.flatMap((item, index) => scalars(item, `${path}/${String(index)}`));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => scalars(item, `${path}/${key}`));
  return [[path, value]];
}

/** `value` with the member at `path` replaced by `replacement`. */
function replaced(value: unknown, path: string, replacement: unknown): unknown {
  const copy = structuredClone(value) as Record<string, unknown>;
  const keys = path.split('/').slice(1);
  let parent = copy;
  for (const key of keys.slice(0, -1)) parent = parent[key] as Record<string, unknown>;
  parent[keys.at(-1) as string] = replacement;
  return copy;
}

describe('a member of the wrong type', () => {
  for (const operation of COMPILED) {
    for (const subject of ['request', 'response'] as const) {
      it(`gets its type code alone at its place: ${operation} ${subject}`, () => {
        const contract = operationContracts(operation)[subject];
        fc.assert(
          fc.property(contractValue(contract, 'wire', true), (valid) => {
            for (const [path, scalar] of scalars(valid)) {
              for (const wrong of typeof scalar === 'string' ? [7, true, {}] : ['7', true, {}, []]) {
                const found = runContract(contract, replaced(valid, path, wrong), 'wire').violations.filter((v) => v.path === path || v.path.startsWith(`${path}/`));
                expect(found.map((v) => v.code), `${path} = ${JSON.stringify(wrong)}`).toHaveLength(1);
                expect(TYPE_CODES).toContain(found[0]?.code);
              }
            }
          }),
          { numRuns: 40 },
        );
      });
    }
  }
});
