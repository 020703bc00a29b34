import { fitErrorMessage, MAX_ERROR_MESSAGE } from '../contract/model.js';
import { EXCEPTION_MESSAGES, statusOfException, type ExceptionName } from '../contract/operations.js';
import type { Violation } from '../rules/index.js';
import { formatViolationsUpTo } from '../validate/index.js';
import type { FakeOutcome, FakeServiceError } from './types.js';

/** The outcome of a call the fake refuses with `name`: the message cut to the model's ErrorMessage length, as AWS answers (every violation stays attached). */
export function refuse(name: ExceptionName, message: string, violations: readonly Violation[] = []): FakeOutcome {
  const error: FakeServiceError = { name, message: fitErrorMessage(message), status: statusOfException(name), violations };
  return { ok: false, error };
}

/**
 * `outcome` with the warnings the contract found in the request it answers: an answer carries them
 * as its `violations` (the recorder keeps them); a refusal is left as it is (an invalid request's
 * carries every violation already, one of the fake's state none).
 */
export function withWarnings<Outcome extends { readonly ok: boolean }>(outcome: Outcome, warnings: readonly Violation[]): Outcome {
  return outcome.ok && warnings.length > 0 ? { ...outcome, violations: warnings } : outcome;
}

/**
 * A refusal because of the fake's state (not found, ongoing import, …): the exception's own
 * message, with the detail that tells the test which object it is about.
 */
export function refuseState(name: ExceptionName, detail: string): FakeOutcome {
  return refuse(name, `${EXCEPTION_MESSAGES[name]} (${detail})`);
}

/**
 * The refusal of a request with `violations`: the exception of the first error violation (or
 * InvalidParameterException, where that violation names none), the message formatted by the
 * project's one formatter from the error violations, and every violation (warnings too) attached.
 */
export function refuseInvalid(violations: readonly Violation[]): FakeOutcome {
  const errors = violations.filter((v) => v.severity === 'error');
  return refuse(errors[0]?.exception ?? 'InvalidParameterException', formatViolationsUpTo(errors, MAX_ERROR_MESSAGE), violations);
}

/**
 * The answer of CloudTrail Lake to an account it no longer takes (closed to new customers from
 * 2026-05-31). The message is the one AWS's announcement words; the exception is assumed: no
 * public source names it, and OperationNotPermittedException ("the requested operation is not
 * permitted") is the one every import operation is modeled to answer with that fits.
 */
export const CLOSED_TO_NEW_CUSTOMERS: FakeOutcome = refuse('OperationNotPermittedException', 'CloudTrail Lake is no longer accepting new customers.');
