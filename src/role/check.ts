import { checkBucketAccess, checkKeyAccess } from './access.js';
import { isRecord } from '../contract/record.js';
import type { OptionNames } from '../contract/options.js';
import { describe } from '../contract/timestamps.js';
import { roleViolation } from './catalogue.js';
import { reasonOf } from '../validate/run.js';
import { documentOf, readSafely, unique, unknownMembers } from './input.js';
import { readImportTarget, unreadableRequest } from './request.js';
import { checkTrustPolicy } from './trust.js';
import type { ImportRolePolicies, RolePolicyCheckResult } from './types.js';

/** The members of `ImportRolePolicies`, in the order messages list them. */
const ROLE_CHECK_MEMBERS = Object.keys({
  request: true,
  trustPolicy: true,
  permissionsPolicy: true,
  bucketPolicy: true,
  kmsKeyPolicy: true,
} as const satisfies OptionNames<ImportRolePolicies>);

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
  const shape = readSafely(() => (isRecord(input) ? undefined : describe(input)));
  if ('error' in shape || shape.value !== undefined) {
    const got = 'error' in shape ? `a value that threw when read: ${reasonOf(shape.error)}` : shape.value;
    const message = `must be an object { request, trustPolicy, permissionsPolicy, bucketPolicy?, kmsKeyPolicy? } (got ${got})`;
    return { valid: false, violations: [roleViolation('role/request-unusable', '', message)] };
  }
  const request = readSafely(() => input.request);
  const { target, violations: requestViolations } = 'error' in request ? unreadableRequest(request.error) : readImportTarget(request.value);
  const trust = documentOf(input, 'trustPolicy', false);
  const permissions = documentOf(input, 'permissionsPolicy', false);
  const bucket = documentOf(input, 'bucketPolicy', true);
  const key = documentOf(input, 'kmsKeyPolicy', true);
  const violations = unique([
    ...unknownMembers(input, ROLE_CHECK_MEMBERS, 'role/request-unusable'),
    ...requestViolations,
    ...[trust, permissions, bucket, key].flatMap((document) => document?.violations ?? []),
    ...checkTrustPolicy(trust, target),
    ...checkBucketAccess(permissions, target),
    ...(bucket === undefined ? [] : checkBucketAccess(bucket, target)),
    ...(key === undefined ? [] : checkKeyAccess(key, permissions, target)),
  ]);
  return { valid: violations.every((v) => v.severity !== 'error'), violations };
}
