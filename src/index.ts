/**
 * cloudtrail-import-contract: prove that every CloudTrail StartImport call a project builds,
 * sends, mocks or answers is one AWS would accept.
 */
export {
  AWS_JSON_CONTENT_TYPE,
  IMPORT_STATUSES,
  MAX_ERROR_MESSAGE,
  START_IMPORT_ERROR_NAMES,
  START_IMPORT_ERRORS,
  START_IMPORT_TARGETS,
  isStartImportErrorName,
} from './contract/model.js';
export type { ImportStatus, StartImportErrorName } from './contract/model.js';
export { IMPORT_CONTRACT_MIDDLEWARE, ImportContractViolationError, importContractPlugin } from './client-plugin/index.js';
export type { ClientPlugin, ImportContractLogger, ImportContractPluginOptions } from './client-plugin/index.js';
export { COMMON_ERRORS, IMPORT_ERRORS, IMPORT_OPERATIONS, isCommonErrorName, LOGS_IMPORT_OPERATIONS, operationOfTarget, statusOfException, targetsOf } from './contract/operations.js';
export type { CommonErrorName, ContractOperation, ContractService, ErrorStatus, ExceptionName, ImportErrorName, ImportOperation, LogsImportOperation } from './contract/operations.js';
export { validateImportError, validateImportRequest, validateImportResponse, validatePartialImportRequest } from './operations/index.js';
export type { PartialImportRequestOptions } from './operations/index.js';
export { MAX_LIST_ITEMS_READ } from './core/decode.js';
export { MAX_JSON_DEPTH, MAX_JSON_TEXT_BYTES } from './json/read-json.js';
export type { CompiledOperation, ImportValidationOptions, ReadOperation } from './operations/index.js';
export type { OperationResult } from './core/contract.js';
export { partitionOfRegion, partitions } from './contract/partitions.js';
export type { Partition, PartitionId } from './contract/partitions.js';
export type { Shape } from './contract/timestamps.js';
// Deprecated here: each has its own subpath (/policy, /role, /plan); see deprecated-exports.ts.
/* eslint-disable @typescript-eslint/no-deprecated -- re-exporting them is what keeps them importable from the root */
export {
  checkImportRolePolicies,
  checkLogsImportRolePolicies,
  formatImportPlan,
  formatRoleViolations,
  ListingError,
  loadImportPolicy,
  MAX_LISTING_VALUE_BYTES,
  MAX_POLICY_DEPTH,
  MAX_POLICY_GLOBS,
  PLAN_ASSUMPTIONS,
  planImport,
  planImportStream,
  PlanRequestError,
  POLICY_RULE_NAMES,
  POLICY_RULES,
  PolicyError,
  readListObjectsV2,
  RESTORE_STORAGE_CLASSES,
  ROLE_CHECKS,
  SKIP_REASONS,
} from './deprecated-exports.js';
export type {
  ImportPlan,
  ImportPolicy,
  ImportPolicyDocument,
  ImportRolePolicies,
  ListedObject,
  ListingEntry,
  ListingReadOptions,
  ListObjectsV2Page,
  LogsImportRolePolicies,
  ObjectTotals,
  PlanOptions,
  PolicyCode,
  PolicyRuleEntry,
  PolicyRuleName,
  PolicyRules,
  PolicySeverity,
  RestoreGroup,
  RoleCheckBasis,
  RoleCheckCode,
  RoleCheckEntry,
  RolePolicyCheckResult,
  RoleViolation,
  SkippedGroup,
  SkipReason,
} from './deprecated-exports.js';
/* eslint-enable @typescript-eslint/no-deprecated */
export { MAX_LIST_ITEMS_CHECKED, MAX_SPREADS_FOLLOWED, MAX_VIOLATIONS_PER_DOCUMENT, ruleCatalogue } from './rules/index.js';
export type { Basis, CatalogueEntry, ExtensionCode, LogsViolationCode, RequestKind, Severity, Subject, Violation, ViolationCode } from './rules/index.js';
export {
  classifyStartImportRequest,
  formatViolation,
  formatViolations,
  MAX_CONVERTED_LIST_LENGTH,
  sanitizeErrorName,
  SdkInputConversionError,
  toWireStartImportRequest,
  validateImportHttpRequest,
  validateStartImportError,
  validateStartImportRequest,
  validatePartialStartImportRequest,
  validateStartImportResponse,
} from './validate/index.js';
export type {
  ClassifyOptions,
  Clock,
  ErrorValidationOptions,
  HeaderLookup,
  ImportHttpRequest,
  ImportSource,
  PartialRequestOptions,
  PartialValidationResult,
  RequestValidationOptions,
  ResponseValidationOptions,
  S3ImportSource,
  ShapeOption,
  StartImportSdkInput,
  StartImportWireRequest,
  ValidationResult,
  WireValidationOptions,
  WireValidationResult,
} from './validate/index.js';
