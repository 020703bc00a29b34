/**
 * The arguments of the import-operation matchers, checked: an unknown operation, a misspelt
 * option or a code the operation's input never earns would make a matcher pass for the wrong reason.
 */
import { inspect } from 'node:util';
import { IMPORT_OPERATIONS, type ImportOperation } from '../contract/operations.js';
import type { ImportValidationOptions } from '../operations/index.js';
import { ruleCatalogue, type ViolationCode } from '../rules/index.js';
import { checkOptions, isClock, isShape } from './options.js';

/** `operation`, when it names an import operation; a TypeError naming the matcher otherwise. */
export function importOperation(matcher: string, operation: unknown): ImportOperation {
  if ((IMPORT_OPERATIONS as readonly unknown[]).includes(operation)) return operation as ImportOperation;
  throw new TypeError(`${matcher}(operation): ${inspect(operation)} is not an import operation (operations: ${IMPORT_OPERATIONS.join(', ')})`);
}

/** Checked options of an import-operation matcher. */
export function importOptions(matcher: string, options: ImportValidationOptions | undefined): ImportValidationOptions {
  checkOptions(matcher, options, { shape: isShape, now: isClock });
  return options ?? {};
}

/** Whether the catalogue reports `code` on `operation`'s input. */
function reportedOnInput(operation: ImportOperation, code: string): boolean {
  const entry = ruleCatalogue.find((e) => e.code === code);
  if (entry === undefined) return false;
  return operation === 'StartImport' ? entry.subjects.includes('request') : (entry.operations?.[operation] ?? []).includes('request');
}

/** `code`, when `operation`'s input can be reported under it; a TypeError naming the matcher otherwise. */
export function operationCode(matcher: string, operation: ImportOperation, code: unknown): ViolationCode | undefined {
  if (code === undefined) return undefined;
  if (typeof code === 'string' && reportedOnInput(operation, code)) return code as ViolationCode;
  throw new TypeError(`${matcher}(code): ${inspect(code)} is never reported on a ${operation} request (see ruleCatalogue)`);
}
