import { clip } from '../contract/timestamps.js';
import type { RoleCheckCode, RoleCheckEntry, RoleViolation } from './types.js';

/**
 * Every code `checkImportRolePolicies` (StartImport's role) and `checkLogsImportRolePolicies`
 * (CloudWatch Logs CreateImportTask's role, codes `role/logs-…`) report, with its severity and basis.
 * The generic ones (`role/policy-malformed`, `role/trust-not-cloudtrail`, `role/denied`,
 * `role/condition-assumed`) are reported by both.
 */
export const ROLE_CHECKS: readonly RoleCheckEntry[] = [
  {
    code: 'role/policy-malformed',
    severity: 'error',
    basis: 'documented',
    description: 'a policy document must be a JSON object (or a string holding one) with a Statement of objects whose Effect is Allow or Deny, and Action, Resource, Principal and Condition of the IAM grammar',
  },
  {
    code: 'role/request-unusable',
    severity: 'error',
    basis: 'documented',
    description: 'the request must be a new import with a destination, an s3:// S3LocationUri and a role ARN, which the checks are made against (a retry carries none of them)',
  },
  {
    code: 'role/trust-not-cloudtrail',
    severity: 'error',
    basis: 'documented',
    description: 'the trust policy must allow the service principal cloudtrail.amazonaws.com to sts:AssumeRole',
  },
  {
    code: 'role/trust-source-mismatch',
    severity: 'error',
    basis: 'documented',
    description: "the trust policy's aws:SourceAccount / aws:SourceArn conditions must admit the destination event data store's account and ARN",
  },
  {
    code: 'role/trust-unconditioned',
    severity: 'warning',
    basis: 'documented',
    description: 'the trust policy must restrict CloudTrail with aws:SourceArn or aws:SourceAccount conditions (the User Guide\'s confused-deputy guidance); a warning, as the role still works without them',
  },
  {
    code: 'role/source-arn-unknown',
    severity: 'warning',
    basis: 'inferred',
    description: 'the destination is a bare event data store ID, so aws:SourceArn / aws:SourceAccount conditions cannot be checked against its ARN; they are assumed to match',
  },
  {
    code: 'role/bucket-access-missing',
    severity: 'error',
    basis: 'documented',
    description: 'the permissions policy (and the bucket policy, when given, for the role) must allow s3:ListBucket and s3:GetBucketAcl on arn:PARTITION:s3:::BUCKET',
  },
  {
    code: 'role/object-access-missing',
    severity: 'error',
    basis: 'documented',
    description: 'the permissions policy (and the bucket policy, when given, for the role) must allow s3:GetObject on the objects under the S3LocationUri prefix (a prefix without a final / is assumed to name a folder)',
  },
  {
    code: 'role/object-access-partial',
    severity: 'error',
    basis: 'documented',
    description: 's3:GetObject must cover the whole S3LocationUri prefix: Allow statements that, even together, cover only part of it leave objects unreadable (joint coverage is decided exactly, up to a bound on its automaton, beyond which it is assumed not to hold)',
  },
  {
    code: 'role/kms-access-missing',
    severity: 'error',
    basis: 'documented',
    description: 'a given KMS key policy must allow kms:Decrypt and kms:GenerateDataKey to the role or its account root; through the account root, the permissions policy must then allow them on a KMS key too',
  },
  {
    code: 'role/denied',
    severity: 'error',
    basis: 'documented',
    description: 'no Deny statement may cover an action and resource the import needs: an explicit Deny wins over any Allow',
  },
  {
    code: 'role/condition-assumed',
    severity: 'warning',
    basis: 'inferred',
    description: 'a condition the checker cannot evaluate is assumed to hold in an Allow statement and not to hold in a Deny statement; it evaluates aws:SourceArn, aws:SourceAccount, aws:SecureTransport, aws:PrincipalArn, aws:PrincipalAccount, kms:EncryptionContext:aws:s3:arn and (for the iam:PassRole of CreateImportTask) iam:AssociatedResourceARN under the String…, Arn…, Bool and Null operators (and …IfExists)',
  },
  {
    code: 'role/logs-request-unusable',
    severity: 'error',
    basis: 'documented',
    description: 'the CreateImportTask request must name its source by a CloudTrail Lake event data store ARN (importSourceArn) and its role by an IAM role ARN (importRoleArn), and a given kmsKeyId must be a KMS key ARN, which the checks are made against',
  },
  {
    code: 'role/logs-source-access-missing',
    severity: 'error',
    basis: 'documented',
    description: "the import role's permissions policy (and the caller's policy, when given) must allow cloudtrail:GetEventDataStoreData on the source event data store",
  },
  {
    code: 'role/logs-log-group-access-missing',
    severity: 'error',
    basis: 'documented',
    description: "the import role's permissions policy must allow logs:CreateLogGroup, logs:CreateLogStream and logs:PutResourcePolicy on the managed log group arn:PARTITION:logs:REGION:ACCOUNT:log-group:/aws/cloudtrail/STORE-ID (its ARN with or without :*)",
  },
  {
    code: 'role/logs-kms-access-missing',
    severity: 'error',
    basis: 'documented',
    description: "when the source event data store has a customer managed key (kmsKeyId or kmsKeyPolicy given), the import role's permissions policy must allow kms:Decrypt and kms:GenerateDataKey on it (on some KMS key of the partition when only its policy is given)",
  },
  {
    code: 'role/logs-kms-key-policy-missing',
    severity: 'error',
    basis: 'documented',
    description: "a given key policy of the source's customer managed key must allow kms:Decrypt and kms:GenerateDataKey to the service principal cloudtrail.amazonaws.com, and to the import role or its account root (which delegates to IAM)",
  },
  {
    code: 'role/logs-create-import-task-missing',
    severity: 'error',
    basis: 'documented',
    description: "a given caller's policy must allow logs:CreateImportTask on the managed log group arn:PARTITION:logs:REGION:ACCOUNT:log-group:/aws/cloudtrail/STORE-ID (its ARN with or without :*), as the CreateImportTask API reference's example policy grants it",
  },
  {
    code: 'role/logs-pass-role-missing',
    severity: 'error',
    basis: 'documented',
    description: "a given caller's policy must allow iam:PassRole on the import role",
  },
  {
    code: 'role/logs-pass-role-unscoped',
    severity: 'warning',
    basis: 'documented',
    description: "the caller's iam:PassRole should be scoped with an iam:AssociatedResourceARN condition naming the destination log group, as the CreateImportTask API reference's example policy is; a warning, as the call still works without it",
  },
  {
    code: 'role/logs-pass-role-scope-mismatch',
    severity: 'error',
    basis: 'inferred',
    description: "the caller's iam:AssociatedResourceARN condition on iam:PassRole must admit the destination log group's ARN, arn:PARTITION:logs:REGION:ACCOUNT:log-group:/aws/cloudtrail/STORE-ID:* — or the same without the name's leading slash, as the API reference's example writes it (which value CloudWatch Logs passes is not documented)",
  },
];

const byCode = new Map(ROLE_CHECKS.map((entry) => [entry.code, entry] as const));

/**
 * A violation of `code` at `path`, with the catalogue's severity and basis. Paths and messages quote
 * document keys and values, so their control and bidi characters are escaped here, once for every
 * check: a finding stays one line that reads as it is (`String\\nLike`, not a line break).
 */
export function roleViolation(code: RoleCheckCode, path: string, message: string): RoleViolation {
  const entry = byCode.get(code);
  if (entry === undefined) throw new Error(`role check ${code} is not in ROLE_CHECKS`);
  return { code, severity: entry.severity, path: clip(path, Infinity), message: clip(message, Infinity), basis: entry.basis };
}
