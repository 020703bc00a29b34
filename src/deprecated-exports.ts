/**
 * The names of the planner, the role check and organisation policies that the root export still
 * gives, deprecated: each is the same value or type as on its own subpath
 * (`cloudtrail-import-contract/plan`, `/role`, `/policy`), which is where to import it from. They
 * stay until a next major version, so that nothing a user wrote breaks; the root export is the contract.
 */
import * as policy from './policy/index.js';
import * as role from './role/index.js';
import * as plan from './plan/index.js';

/** @deprecated Import it from `cloudtrail-import-contract/policy`; the root export keeps it until a next major version. */
export const loadImportPolicy: typeof policy.loadImportPolicy = policy.loadImportPolicy;
/** @deprecated Import it from `cloudtrail-import-contract/policy`; the root export keeps it until a next major version. */
export const MAX_POLICY_DEPTH: typeof policy.MAX_POLICY_DEPTH = policy.MAX_POLICY_DEPTH;
/** @deprecated Import it from `cloudtrail-import-contract/policy`; the root export keeps it until a next major version. */
export const MAX_POLICY_GLOBS: typeof policy.MAX_POLICY_GLOBS = policy.MAX_POLICY_GLOBS;
/** @deprecated Import it from `cloudtrail-import-contract/policy`; the root export keeps it until a next major version. */
export const POLICY_RULE_NAMES: typeof policy.POLICY_RULE_NAMES = policy.POLICY_RULE_NAMES;
/** @deprecated Import it from `cloudtrail-import-contract/policy`; the root export keeps it until a next major version. */
export const POLICY_RULES: typeof policy.POLICY_RULES = policy.POLICY_RULES;
/** @deprecated Import it from `cloudtrail-import-contract/policy`; the root export keeps it until a next major version. */
export const PolicyError: typeof policy.PolicyError = policy.PolicyError;
/** @deprecated Import it from `cloudtrail-import-contract/policy`; the root export keeps it until a next major version. */
export type PolicyError = policy.PolicyError;
/** @deprecated Import it from `cloudtrail-import-contract/policy`; the root export keeps it until a next major version. */
export type ImportPolicy = policy.ImportPolicy;
/** @deprecated Import it from `cloudtrail-import-contract/policy`; the root export keeps it until a next major version. */
export type ImportPolicyDocument = policy.ImportPolicyDocument;
/** @deprecated Import it from `cloudtrail-import-contract/policy`; the root export keeps it until a next major version. */
export type PolicyCode = policy.PolicyCode;
/** @deprecated Import it from `cloudtrail-import-contract/policy`; the root export keeps it until a next major version. */
export type PolicyRuleEntry = policy.PolicyRuleEntry;
/** @deprecated Import it from `cloudtrail-import-contract/policy`; the root export keeps it until a next major version. */
export type PolicyRuleName = policy.PolicyRuleName;
/** @deprecated Import it from `cloudtrail-import-contract/policy`; the root export keeps it until a next major version. */
export type PolicyRules = policy.PolicyRules;
/** @deprecated Import it from `cloudtrail-import-contract/policy`; the root export keeps it until a next major version. */
export type PolicySeverity = policy.PolicySeverity;

/** @deprecated Import it from `cloudtrail-import-contract/role`; the root export keeps it until a next major version. */
export const checkImportRolePolicies: typeof role.checkImportRolePolicies = role.checkImportRolePolicies;
/** @deprecated Import it from `cloudtrail-import-contract/role`; the root export keeps it until a next major version. */
export const checkLogsImportRolePolicies: typeof role.checkLogsImportRolePolicies = role.checkLogsImportRolePolicies;
/** @deprecated Import it from `cloudtrail-import-contract/role`; the root export keeps it until a next major version. */
export const formatRoleViolations: typeof role.formatRoleViolations = role.formatRoleViolations;
/** @deprecated Import it from `cloudtrail-import-contract/role`; the root export keeps it until a next major version. */
export const ROLE_CHECKS: typeof role.ROLE_CHECKS = role.ROLE_CHECKS;
/** @deprecated Import it from `cloudtrail-import-contract/role`; the root export keeps it until a next major version. */
export type ImportRolePolicies = role.ImportRolePolicies;
/** @deprecated Import it from `cloudtrail-import-contract/role`; the root export keeps it until a next major version. */
export type LogsImportRolePolicies = role.LogsImportRolePolicies;
/** @deprecated Import it from `cloudtrail-import-contract/role`; the root export keeps it until a next major version. */
export type RoleCheckBasis = role.RoleCheckBasis;
/** @deprecated Import it from `cloudtrail-import-contract/role`; the root export keeps it until a next major version. */
export type RoleCheckCode = role.RoleCheckCode;
/** @deprecated Import it from `cloudtrail-import-contract/role`; the root export keeps it until a next major version. */
export type RoleCheckEntry = role.RoleCheckEntry;
/** @deprecated Import it from `cloudtrail-import-contract/role`; the root export keeps it until a next major version. */
export type RolePolicyCheckResult = role.RolePolicyCheckResult;
/** @deprecated Import it from `cloudtrail-import-contract/role`; the root export keeps it until a next major version. */
export type RoleViolation = role.RoleViolation;

/** @deprecated Import it from `cloudtrail-import-contract/plan`; the root export keeps it until a next major version. */
export const formatImportPlan: typeof plan.formatImportPlan = plan.formatImportPlan;
/** @deprecated Import it from `cloudtrail-import-contract/plan`; the root export keeps it until a next major version. */
export const PLAN_ASSUMPTIONS: typeof plan.PLAN_ASSUMPTIONS = plan.PLAN_ASSUMPTIONS;
/** @deprecated Import it from `cloudtrail-import-contract/plan`; the root export keeps it until a next major version. */
export const planImport: typeof plan.planImport = plan.planImport;
/** @deprecated Import it from `cloudtrail-import-contract/plan`; the root export keeps it until a next major version. */
export const planImportStream: typeof plan.planImportStream = plan.planImportStream;
/** @deprecated Import it from `cloudtrail-import-contract/plan`; the root export keeps it until a next major version. */
export const MAX_LISTING_VALUE_BYTES: typeof plan.MAX_LISTING_VALUE_BYTES = plan.MAX_LISTING_VALUE_BYTES;
/** @deprecated Import it from `cloudtrail-import-contract/plan`; the root export keeps it until a next major version. */
export const readListObjectsV2: typeof plan.readListObjectsV2 = plan.readListObjectsV2;
/** @deprecated Import it from `cloudtrail-import-contract/plan`; the root export keeps it until a next major version. */
export const RESTORE_STORAGE_CLASSES: typeof plan.RESTORE_STORAGE_CLASSES = plan.RESTORE_STORAGE_CLASSES;
/** @deprecated Import it from `cloudtrail-import-contract/plan`; the root export keeps it until a next major version. */
export const SKIP_REASONS: typeof plan.SKIP_REASONS = plan.SKIP_REASONS;
/** @deprecated Import it from `cloudtrail-import-contract/plan`; the root export keeps it until a next major version. */
export const ListingError: typeof plan.ListingError = plan.ListingError;
/** @deprecated Import it from `cloudtrail-import-contract/plan`; the root export keeps it until a next major version. */
export type ListingError = plan.ListingError;
/** @deprecated Import it from `cloudtrail-import-contract/plan`; the root export keeps it until a next major version. */
export const PlanRequestError: typeof plan.PlanRequestError = plan.PlanRequestError;
/** @deprecated Import it from `cloudtrail-import-contract/plan`; the root export keeps it until a next major version. */
export type PlanRequestError = plan.PlanRequestError;
/** @deprecated Import it from `cloudtrail-import-contract/plan`; the root export keeps it until a next major version. */
export type ImportPlan = plan.ImportPlan;
/** @deprecated Import it from `cloudtrail-import-contract/plan`; the root export keeps it until a next major version. */
export type ListedObject = plan.ListedObject;
/** @deprecated Import it from `cloudtrail-import-contract/plan`; the root export keeps it until a next major version. */
export type ListingEntry = plan.ListingEntry;
/** @deprecated Import it from `cloudtrail-import-contract/plan`; the root export keeps it until a next major version. */
export type ListingReadOptions = plan.ListingReadOptions;
/** @deprecated Import it from `cloudtrail-import-contract/plan`; the root export keeps it until a next major version. */
export type ListObjectsV2Page = plan.ListObjectsV2Page;
/** @deprecated Import it from `cloudtrail-import-contract/plan`; the root export keeps it until a next major version. */
export type ObjectTotals = plan.ObjectTotals;
/** @deprecated Import it from `cloudtrail-import-contract/plan`; the root export keeps it until a next major version. */
export type PlanOptions = plan.PlanOptions;
/** @deprecated Import it from `cloudtrail-import-contract/plan`; the root export keeps it until a next major version. */
export type RestoreGroup = plan.RestoreGroup;
/** @deprecated Import it from `cloudtrail-import-contract/plan`; the root export keeps it until a next major version. */
export type SkippedGroup = plan.SkippedGroup;
/** @deprecated Import it from `cloudtrail-import-contract/plan`; the root export keeps it until a next major version. */
export type SkipReason = plan.SkipReason;
