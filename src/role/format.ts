import type { RoleViolation } from './types.js';

/**
 * One line per violation, as the CLI prints every finding: `PATH severity code: message`, with
 * `[assumed]` where the basis is inferred (the same words as `formatViolations`).
 *
 * @example
 * formatRoleViolations(checkImportRolePolicies(input).violations);
 * // '/trustPolicy/Statement error role/trust-not-cloudtrail: must allow the service principal cloudtrail.amazonaws.com to sts:AssumeRole'
 */
export function formatRoleViolations(violations: readonly RoleViolation[]): string {
  return violations
    .map((v) => `${v.path === '' ? '(root)' : v.path} ${v.severity} ${v.code}: ${v.message}${v.basis === 'inferred' ? ' [assumed]' : ''}`)
    .join('\n');
}
