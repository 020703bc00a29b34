import { checkBucketAccess, checkKeyAccess } from './access.js';
import { describe } from '../contract/timestamps.js';
import { roleViolation } from './catalogue.js';
import { isRecord, readPolicyDocument } from './document.js';
import { readImportTarget } from './request.js';
import { checkTrustPolicy } from './trust.js';
import type { ImportRolePolicies, RolePolicyCheckResult, RoleViolation } from './types.js';

function unique(violations: readonly RoleViolation[]): RoleViolation[] {
  const seen = new Set<string>();
  return violations.filter((v) => {
    const key = `${v.code}\u0000${v.path}\u0000${v.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Checks the IAM policies of the role a StartImport request hands CloudTrail
 * (`S3BucketAccessRoleArn`) the way IAM evaluates them: the trust policy must let
 * cloudtrail.amazonaws.com assume the role for the destination, the permissions policy (and the
 * bucket policy, when given) must allow reading the bucket and every object under the prefix, and a
 * given KMS key policy must allow decrypting. Documents may be JSON strings or objects; a malformed
 * one is reported (`role/policy-malformed`) and the others are still checked. Never throws: an
 * input that is not an object (`null`, `undefined`, a string) is one `role/request-unusable` finding at the root.
 *
 * @example
 * const { valid, violations } = checkImportRolePolicies({
 *   request: { Destinations: [eventDataStoreArn], ImportSource: { S3: { S3LocationUri: 's3://logs/AWSLogs/', S3BucketRegion: 'us-east-1', S3BucketAccessRoleArn: roleArn } } },
 *   trustPolicy: readFileSync('trust.json', 'utf8'),
 *   permissionsPolicy: readFileSync('permissions.json', 'utf8'),
 * });
 * if (!valid) console.error(formatRoleViolations(violations));
 */
export function checkImportRolePolicies(input: ImportRolePolicies): RolePolicyCheckResult {
  // Callers from JavaScript (or with a cast) may pass anything; the contract is a finding, not a TypeError.
  if (!isRecord(input)) {
    const message = `must be an object { request, trustPolicy, permissionsPolicy, bucketPolicy?, kmsKeyPolicy? } (got ${describe(input)})`;
    return { valid: false, violations: [roleViolation('role/request-unusable', '', message)] };
  }
  const { target, violations: requestViolations } = readImportTarget(input.request);
  const trust = readPolicyDocument(input.trustPolicy, 'trustPolicy');
  const permissions = readPolicyDocument(input.permissionsPolicy, 'permissionsPolicy');
  const bucket = input.bucketPolicy === undefined ? undefined : readPolicyDocument(input.bucketPolicy, 'bucketPolicy');
  const key = input.kmsKeyPolicy === undefined ? undefined : readPolicyDocument(input.kmsKeyPolicy, 'kmsKeyPolicy');
  const violations = unique([
    ...requestViolations,
    ...[trust, permissions, bucket, key].flatMap((document) => document?.violations ?? []),
    ...checkTrustPolicy(trust, target),
    ...checkBucketAccess(permissions, target),
    ...(bucket === undefined ? [] : checkBucketAccess(bucket, target)),
    ...(key === undefined ? [] : checkKeyAccess(key, permissions, target)),
  ]);
  return { valid: violations.every((v) => v.severity !== 'error'), violations };
}
