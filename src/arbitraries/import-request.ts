import type fc from 'fast-check';
import type { ContractOperation } from '../contract/operations.js';
import type { Shape } from '../contract/timestamps.js';
import type { Decoded } from '../core/structural.js';
import { startImportRequest } from './start-import-request.js';
import { contractValue, requestContract } from './_internals/contract-values.js';
import type { RequestInShape } from './_internals/shapes.js';
import { checkConstraints, SHAPE, type ConstraintTakes } from './_internals/constraints.js';

/** Constraints of `importRequest`. */
export interface ImportRequestConstraints<S extends Shape> {
  /** `sdk` (Dates, the default), `wire` (epoch seconds) or `cli` (ISO-8601 strings). */
  readonly shape?: S | undefined;
}

const IMPORT_REQUEST_TAKES = { shape: SHAPE } as const satisfies ConstraintTakes<ImportRequestConstraints<Shape>>;

/**
 * Valid inputs of any import operation, built from the operation's model: every required member,
 * each optional one present or absent, each value within its length, pattern, range and enum
 * (an ImportId a lowercase UUID, MaxResults within its range, ImportStatus one of its values, a
 * Destination an event data store ARN or ID). `validateImportRequest(operation, value, { shape })`
 * finds no error in any of them, nor in any shrunk one. For `StartImport` it is `startImportRequest`.
 *
 * @example
 * test.prop([importRequest('ListImports')])('lists imports with any valid filter', async (input) => {
 *   await expect(listAllImports(client, input)).resolves.toBeDefined();
 * });
 *
 * @remarks Since 0.1.0
 */
export function importRequest<S extends Shape = 'sdk'>(operation: 'StartImport', constraints?: ImportRequestConstraints<S>): fc.Arbitrary<RequestInShape<S>>;
export function importRequest(operation: ContractOperation, constraints?: ImportRequestConstraints<Shape>): fc.Arbitrary<Decoded>;
export function importRequest(operation: ContractOperation, constraints: ImportRequestConstraints<Shape> = {}): fc.Arbitrary<Decoded> {
  checkConstraints('importRequest', constraints, IMPORT_REQUEST_TAKES);
  const shape = constraints.shape ?? 'sdk';
  if (operation === 'StartImport') return startImportRequest({ shape }) as fc.Arbitrary<Decoded>;
  return contractValue(requestContract(operation, 'importRequest'), shape);
}
