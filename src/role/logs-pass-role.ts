import { roleViolation } from './catalogue.js';
import type { PolicyDocument } from './document.js';
import { decide, decideAny, type Decision, type Need } from './evaluate.js';
import { associatedResourceArns, passRoleContext, type LogsImportTarget } from './logs-request.js';
import { assumptionViolations, grantViolations, statementName } from './report.js';
import type { RoleViolation } from './types.js';
import { exactly } from './wildcard.js';

const ASSOCIATED = 'iam:associatedresourcearn';

function passRoleDecision(caller: PolicyDocument, target: LogsImportTarget, roleArn: string): Decision {
  const need = (associated: string | undefined): Need => ({ action: 'iam:PassRole', resource: exactly(roleArn), principal: undefined, context: passRoleContext(associated) });
  if (target.logGroupArn === undefined) return decide(caller, need(undefined));
  const [withSlash, withoutSlash] = associatedResourceArns(target.logGroupArn);
  return decideAny(caller, [need(withSlash), need(withoutSlash)]);
}

/**
 * The caller's policy must allow iam:PassRole on the import role (an error without it), scoped by
 * an iam:AssociatedResourceARN condition to the destination log group (a warning without one, an
 * error when it names another).
 */
export function checkPassRole(caller: PolicyDocument, target: LogsImportTarget): RoleViolation[] {
  const { role, logGroupArn } = target;
  if (!caller.readable || role === undefined) return [];
  const decision = passRoleDecision(caller, target, role.text);
  const { allowedBy, deniedBy } = decision;
  const destination = logGroupArn === undefined ? 'the destination log group' : `the destination log group ${logGroupArn}`;
  if (deniedBy === undefined && allowedBy !== undefined) {
    const out = assumptionViolations(decision.assumptions);
    if (!allowedBy.conditions.some((entry) => entry.key.toLowerCase() === ASSOCIATED)) {
      const message = `should scope iam:PassRole on ${role.text} with an iam:AssociatedResourceARN condition naming ${destination}: ${statementName(allowedBy)} lets the role be passed to any resource`;
      out.push(roleViolation('role/logs-pass-role-unscoped', allowedBy.path, message));
    }
    return out;
  }
  const mismatch = deniedBy === undefined ? decision.conditionFailed.flatMap(({ failed }) => failed).find((entry) => entry.key.toLowerCase() === ASSOCIATED) : undefined;
  if (mismatch !== undefined) {
    const allows = mismatch.values.map((v) => `'${v}'`).join(', ');
    const meant = logGroupArn === undefined ? 'the destination log group' : `the destination log group's ARN ${associatedResourceArns(logGroupArn)[0]}`;
    const message = `must admit ${meant}: ${mismatch.operator} ${mismatch.key} allows only ${allows}, so iam:PassRole on ${role.text} is not allowed for this import`;
    return [...assumptionViolations(decision.assumptions), roleViolation('role/logs-pass-role-scope-mismatch', mismatch.path, message)];
  }
  return grantViolations(caller, decision, `iam:PassRole on ${role.text}`, { missing: 'role/logs-pass-role-missing' });
}
