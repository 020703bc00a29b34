import type { Violation } from '../rules/types.js';

/** The stable codes of the import role's policy checks (`checkImportRolePolicies`). */
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
  | 'role/condition-assumed';

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

/** The outcome: `valid` when no violation is an `error`. */
export interface RolePolicyCheckResult {
  readonly valid: boolean;
  readonly violations: readonly RoleViolation[];
}
