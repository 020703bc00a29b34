import fc from 'fast-check';
import type { ContractOperation } from '../contract/operations.js';
import type { Shape } from '../contract/timestamps.js';
import type { Decoded } from '../core/structural.js';
import type { ViolationCode } from '../rules/types.js';
import { labelledInvalidStartImport } from './invalid-start-import-request.js';
import { breakableCodes, contractInvalidValue, requestContract, type LabelledInvalidInput } from './_internals/contract-values.js';
import { checkConstraints, SHAPE, TEXT, type ConstraintTakes } from './_internals/constraints.js';

/** Constraints of `invalidImportRequest`. */
export interface InvalidImportRequestConstraints<S extends Shape> {
  /**
   * The code to earn: any error code the catalogue lists for the operation's requests, the report's
   * cap `violations-truncated` too (more unknown members than a report holds). Default: every error
   * code a check of the operation's input can be broken to earn, each equally often.
   */
  readonly code?: ViolationCode | undefined;
  /** `sdk` (Dates, the default), `wire` (epoch seconds) or `cli` (ISO-8601 strings). */
  readonly shape?: S | undefined;
}

const INVALID_IMPORT_REQUEST_TAKES = { code: TEXT, shape: SHAPE } as const satisfies ConstraintTakes<InvalidImportRequestConstraints<Shape>>;

/** An import operation's input with one deliberate mistake, the code it earns (`code`) and the codes it cannot come without (`also`). */
export type LabelledInvalidImportRequest = LabelledInvalidInput<Decoded>;

/**
 * Inputs of an import operation with exactly one mistake each, labelled with the code
 * `validateImportRequest(operation, value, { shape })` reports for it: a valid input broken by the
 * check of that code itself (each check of the model says how to break a valid value: a member
 * dropped or misspelt, a value of another type, too short or long, off its pattern, out of range,
 * not in its enum). No other error is reported but those listed in `also`. Shrinking shrinks the
 * valid input and the mistake together, so a shrunk value keeps its label. For `StartImport` it is
 * `invalidStartImportRequest`'s values, relabelled. Throws when no check can earn `code`.
 *
 * @example
 * test.prop([invalidImportRequest('ListImports', { code: 'max-results-out-of-range' })])('refuses a page size AWS refuses', ({ value }) => {
 *   expect(() => buildListImportsInput(value)).toThrow();
 * });
 *
 * @remarks Since 0.1.0
 */
export function invalidImportRequest(operation: ContractOperation, constraints: InvalidImportRequestConstraints<Shape> = {}): fc.Arbitrary<LabelledInvalidImportRequest> {
  checkConstraints('invalidImportRequest', constraints, INVALID_IMPORT_REQUEST_TAKES);
  const shape = constraints.shape ?? 'sdk';
  if (operation === 'StartImport') {
    const codes = constraints.code === undefined ? {} : { codes: [constraints.code] };
    return labelledInvalidStartImport('invalidImportRequest', { shape, ...codes }).map(({ request, expected, also }) => ({ value: request as Decoded, code: expected, also }));
  }
  const contract = requestContract(operation, 'invalidImportRequest');
  const codes = constraints.code === undefined ? breakableCodes(contract) : [constraints.code];
  const arbitraries = codes.map((code) => contractInvalidValue(contract, code, shape, 'invalidImportRequest'));
  return arbitraries.length === 1 ? (arbitraries[0] as fc.Arbitrary<LabelledInvalidImportRequest>) : fc.oneof(...arbitraries);
}
