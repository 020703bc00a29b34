import { fitErrorMessage, MAX_ERROR_MESSAGE } from '../../contract/model.js';
import type { Violation } from '../../rules/index.js';
import { formatViolationsUpTo } from '../../validate/index.js';
import { LOGS_IMPORT_EXCEPTIONS, statusOfLogsImportException, type LogsImportExceptionName } from './operations.js';
import type { LogsImportServiceError } from './types.js';

/** A refused outcome, whatever the operation. */
export interface Refusal {
  readonly ok: false;
  readonly error: LogsImportServiceError;
}

/** The outcome of a call refused with `name`, with its HTTP status; the message cut to 1000 characters, as the msw handlers answer it (every violation stays attached). */
export function refuse(name: LogsImportExceptionName, message: string, violations: readonly Violation[] = []): Refusal {
  return { ok: false, error: { name, message: fitErrorMessage(message), status: statusOfLogsImportException(name), violations } };
}

/** A refusal because of the fake's state: the exception's own words, with the detail naming the object. */
export function refuseState(name: LogsImportExceptionName, detail: string): Refusal {
  return refuse(name, `${LOGS_IMPORT_EXCEPTIONS[name]} (${detail})`);
}

/**
 * The refusal of a request with `violations`: InvalidParameterException (the Logs service's
 * validation exception for these operations), its message the project's one formatter over the
 * error violations, every violation (warnings too) attached.
 */
export function refuseInvalid(violations: readonly Violation[]): Refusal {
  return refuse('InvalidParameterException', formatViolationsUpTo(violations.filter((v) => v.severity === 'error'), MAX_ERROR_MESSAGE), violations);
}
