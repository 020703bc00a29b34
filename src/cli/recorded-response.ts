/**
 * The answer recorded beside an HTTP request (`check --kind wire`): a document's `response`
 * (`{ "status": 200, "body": "{…}" }`), or a HAR entry's, checked as what the endpoint answered —
 * the output of the operation the request's target names (a 2xx status), or its error (any other),
 * as `check --kind response` and `--kind error` check them. An emulator or a mock that answers
 * what AWS never would is caught where it was recorded.
 */
import {
  validateImportError,
  validateImportResponse,
  validateStartImportResponse,
  type ContractOperation,
  type ImportValidationOptions,
  type Violation,
} from '../index.js';
import { isRecord } from '../contract/record.js';
import { describe } from '../contract/timestamps.js';
import { violation } from '../rules/index.js';
import { isHttpStatus, sanitizeErrorName } from '../validate/validate-error.js';

/** Where a recorded answer's findings are: its status, and its body's (each body finding's path follows). */
const RESPONSE_STATUS_PATH = '/response/status';
const RESPONSE_BODY_PATH = '/response/body';

/** The body's text as the answer's value: the JSON it holds, or the text itself when it holds none (which the validators then name). */
function bodyValue(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/**
 * Whether `value`, answered with `status`, is the protocol error the endpoint answers a request it
 * cannot read with: the exception of the request's first wire finding (`SerializationException`
 * for a wrong content type or a body that is no JSON object), HTTP 400.
 */
function answersUnreadable(value: unknown, status: number, unreadableAs: string | undefined): boolean {
  if (unreadableAs === undefined || status !== 400 || !isRecord(value)) return false;
  const type = value['__type'];
  return typeof type === 'string' && sanitizeErrorName(type) === unreadableAs;
}

/**
 * The findings of the answer recorded as `response` for a request to `operation` whose body was
 * `request` (its parsed JSON, for StartImport's response-mismatch-request): none when there is no
 * answer to read (no `response`, or one without a body's text, as a HAR file records an aborted
 * request or one whose content was not kept). Paths are under `/response`. `unreadableAs`: the
 * exception of the request's first wire finding, when the endpoint could not read the request —
 * the protocol error it answers then is no error of the operation, yet the right answer.
 */
export function checkRecordedResponse(operation: ContractOperation, request: unknown, response: unknown, options: ImportValidationOptions, unreadableAs?: string): Violation[] {
  if (response === undefined) return [];
  if (!isRecord(response)) return [violation('type-mismatch', '/response', `must be the answer recorded as { "status", "body" } (got ${describe(response)})`)];
  const { status, body } = response;
  if (!isHttpStatus(status)) {
    return [violation('type-mismatch', RESPONSE_STATUS_PATH, `must be the HTTP status of the answer, an integer from 100 to 599 (got ${describe(status)})`)];
  }
  if (body === undefined) return [];
  if (typeof body !== 'string') return [violation('type-mismatch', RESPONSE_BODY_PATH, `must be the text of the answer's body (got ${describe(body)})`)];
  const value = bodyValue(body);
  if (answersUnreadable(value, status, unreadableAs)) return [];
  let result: { readonly violations: readonly Violation[] };
  if (status < 200 || status > 299) result = validateImportError(operation, value, { status });
  else if (operation === 'StartImport') result = validateStartImportResponse(value, { shape: 'wire', ...(isRecord(request) ? { request } : {}) });
  else result = validateImportResponse(operation, value, { ...options, shape: 'wire' });
  // The status an error was answered with is the answer's, not its body's.
  return result.violations.map((found) => ({ ...found, path: found.code === 'error-status-mismatch' ? RESPONSE_STATUS_PATH : `${RESPONSE_BODY_PATH}${found.path}` }));
}
