/**
 * `validateImportRequest` and `validateImportResponse`: any import operation's input or output,
 * by operation name. StartImport's go to its own validators; the other four run their compiled
 * compiled contracts.
 */
import { IMPORT_OPERATIONS, type ImportOperation } from '../contract/operations.js';
import type { CheckContext } from '../core/check.js';
import { runContract, type OperationResult } from '../core/contract.js';
import type { Clock, ShapeOption, ValidationResult } from '../validate/types.js';
import { validateStartImportRequest } from '../validate/validate-request.js';
import { validateStartImportResponse } from '../validate/validate-response.js';
import type { OperationContracts } from './define.js';
import { getImport } from './get-import/index.js';
import { listImportFailures } from './list-import-failures/index.js';
import { listImports } from './list-imports/index.js';
import { stopImport } from './stop-import/index.js';

/** The import operations other than StartImport: they read or stop an import. */
export type ReadOperation = Exclude<ImportOperation, 'StartImport'>;

/** Options of `validateImportRequest` and `validateImportResponse`. */
export interface ImportValidationOptions {
  /**
   * The encoding of the value; default `sdk` (Dates, as the SDK's command input and output).
   * `wire`: epoch-second numbers; `cli`: ISO-8601 strings or numbers; `auto`: `sdk` when a
   * timestamp is a Date or the value has `$metadata`, else `cli`.
   */
  readonly shape?: ShapeOption;
  /** "Now", for StartImport's `time-range-in-future`; default the system clock. */
  readonly now?: Clock;
}

const CONTRACTS: Readonly<Record<ReadOperation, OperationContracts>> = {
  GetImport: getImport,
  ListImports: listImports,
  StopImport: stopImport,
  ListImportFailures: listImportFailures,
};

function contractsOf(operation: ImportOperation): OperationContracts | undefined {
  if (!(IMPORT_OPERATIONS as readonly string[]).includes(operation)) {
    throw new TypeError(`unknown import operation '${operation}' (operations: ${IMPORT_OPERATIONS.join(', ')})`);
  }
  return operation === 'StartImport' ? undefined : CONTRACTS[operation];
}

function contextOf(now: Clock | undefined): CheckContext | undefined {
  if (now === undefined) return undefined;
  return { now: () => (typeof now === 'function' ? now() : now).getTime() / 1000 };
}

/**
 * Checks the input of any import operation against its contract: the model's structural checks
 * (unknown member, type, required member, length, pattern, enum, range) and the operation's
 * documented checks. For `StartImport` it returns exactly what `validateStartImportRequest`
 * returns; for the others, the decoded input (`value`, wire shape) beside the violations.
 * Takes any value; never throws for one (an unknown operation name is a TypeError).
 *
 * @example
 * const result = validateImportRequest('ListImports', { MaxResults: 0 });
 * result.valid; // false
 * result.violations[0]?.code; // 'max-results-out-of-range'
 */
export function validateImportRequest(operation: 'StartImport', value: unknown, options?: ImportValidationOptions): ValidationResult;
export function validateImportRequest(operation: ReadOperation, value: unknown, options?: ImportValidationOptions): OperationResult;
export function validateImportRequest(operation: ImportOperation, value: unknown, options?: ImportValidationOptions): ValidationResult | OperationResult;
export function validateImportRequest(operation: ImportOperation, value: unknown, options: ImportValidationOptions = {}): ValidationResult | OperationResult {
  const contracts = contractsOf(operation);
  if (contracts === undefined) return validateStartImportRequest(value, options);
  return runContract(contracts.request, value, options.shape ?? 'sdk', contextOf(options.now));
}

/**
 * Checks the output of any import operation against its contract: the model's structural checks
 * (timestamps, ImportStatus and failure Status enums, list sizes) and the documented checks of the
 * ids and event data stores it names. For `StartImport` it returns exactly what
 * `validateStartImportResponse` returns. Takes any value; never throws for one.
 *
 * @example
 * const result = validateImportResponse('GetImport', { ImportStatus: 'DONE' }, { shape: 'wire' });
 * result.violations[0]?.code; // 'response-import-status-invalid'
 */
export function validateImportResponse(operation: 'StartImport', value: unknown, options?: ImportValidationOptions): ValidationResult<'response'>;
export function validateImportResponse(operation: ReadOperation, value: unknown, options?: ImportValidationOptions): OperationResult;
export function validateImportResponse(operation: ImportOperation, value: unknown, options?: ImportValidationOptions): ValidationResult<'response'> | OperationResult;
export function validateImportResponse(operation: ImportOperation, value: unknown, options: ImportValidationOptions = {}): ValidationResult<'response'> | OperationResult {
  const contracts = contractsOf(operation);
  if (contracts === undefined) return validateStartImportResponse(value, options.shape === undefined ? {} : { shape: options.shape });
  return runContract(contracts.response, value, options.shape ?? 'sdk', contextOf(options.now));
}

/** The compiled contracts of the read operations (for surfaces generic over operations). */
export function operationContracts(operation: ReadOperation): OperationContracts {
  return CONTRACTS[operation];
}
