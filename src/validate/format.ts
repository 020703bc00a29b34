import { isRecord } from '../contract/record.js';
import { clip, describe } from '../contract/timestamps.js';
import type { ExtensionCode, Violation, ViolationCode } from '../rules/index.js';

/** A finding of any check: the contract's, a policy's or the role check's. */
type AnyViolation = Violation<ViolationCode | ExtensionCode>;

/** The members a violation is formatted from, each a string. */
const TEXT_MEMBERS = ['path', 'severity', 'code', 'message'] as const;

/**
 * Throws a TypeError naming `who` and `where` unless `value` has a violation's text members: a
 * formatter given something else says so, rather than printing `undefined` or failing inside.
 */
function checkViolation(who: string, where: string, value: unknown): asserts value is AnyViolation {
  if (!isRecord(value)) throw new TypeError(`${who}: ${where} must be a violation { path, severity, code, message } (got ${describe(value)})`);
  const untyped = TEXT_MEMBERS.filter((member) => typeof value[member] !== 'string');
  if (untyped.length > 0) throw new TypeError(`${who}: ${where} must be a violation { path, severity, code, message } (its ${untyped.join(', ')} ${untyped.length === 1 ? 'is' : 'are'} not a string)`);
}

/**
 * A violation's path as every surface prints it: `(root)` for the value itself. The path holds the
 * value's own keys: their control and bidi characters are escaped, as the messages' are, so a line
 * stays one line (the formatter's lines and the ESLint messages alike).
 */
export function printedPath(path: string): string {
  return path === '' ? '(root)' : clip(path, Number.POSITIVE_INFINITY);
}

/** `formatViolation` of a value known to be a violation. */
function line(violation: AnyViolation): string {
  const assumed = violation.basis === 'inferred' ? ' [assumed]' : '';
  return `${printedPath(violation.path)} ${violation.severity} ${violation.code}: ${violation.message}${assumed}`;
}

/**
 * One line for a violation: path, severity, code and message, with `[assumed]` where the
 * check's basis is inferred. The CLI, the matchers, the msw error bodies and the ESLint
 * messages all use this, so a user sees the same words everywhere. Anything but a violation is a
 * TypeError naming what is wrong.
 */
export function formatViolation(violation: AnyViolation): string {
  checkViolation('formatViolation', 'its argument', violation);
  return line(violation);
}

/** The violations, one line each (see `formatViolation`); `''` for none. Anything but an array of violations is a TypeError naming the first item that is wrong. */
export function formatViolations(violations: readonly AnyViolation[]): string {
  return formatViolationsUpTo(violations, Number.POSITIVE_INFINITY);
}

/**
 * `formatViolations`, adding no more lines once the text is longer than `maxLength`: a caller that
 * cuts the text to fit (the msw handlers' 1000-character messages) formats only what fits. `who`
 * names the public function a bad argument was given to.
 */
export function formatViolationsUpTo(violations: readonly AnyViolation[], maxLength: number, who = 'formatViolations'): string {
  if (!Array.isArray(violations)) throw new TypeError(`${who}: violations must be an array of violations (got ${describe(violations)})`);
  let text = '';
  for (let i = 0; i < violations.length && text.length <= maxLength; i += 1) {
    const violation: unknown = violations[i];
    checkViolation(who, `violations[${String(i)}]`, violation);
    text = i === 0 ? line(violation) : `${text}\n${line(violation)}`;
  }
  return text;
}
