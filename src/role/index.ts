export { checkImportRolePolicies } from './check.js';
export { checkLogsImportRolePolicies } from './logs-check.js';
export { ROLE_CHECKS } from './catalogue.js';
export { formatRoleViolations } from './format.js';
export type { ImportRolePolicies, LogsImportRolePolicies, RoleCheckBasis, RoleCheckCode, RoleCheckEntry, RolePolicyCheckResult, RoleViolation } from './types.js';
