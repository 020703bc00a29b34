import { decideOnSomeKey, KMS_ACTIONS, namesAny } from './access.js';
import type { PolicyDocument } from './document.js';
import { decide, decideAny, type Need } from './evaluate.js';
import { logsContext, type LogsImportTarget } from './logs-request.js';
import { grantViolations } from './report.js';
import { CLOUDTRAIL, namesCloudTrail } from './trust.js';
import type { RoleViolation } from './types.js';
import { exactly } from './wildcard.js';

/** What CloudTrail does with the role in the managed log group: create it, its streams, and its resource policy. */
const LOG_GROUP_ACTIONS = ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutResourcePolicy'] as const;

/**
 * cloudtrail:GetEventDataStoreData on the source store, in the role's permissions policy or the
 * caller's policy (the API reference: the caller "must have permissions to access the data in the
 * provided source").
 */
export function checkSourceAccess(document: PolicyDocument, target: LogsImportTarget): RoleViolation[] {
  const { source } = target;
  if (!document.readable || source === undefined) return [];
  const context = logsContext(target, document.name === 'permissionsPolicy');
  const need: Need = { action: 'cloudtrail:GetEventDataStoreData', resource: exactly(source.text), principal: undefined, context };
  return grantViolations(document, decide(document, need), `cloudtrail:GetEventDataStoreData on ${source.text}`, { missing: 'role/logs-source-access-missing' });
}

/** `action` on the managed log group, named by its ARN with or without `:*` (policies write both, and which one Logs authorizes is not documented: either is enough). */
function checkOnLogGroup(document: PolicyDocument, target: LogsImportTarget, action: string, code: 'role/logs-log-group-access-missing' | 'role/logs-create-import-task-missing'): RoleViolation[] {
  const { logGroupArn } = target;
  if (!document.readable || logGroupArn === undefined) return [];
  const context = logsContext(target, document.name === 'permissionsPolicy');
  const need = (arn: string): Need => ({ action, resource: exactly(arn), principal: undefined, context });
  return grantViolations(document, decideAny(document, [need(logGroupArn), need(`${logGroupArn}:*`)]), `${action} on ${logGroupArn}`, { missing: code });
}

/** The log group actions on the managed log group, in the role's permissions policy. */
export function checkLogGroupAccess(permissions: PolicyDocument, target: LogsImportTarget): RoleViolation[] {
  return LOG_GROUP_ACTIONS.flatMap((action) => checkOnLogGroup(permissions, target, action, 'role/logs-log-group-access-missing'));
}

/**
 * logs:CreateImportTask in the caller's policy, the call itself: on the managed log group, as the
 * API reference's example policy grants it (`log-group:/aws/cloudtrail/*`).
 */
export function checkCreateImportTaskAccess(caller: PolicyDocument, target: LogsImportTarget): RoleViolation[] {
  return checkOnLogGroup(caller, target, 'logs:CreateImportTask', 'role/logs-create-import-task-missing');
}

/** kms:Decrypt and kms:GenerateDataKey on the source's key (on some key of the partition when its ARN is not given). */
export function checkLogsKeyAccess(permissions: PolicyDocument, target: LogsImportTarget): RoleViolation[] {
  const { key } = target;
  if (!permissions.readable || key === undefined) return [];
  const context = logsContext(target, true);
  const codes = { missing: 'role/logs-kms-access-missing' } as const;
  return KMS_ACTIONS.flatMap((action) => {
    if (key.arn === undefined) return grantViolations(permissions, decideOnSomeKey(permissions, action, target.partition, context), `${action} on a KMS key`, codes);
    return grantViolations(permissions, decide(permissions, { action, resource: exactly(key.arn), principal: undefined, context }), `${action} on ${key.arn}`, codes);
  });
}

/**
 * A key policy governs only its own key (its Resource, in practice "*", is not compared). It must
 * allow the two actions to cloudtrail.amazonaws.com (the API reference) and to the role or its
 * account root, without which the role's own permissions do not reach the key (KMS key policies).
 */
export function checkLogsKeyPolicy(keyPolicy: PolicyDocument, target: LogsImportTarget): RoleViolation[] {
  if (!keyPolicy.readable) return [];
  const codes = { missing: 'role/logs-kms-key-policy-missing' } as const;
  const out: RoleViolation[] = [];
  for (const action of KMS_ACTIONS) {
    const toService = decide(keyPolicy, { action, resource: undefined, principal: namesCloudTrail, context: logsContext(target, false) });
    out.push(...grantViolations(keyPolicy, toService, action, codes, ` to ${CLOUDTRAIL}`));
    const { role } = target;
    if (role === undefined) continue;
    const root = `arn:${role.partition}:iam::${role.accountId}:root`;
    const toRole = decide(keyPolicy, { action, resource: undefined, principal: namesAny([role.text, root, role.accountId]), context: logsContext(target, true) });
    out.push(...grantViolations(keyPolicy, toRole, action, codes, ` to ${role.text} or ${root}`));
  }
  return out;
}
