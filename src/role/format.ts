import { formatViolationsUpTo } from '../validate/format.js';
import type { RoleViolation } from './types.js';

/**
 * One line per violation, as the CLI prints every finding: `PATH severity code: message`, with
 * `[assumed]` where the basis is inferred. A role finding is a `Violation`, and this is
 * `formatViolations`, the package's one formatter, under the role check's name (a bad argument is
 * a TypeError naming `formatRoleViolations`).
 *
 * @example
 * formatRoleViolations(checkImportRolePolicies(input).violations);
 * // '/trustPolicy/Statement error role/trust-not-cloudtrail: must allow the service principal cloudtrail.amazonaws.com to sts:AssumeRole'
 */
export function formatRoleViolations(violations: readonly RoleViolation[]): string {
  return formatViolationsUpTo(violations, Number.POSITIVE_INFINITY, 'formatRoleViolations');
}
