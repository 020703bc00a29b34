/**
 * The check of one import command's input, in the SDK shape: StartImport with the project's
 * validator, the four other operations with the checks the fake import service answers with.
 */
import type { ImportOperation } from '../contract/operations.js';
import { readInput } from '../fake/validate-input.js';
import type { ImportPolicy } from '../policy/types.js';
import type { Violation } from '../rules/index.js';
import { formatViolations, validateStartImportRequest, type Clock } from '../validate/index.js';

/** What the StartImport check takes: the validator's own options. */
export interface InputCheckOptions {
  readonly now?: Clock;
  readonly policy?: ImportPolicy;
}

/** The outcome of a check: whether to refuse, the violations, and their lines as the package formats them. */
export interface InputCheck {
  /** True when there is an error: a violation of severity `error`, or a problem without a code. */
  readonly refused: boolean;
  readonly violations: readonly Violation[];
  /** One line per problem (`formatViolations`'s lines, and those of problems without a code); `''` for none. */
  readonly text: string;
}

/** Checks `input` as the input of `operation`. */
export function checkImportInput(operation: ImportOperation, input: unknown, options: InputCheckOptions): InputCheck {
  if (operation === 'StartImport') {
    const { valid, violations } = validateStartImportRequest(input, { ...options, shape: 'sdk' });
    return { refused: !valid, violations, text: formatViolations(violations) };
  }
  const read = readInput(operation, input);
  if (!('refused' in read) || read.refused.ok) return { refused: false, violations: [], text: '' };
  // The fake's refusal message holds every problem's line, coded or not, in the one format.
  return { refused: true, violations: read.refused.error.violations, text: read.refused.error.message };
}
