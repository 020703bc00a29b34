import { checkOptionsObject, type OptionNames } from '../contract/options.js';
import { codePoints } from '../core/text.js';
import { MAX_ERROR_MESSAGE, MIN_ERROR_MESSAGE } from '../contract/model.js';
import { canAnswerWith, OPERATION_ERRORS, statusOfException, type ImportOperation } from '../contract/operations.js';
import { clip, describe } from '../contract/timestamps.js';
import { violation, type Violation } from '../rules/index.js';
import { isStructure } from './normalise.js';
import { compiledSchemas, schemaErrors, type SchemaError } from './schema.js';
import { violationsFromSchemaErrors } from './schema-errors.js';
import { isValid, sortViolations, unreadable } from './run.js';
import type { ErrorValidationOptions, ValidationResult } from './types.js';

const ERROR_OPTIONS = { status: true } as const satisfies OptionNames<ErrorValidationOptions>;

/** An exception name as clients read it from `__type`: without a `namespace#` prefix or a `:…` suffix. A `type` that is no string is a TypeError naming it. */
export function sanitizeErrorName(type: string): string {
  if (typeof type !== 'string') throw new TypeError(`sanitizeErrorName: type must be a string, an error body's __type (got ${describe(type)})`);
  const withoutSuffix = type.split(':')[0] ?? '';
  return withoutSuffix.slice(withoutSuffix.lastIndexOf('#') + 1);
}

function statusOf(value: unknown): number | undefined {
  const metadata = isStructure(value) || value instanceof Error ? (value as { $metadata?: unknown }).$metadata : undefined;
  const status = isStructure(metadata) ? metadata['httpStatusCode'] : undefined;
  return typeof status === 'number' ? status : undefined;
}

/**
 * The errors one operation answers with: the HTTP status of each (`undefined` for a name it cannot
 * answer with), how a message names them, and whether its model gives the body's message
 * CloudTrail's ErrorMessage length (CloudWatch Logs' exceptions have no modeled member).
 */
export interface AnswerableErrors {
  readonly statusOf: (name: string) => number | undefined;
  /** `StartImport's 12 modeled exceptions`. */
  readonly named: string;
  readonly messageLength: boolean;
}

/** The errors a CloudTrail import operation answers with: its modeled exceptions (the Smithy model's) and AWS's common errors. */
export function cloudTrailErrors(operation: ImportOperation): AnswerableErrors {
  return {
    statusOf: (name) => (canAnswerWith(operation, name) ? statusOfException(name) : undefined),
    named: `${operation}'s ${String(OPERATION_ERRORS[operation].length)} modeled exceptions`,
    messageLength: true,
  };
}

const START_IMPORT_ERRORS = cloudTrailErrors('StartImport');

function notModeled(errors: AnswerableErrors, got: string, path: string): Violation {
  return violation('error-not-modeled', path, `must be one of ${errors.named} or AWS's common errors (got ${got})`);
}

function checkName(errors: AnswerableErrors, name: string, status: number | undefined, path: string): Violation[] {
  const expected = errors.statusOf(name);
  if (expected === undefined) return [notModeled(errors, `'${clip(name)}'`, path)];
  if (status === undefined || status === expected) return [];
  return [violation('error-status-mismatch', '', `must be answered with HTTP ${expected} for ${name} (got ${status})`)];
}

function errorViolations(errors: AnswerableErrors, value: unknown, given: number | undefined): Violation[] {
  const status = given ?? statusOf(value);
  if (value instanceof Error) {
    const name: unknown = value.name;
    return typeof name === 'string' ? checkName(errors, name, status, '/name') : [notModeled(errors, `a ${typeof name}`, '/name')];
  }
  if (!isStructure(value)) {
    return [violation('error-body-invalid', '', `must be an Error or an awsJson error body object (got ${describe(value)})`)];
  }
  // The validators count UTF-16 units (ajv's `unicode: false`), ErrorMessage's length counts code
  // points, as Smithy does: a length the units break is kept only when the code points break it too.
  const schemaFound = schemaErrors(compiledSchemas.error, value).filter(
    (e) => (e.keyword !== 'minLength' && e.keyword !== 'maxLength') || (errors.messageLength && !isErrorMessageLength(e.data)),
  );
  const found = violationsFromSchemaErrors(schemaFound, 'error');
  // …and a message of four or more units can be shorter than four code points (`😀😀`), which the units do not see
  // (a message too long in code points is too long in units: the validator reported it).
  if (errors.messageLength) {
    for (const key of ERROR_MESSAGE_KEYS) {
      const message = value[key];
      if (typeof message === 'string' && message.length >= MIN_ERROR_MESSAGE && codePoints(message) < MIN_ERROR_MESSAGE) found.push(...violationsFromSchemaErrors([lengthError(key, message)], 'error'));
    }
  }
  const type = value['__type'];
  if (typeof type === 'string') found.push(...checkName(errors, sanitizeErrorName(type), status, '/__type'));
  return sortViolations(found);
}

/** The members an error body's message is read from (clients read either). */
const ERROR_MESSAGE_KEYS = ['message', 'Message'] as const;

/** Whether a message has the length of the model's ErrorMessage, counted in code points. */
function isErrorMessageLength(message: unknown): boolean {
  if (typeof message !== 'string') return false;
  const length = codePoints(message);
  return length >= MIN_ERROR_MESSAGE && length <= MAX_ERROR_MESSAGE;
}

/** The schema's error for a message too short in code points, as the validator reports a length. */
function lengthError(key: string, message: string): SchemaError {
  return { instancePath: `/${key}`, schemaPath: `#/properties/${key}/minLength`, keyword: 'minLength', params: { limit: MIN_ERROR_MESSAGE }, data: message };
}

/** Whether `value` is an HTTP status code: an integer from 100 to 599. The one test of it (the error validators' `status`, the CLI's `--status`, a recorded answer's). */
export function isHttpStatus(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 100 && (value as number) <= 599;
}

/** `options.status` of an error validator: left out, or an HTTP status code (an integer 100–599); a TypeError naming the option for anything else. */
function statusOption(who: string, status: unknown): number | undefined {
  if (status === undefined || isHttpStatus(status)) return status;
  throw new TypeError(`${who}: options.status must be an HTTP status code, an integer from 100 to 599 (got ${describe(status)})`);
}

/**
 * Checks an error against the errors one operation answers with (`validateStartImportError`,
 * `validateImportError`, named by `who` in a bad option's TypeError: the caller's mistake, never
 * reported as the error's).
 */
export function validateErrorOf(who: string, errors: AnswerableErrors, value: unknown, options: ErrorValidationOptions): ValidationResult<'error'> {
  checkOptionsObject(who, options, ERROR_OPTIONS);
  const status = statusOption(who, options.status);
  let violations: Violation[];
  try {
    violations = errorViolations(errors, value, status);
  } catch (error) {
    violations = [unreadable(error, 'error-body-invalid')];
  }
  return { valid: isValid(violations), kind: 'error', violations };
}

/**
 * Checks an error answered to StartImport: a thrown or mocked `Error` (its `name`), or an
 * awsJson error body (`{"__type", "message"}`), with its HTTP status when known. StartImport's
 * 12 modeled exceptions and AWS's common errors (`ThrottlingException`, `ServiceUnavailable`, …)
 * are accepted, each with its own status.
 * Takes any value; never throws and never changes its input.
 *
 * @example
 * validateStartImportError(new Error('boom')).violations[0]?.code; // 'error-not-modeled'
 * validateStartImportError({ __type: 'ImportNotFoundException', message: 'not found' }, { status: 400 }); // error-status-mismatch
 */
export function validateStartImportError(value: unknown, options: ErrorValidationOptions = {}): ValidationResult<'error'> {
  return validateErrorOf('validateStartImportError', START_IMPORT_ERRORS, value, options);
}
