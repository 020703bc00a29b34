/**
 * The exceptions the CloudWatch Logs fake answers with: the model's errors of the four import-task
 * operations (all HTTP 400), AWS's common errors (for `failNext`: ServiceUnavailable is 503, …)
 * and the two protocol errors the msw handlers need; each with the message the model or AWS words.
 */
import { COMMON_ERRORS, EXCEPTION_MESSAGES, PROTOCOL_ERRORS, type CommonErrorName, type ErrorStatus, type ProtocolErrorName } from '../../contract/operations.js';
import { LOGS_EXCEPTION_MESSAGES, statusOfLogsException, type LogsErrorName } from '../../operations/logs/errors.js';

export type { LogsImportOperation } from '../../contract/operations.js';

/** An exception the Logs fake answers with. */
export type LogsImportExceptionName = LogsErrorName | CommonErrorName | ProtocolErrorName;

const pick = <K extends string>(names: readonly K[]): Record<K, string> => Object.fromEntries(names.map((name) => [name, EXCEPTION_MESSAGES[name as keyof typeof EXCEPTION_MESSAGES]])) as Record<K, string>;

/** Each exception's message; the model's words win where AWS's common errors name the same exception (ThrottlingException, AccessDeniedException). */
export const LOGS_IMPORT_EXCEPTIONS: Readonly<Record<LogsImportExceptionName, string>> = {
  ...pick(Object.keys(COMMON_ERRORS) as CommonErrorName[]),
  ...pick(Object.keys(PROTOCOL_ERRORS) as ProtocolErrorName[]),
  ...LOGS_EXCEPTION_MESSAGES,
};

const isProtocolError = (name: string): name is ProtocolErrorName => Object.prototype.hasOwnProperty.call(PROTOCOL_ERRORS, name);

/** The HTTP status of an exception: a protocol error's own, else as `validateImportError` reads it (the model's 400, or a common error's 403, 500, 503). */
export function statusOfLogsImportException(name: LogsImportExceptionName): ErrorStatus {
  return isProtocolError(name) ? PROTOCOL_ERRORS[name] : statusOfLogsException(name);
}

