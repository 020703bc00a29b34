import type { Violation } from '../rules/index.js';

/**
 * One line for a violation: path, severity, code and message, with `[assumed]` where the
 * check's basis is inferred. The CLI, the matchers, the msw error bodies and the ESLint
 * messages all use this, so a user sees the same words everywhere.
 */
export function formatViolation(violation: Violation): string {
  const assumed = violation.basis === 'inferred' ? ' [assumed]' : '';
  return `${violation.path === '' ? '(root)' : violation.path} ${violation.severity} ${violation.code}: ${violation.message}${assumed}`;
}

/** The violations, one line each (see `formatViolation`); `''` for none. */
export function formatViolations(violations: readonly Violation[]): string {
  return violations.map(formatViolation).join('\n');
}
