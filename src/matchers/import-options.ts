/**
 * The arguments of the import-operation matchers, checked: an unknown operation, a misspelt
 * option or a code the operation's input never earns would make a matcher pass for the wrong reason.
 */
import { inspect } from 'node:util';
import { isContractOperation, notAnOperation, type ContractOperation } from '../contract/operations.js';
import type { ImportValidationOptions } from '../operations/index.js';
import type { ViolationCode } from '../rules/index.js';
import { checkOptions, isClock, isShape, reportedOnInput } from './options.js';

/** `operation`, when it names an operation of the contract (CloudTrail's or CloudWatch Logs'); a TypeError naming the matcher otherwise. */
export function importOperation(matcher: string, operation: unknown): ContractOperation {
  if (isContractOperation(operation)) return operation;
  throw notAnOperation(`${matcher}(operation)`, operation);
}

/** Checked options of an import-operation matcher. */
export function importOptions(matcher: string, options: ImportValidationOptions | undefined): ImportValidationOptions {
  checkOptions(matcher, options, { shape: isShape, now: isClock });
  return options ?? {};
}

/** `code`, when `operation`'s input can be reported under it; a TypeError naming the matcher otherwise. */
export function operationCode(matcher: string, operation: ContractOperation, code: unknown): ViolationCode | undefined {
  if (code === undefined) return undefined;
  if (typeof code === 'string' && reportedOnInput(operation, code)) return code as ViolationCode;
  throw new TypeError(`${matcher}(code): ${inspect(code)} is never reported on a ${operation} request (see ruleCatalogue)`);
}
