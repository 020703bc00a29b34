import { roleViolation } from './catalogue.js';
import type { PolicyDocument, PolicyStatement, PrincipalList } from './document.js';
import { decide } from './evaluate.js';
import { assumptionViolations, statementName, statementsPath } from './report.js';
import type { ConditionContext } from './conditions.js';
import { sourceContext, type ImportTarget } from './request.js';
import type { RoleViolation } from './types.js';

export const CLOUDTRAIL = 'cloudtrail.amazonaws.com';
const SOURCE_KEYS: ReadonlySet<string> = new Set(['aws:sourcearn', 'aws:sourceaccount']);

/** Whether a statement's principal names the service principal cloudtrail.amazonaws.com. */
export function namesCloudTrail(principal: PrincipalList): boolean {
  return (principal.byType.get('Service') ?? []).some((service) => service.toLowerCase() === CLOUDTRAIL);
}

/**
 * The trust policy must let cloudtrail.amazonaws.com assume the role, under aws:SourceArn /
 * aws:SourceAccount conditions that admit the destination (the User Guide's confused-deputy guidance).
 */
export function checkTrustPolicy(document: PolicyDocument, target: ImportTarget): RoleViolation[] {
  if (!document.readable) return [];
  const decision = decide(document, { action: 'sts:AssumeRole', resource: undefined, principal: namesCloudTrail, context: sourceContext(target) });
  const out = assumptionViolations(decision.assumptions);
  const { deniedBy, allowedBy, conditionFailed } = decision;
  if (deniedBy !== undefined) {
    out.push(deniedTrust(deniedBy));
  } else if (allowedBy !== undefined) {
    if (!allowedBy.conditions.some((entry) => SOURCE_KEYS.has(entry.key.toLowerCase()))) {
      out.push(roleViolation('role/trust-unconditioned', allowedBy.path, `must restrict ${CLOUDTRAIL} with aws:SourceArn or aws:SourceAccount conditions naming the destination (confused-deputy guidance)`));
    }
  } else if (conditionFailed[0] !== undefined) {
    const [entry] = conditionFailed[0].failed;
    const destination = target.destination?.text ?? 'the destination';
    if (entry !== undefined) {
      out.push(roleViolation('role/trust-source-mismatch', entry.path, `must admit the destination ${destination}: ${entry.operator} ${entry.key} allows only ${entry.values.map((v) => `'${v}'`).join(', ')}`));
    }
  } else {
    out.push(notTrusted(document));
  }
  return out;
}

function deniedTrust(statement: PolicyStatement): RoleViolation {
  return roleViolation('role/denied', statement.path, `must not deny ${CLOUDTRAIL} sts:AssumeRole: ${statementName(statement)} denies it, and an explicit Deny wins`);
}

function notTrusted(document: PolicyDocument): RoleViolation {
  return roleViolation('role/trust-not-cloudtrail', statementsPath(document), `must allow the service principal ${CLOUDTRAIL} to sts:AssumeRole`);
}

/**
 * CreateImportTask's role must trust cloudtrail.amazonaws.com (the API reference). The source
 * conditions CloudTrail meets for a CloudWatch Logs import are not documented, so none is required
 * and a condition on them is assumed (`role/condition-assumed`).
 */
export function checkLogsTrustPolicy(document: PolicyDocument, context: ConditionContext): RoleViolation[] {
  if (!document.readable) return [];
  const decision = decide(document, { action: 'sts:AssumeRole', resource: undefined, principal: namesCloudTrail, context });
  const out = assumptionViolations(decision.assumptions);
  if (decision.deniedBy !== undefined) out.push(deniedTrust(decision.deniedBy));
  else if (decision.allowedBy === undefined) out.push(notTrusted(document));
  return out;
}
