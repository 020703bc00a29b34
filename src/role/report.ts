import { roleViolation } from './catalogue.js';
import { MAX_COVERAGE_STATES, MAX_COVERAGE_STEPS } from './coverage.js';
import type { PolicyDocument, PolicyStatement } from './document.js';
import type { Assumption, Decision } from './evaluate.js';
import type { RoleCheckCode, RoleViolation } from './types.js';

/** How a statement is named in messages: its Sid when it has one. */
export function statementName(statement: PolicyStatement): string {
  return statement.sid === undefined || statement.sid === '' ? `the statement at ${statement.path}` : `statement '${statement.sid}'`;
}

/** Where a missing grant is reported: the document's Statement. */
export function statementsPath(document: PolicyDocument): string {
  return `/${document.name}/Statement`;
}

/** The warnings for conditions a decision could not evaluate. */
export function assumptionViolations(assumptions: readonly Assumption[]): RoleViolation[] {
  return assumptions.map(({ entry, kind, effect }) =>
    kind === 'unvalued'
      ? roleViolation('role/source-arn-unknown', entry.path, `must match the destination, whose ARN and account the request does not give (a bare event data store ID, or none): ${entry.operator} ${entry.key} is assumed to ${effect === 'Allow' ? 'match' : 'not match'}`)
      : roleViolation('role/condition-assumed', entry.path, `must be checked by hand: ${entry.operator} ${entry.key} cannot be evaluated here and is assumed to ${effect === 'Allow' ? 'hold' : 'not hold'}`),
  );
}

/** The stated assumption when the joint coverage of several statements was not decided. */
const UNDECIDED = ` (whether the statements together cover it was not decided: the automaton of their patterns outgrew its bound of ${String(MAX_COVERAGE_STATES)} states or ${String(MAX_COVERAGE_STEPS)} steps; assumed they do not)`;

/** The codes a grant check reports when the grant is missing, or granted for only part of a family. */
export interface GrantCodes {
  readonly missing: RoleCheckCode;
  readonly partial?: RoleCheckCode;
}

/**
 * The violations of a needed grant: a Deny that covers it, else no Allow (or one covering only
 * part of it), plus the assumptions made on the way. `what` reads "s3:GetObject on arn:…".
 */
export function grantViolations(document: PolicyDocument, decision: Decision, what: string, codes: GrantCodes, who = ''): RoleViolation[] {
  const out = assumptionViolations(decision.assumptions);
  const { deniedBy, allowedBy, partialBy, coverageUndecided } = decision;
  if (deniedBy !== undefined) {
    out.push(roleViolation('role/denied', deniedBy.path, `must not deny ${what}${who}: ${statementName(deniedBy)} of ${document.name} denies it, and an explicit Deny wins`));
  } else if (allowedBy === undefined && partialBy !== undefined && codes.partial !== undefined) {
    out.push(roleViolation(codes.partial, `${partialBy.path}/${partialBy.resources?.negated === true ? 'NotResource' : 'Resource'}`, `must cover all of ${what}${who}: ${statementName(partialBy)} covers only part of it${coverageUndecided ? UNDECIDED : ''}`));
  } else if (allowedBy === undefined) {
    out.push(roleViolation(codes.missing, statementsPath(document), `must allow ${what}${who} in ${document.name}`));
  }
  return out;
}
