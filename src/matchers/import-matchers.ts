/**
 * The matchers of any import operation's input: `toBeValidImportRequest(operation)` and
 * `toViolateImportContract(operation, code)`, through `validateImportRequest`. For StartImport they
 * agree with `toBeValidStartImportRequest` and `toViolateStartImportContract` (without a policy).
 */
import type { ContractOperation } from '../contract/operations.js';
import { validateImportRequest, type ImportValidationOptions } from '../operations/index.js';
import type { ViolationCode } from '../rules/index.js';
import { validMatcherResult, violateMatcherResult } from './contract-matchers.js';
import { importOperation, importOptions, operationCode } from './import-options.js';
import type { MatcherResult, MatcherThis } from './types.js';

/**
 * Passes when `received` is an input of `operation` with no `error` violation (warnings allowed),
 * as `validateImportRequest(operation, received, options)` finds. The message lists every
 * violation in the words of `formatViolations`, as the CLI prints them.
 *
 * @example
 * expect({ MaxResults: 50, ImportStatus: 'FAILED' }).toBeValidImportRequest('ListImports');
 * expect(send).toHaveBeenCalledWith(expect.validImportRequest('GetImport'));
 */
export function toBeValidImportRequest(this: MatcherThis, received: unknown, operation: ContractOperation, options?: ImportValidationOptions): MatcherResult {
  const name = 'toBeValidImportRequest';
  const checked = importOptions(name, options);
  const verdict = validateImportRequest(importOperation(name, operation), received, checked);
  return validMatcherResult(this, name, options === undefined ? 'operation' : 'operation, options', operation, received, verdict);
}

/**
 * Passes when `received` breaks `operation`'s input contract: without `code`, when it has an
 * `error` violation; with `code`, when it has a violation of that code, of either severity.
 * Throws a TypeError for a `code` never reported on that operation's input (it could never match,
 * and `.not` would always pass).
 *
 * @example
 * expect({ MaxResults: 5000 }).toViolateImportContract('ListImports', 'max-results-out-of-range');
 * expect({ ImportId: id }).not.toViolateImportContract('GetImport');
 */
export function toViolateImportContract(this: MatcherThis, received: unknown, operation: ContractOperation, code?: ViolationCode, options?: ImportValidationOptions): MatcherResult {
  const name = 'toViolateImportContract';
  const checked = importOptions(name, options);
  const wanted = operationCode(name, importOperation(name, operation), code);
  const args = options === undefined ? (wanted === undefined ? 'operation' : 'operation, code') : 'operation, code, options';
  return violateMatcherResult(this, name, args, operation, received, wanted, validateImportRequest(operation, received, checked));
}
