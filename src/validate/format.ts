import { clip } from '../contract/timestamps.js';
import type { ExtensionCode, Violation, ViolationCode } from '../rules/index.js';

/** A finding of any check: the contract's, a policy's or the role check's. */
type AnyViolation = Violation<ViolationCode | ExtensionCode>;

/**
 * One line for a violation: path, severity, code and message, with `[assumed]` where the
 * check's basis is inferred. The CLI, the matchers, the msw error bodies and the ESLint
 * messages all use this, so a user sees the same words everywhere.
 */
export function formatViolation(violation: AnyViolation): string {
  const assumed = violation.basis === 'inferred' ? ' [assumed]' : '';
  // The path holds the value's own keys: their control and bidi characters are escaped, as the messages' are, so a line stays one line.
  const path = violation.path === '' ? '(root)' : clip(violation.path, Number.POSITIVE_INFINITY);
  return `${path} ${violation.severity} ${violation.code}: ${violation.message}${assumed}`;
}

/** The violations, one line each (see `formatViolation`); `''` for none. */
export function formatViolations(violations: readonly AnyViolation[]): string {
  return formatViolationsUpTo(violations, Number.POSITIVE_INFINITY);
}

/**
 * `formatViolations`, adding no more lines once the text is longer than `maxLength`: a caller that
 * cuts the text to fit (the msw handlers' 1000-character messages) formats only what fits.
 */
export function formatViolationsUpTo(violations: readonly AnyViolation[], maxLength: number): string {
  let text = '';
  for (let i = 0; i < violations.length && text.length <= maxLength; i += 1) {
    const line = formatViolation(violations[i] as AnyViolation);
    text = i === 0 ? line : `${text}\n${line}`;
  }
  return text;
}
