import { isRecord } from '../contract/record.js';
import type { OptionNames } from '../contract/options.js';
import { describe } from '../contract/timestamps.js';
import { reasonOf } from '../validate/run.js';
import { roleViolation } from './catalogue.js';
import { documentOf, readSafely, unique, unknownMembers } from './input.js';
import { checkCreateImportTaskAccess, checkLogGroupAccess, checkLogsKeyAccess, checkLogsKeyPolicy, checkSourceAccess } from './logs-access.js';
import { checkPassRole } from './logs-pass-role.js';
import { logsContext, readLogsImportTarget, unreadableLogsRequest } from './logs-request.js';
import { checkLogsTrustPolicy } from './trust.js';
import type { LogsImportRolePolicies, RolePolicyCheckResult } from './types.js';

/** The members of `LogsImportRolePolicies`, in the order messages list them. */
const LOGS_ROLE_CHECK_MEMBERS = Object.keys({
  request: true,
  trustPolicy: true,
  permissionsPolicy: true,
  callerPolicy: true,
  kmsKeyId: true,
  kmsKeyPolicy: true,
} as const satisfies OptionNames<LogsImportRolePolicies>);

/**
 * Checks the IAM policies around the role a CloudWatch Logs CreateImportTask passes
 * (`importRoleArn`) the way IAM evaluates them, as the CreateImportTask API reference lists them:
 * the trust policy must let cloudtrail.amazonaws.com assume the role; its permissions policy must
 * allow cloudtrail:GetEventDataStoreData on the source store and logs:CreateLogGroup,
 * logs:CreateLogStream and logs:PutResourcePolicy on the managed log group `/aws/cloudtrail/STORE-ID`,
 * and, when the store has a customer managed key, kms:Decrypt and kms:GenerateDataKey on it (whose
 * given key policy must allow them to cloudtrail.amazonaws.com too); a given caller's policy must
 * allow logs:CreateImportTask on the log group (as the API reference's example policy grants it) and
 * iam:PassRole on the role, scoped by iam:AssociatedResourceARN to the log group. Documents
 * may be JSON strings or objects; a malformed one is reported and the others are still checked.
 * Never throws: an input that is not an object is one `role/logs-request-unusable` finding at the root.
 *
 * @example
 * const { valid, violations } = checkLogsImportRolePolicies({
 *   request: { importSourceArn: eventDataStoreArn, importRoleArn: roleArn },
 *   trustPolicy: readFileSync('trust.json', 'utf8'),
 *   permissionsPolicy: readFileSync('permissions.json', 'utf8'),
 *   callerPolicy: readFileSync('caller.json', 'utf8'),
 * });
 * if (!valid) console.error(formatRoleViolations(violations));
 */
export function checkLogsImportRolePolicies(input: LogsImportRolePolicies): RolePolicyCheckResult {
  // Callers from JavaScript (or with a cast) may pass anything; the contract is a finding, not a TypeError.
  const shape = readSafely(() => (isRecord(input) ? undefined : describe(input)));
  if ('error' in shape || shape.value !== undefined) {
    const got = 'error' in shape ? `a value that threw when read: ${reasonOf(shape.error)}` : shape.value;
    const message = `must be an object { request, trustPolicy, permissionsPolicy, callerPolicy?, kmsKeyId?, kmsKeyPolicy? } (got ${got})`;
    return { valid: false, violations: [roleViolation('role/logs-request-unusable', '', message)] };
  }
  const key = documentOf(input, 'kmsKeyPolicy', true);
  const request = readSafely(() => input.request);
  const keyId = readSafely(() => input.kmsKeyId);
  const { target, violations: requestViolations } =
    'error' in request ? unreadableLogsRequest(request.error) : readLogsImportTarget(request.value, keyId, key !== undefined);
  const trust = documentOf(input, 'trustPolicy', false);
  const permissions = documentOf(input, 'permissionsPolicy', false);
  const caller = documentOf(input, 'callerPolicy', true);
  const violations = unique([
    ...unknownMembers(input, LOGS_ROLE_CHECK_MEMBERS, 'role/logs-request-unusable'),
    ...requestViolations,
    ...[trust, permissions, caller, key].flatMap((document) => document?.violations ?? []),
    ...checkLogsTrustPolicy(trust, logsContext(target, false)),
    ...checkSourceAccess(permissions, target),
    ...checkLogGroupAccess(permissions, target),
    ...checkLogsKeyAccess(permissions, target),
    ...(key === undefined ? [] : checkLogsKeyPolicy(key, target)),
    ...(caller === undefined ? [] : [...checkPassRole(caller, target), ...checkSourceAccess(caller, target), ...checkCreateImportTaskAccess(caller, target)]),
  ]);
  return { valid: violations.every((v) => v.severity !== 'error'), violations };
}
