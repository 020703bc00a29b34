/**
 * The check of one import command's input, in the SDK shape: StartImport with the project's
 * validator (and the policy), the other operations (CloudTrail's four, CloudWatch Logs' import
 * tasks) with their contracts (the checks the fakes answer with too).
 */
import type { ContractOperation } from '../contract/operations.js';
import { validateImportRequest } from '../operations/index.js';
import type { ImportPolicy } from '../policy/types.js';
import type { Violation } from '../rules/index.js';
import { formatViolations, validateStartImportRequest, type Clock } from '../validate/index.js';

/** What the StartImport check takes: the validator's own options. */
export interface InputCheckOptions {
  readonly now?: Clock | undefined;
  readonly policy?: ImportPolicy | undefined;
}

/** The outcome of a check: whether to refuse, the violations, and their lines as the package formats them. */
export interface InputCheck {
  /** True when there is an error: a violation of severity `error`. */
  readonly refused: boolean;
  readonly violations: readonly Violation[];
  /** One line per violation (`formatViolations`'s lines); `''` for none. */
  readonly text: string;
}

/** Checks `input` as the input of `operation`. */
export function checkImportInput(operation: ContractOperation, input: unknown, options: InputCheckOptions): InputCheck {
  if (operation === 'StartImport') {
    const { valid, violations } = validateStartImportRequest(input, { ...options, shape: 'sdk' });
    return { refused: !valid, violations, text: formatViolations(violations) };
  }
  // `now` reaches the checks that read the clock (CreateImportTask's filter times); the policy is StartImport's.
  const { valid, violations } = validateImportRequest(operation, input, { shape: 'sdk', ...(options.now === undefined ? {} : { now: options.now }) });
  return { refused: !valid, violations, text: formatViolations(violations) };
}
