import type { Violation } from '../rules/types.js';

/** The stable codes of the import role's policy checks (`checkImportRolePolicies`, and `role/logs-…` of `checkLogsImportRolePolicies`). */
export type RoleCheckCode =
  | 'role/policy-malformed'
  | 'role/request-unusable'
  | 'role/trust-not-cloudtrail'
  | 'role/trust-source-mismatch'
  | 'role/trust-unconditioned'
  | 'role/source-arn-unknown'
  | 'role/bucket-access-missing'
  | 'role/object-access-missing'
  | 'role/object-access-partial'
  | 'role/kms-access-missing'
  | 'role/denied'
  | 'role/condition-assumed'
  | 'role/logs-request-unusable'
  | 'role/logs-source-access-missing'
  | 'role/logs-log-group-access-missing'
  | 'role/logs-kms-access-missing'
  | 'role/logs-kms-key-policy-missing'
  | 'role/logs-create-import-task-missing'
  | 'role/logs-pass-role-missing'
  | 'role/logs-pass-role-unscoped'
  | 'role/logs-pass-role-scope-mismatch';

/** Where a role check comes from: the CloudTrail User Guide's prose, or an assumed (inferred) reading of it. */
export type RoleCheckBasis = 'documented' | 'inferred';

/** One finding about the import role's policies: a `Violation`, the package's one finding type, with a role code. */
export interface RoleViolation extends Violation<RoleCheckCode> {
  /** JSON Pointer into the named input, e.g. `/trustPolicy/Statement/0/Condition`. */
  readonly path: string;
  readonly basis: RoleCheckBasis;
}

/** One entry of `ROLE_CHECKS`. */
export interface RoleCheckEntry {
  readonly code: RoleCheckCode;
  readonly severity: 'error' | 'warning';
  readonly basis: RoleCheckBasis;
  /** What the check requires, one sentence. */
  readonly description: string;
}

/**
 * The documents to check. Each policy document is a JSON string or an already parsed object;
 * the request is a StartImport request in any shape (only its destination and `ImportSource.S3` are read).
 */
export interface ImportRolePolicies {
  readonly request: unknown;
  /** The role's trust policy (who may assume it). */
  readonly trustPolicy: unknown;
  /** The role's permissions (identity) policy. */
  readonly permissionsPolicy: unknown;
  /** The source bucket's policy, when it is to be checked too. */
  readonly bucketPolicy?: unknown;
  /** The policy of the KMS key that encrypts the source objects, when there is one. */
  readonly kmsKeyPolicy?: unknown;
}

/**
 * The documents to check for the role a CloudWatch Logs CreateImportTask passes (`importRoleArn`).
 * Each policy document is a JSON string or an already parsed object.
 */
export interface LogsImportRolePolicies {
  /** A CreateImportTask input (`importSourceArn`, `importRoleArn`, `importFilter?`); only the two ARNs are read. */
  readonly request: unknown;
  /** The role's trust policy (who may assume it). */
  readonly trustPolicy: unknown;
  /** The role's permissions (identity) policy. */
  readonly permissionsPolicy: unknown;
  /** The policy of the principal that calls CreateImportTask, when its iam:PassRole is to be checked too. */
  readonly callerPolicy?: unknown;
  /**
   * The source event data store's `KmsKeyId` (a key ARN, as GetEventDataStore returns it) when the
   * store has a customer managed key: the role's permissions must then allow the key's use.
   */
  readonly kmsKeyId?: unknown;
  /** The policy of that key, when it is to be checked too (given alone, it also says the store has one). */
  readonly kmsKeyPolicy?: unknown;
}

/** The outcome: `valid` when no violation is an `error`. */
export interface RolePolicyCheckResult {
  readonly valid: boolean;
  readonly violations: readonly RoleViolation[];
}
