// Makes the policy module known to the core's validators (the `policy` option).
import './provide.js';

export { POLICY_RULES, type PolicyRuleEntry } from './catalogue.js';
export { PolicyError } from './error.js';
export { MAX_POLICY_DEPTH, MAX_POLICY_GLOBS } from './depth.js';
export { loadImportPolicy } from './load.js';
export { POLICY_RULE_NAMES } from './types.js';
export type { ImportPolicy, ImportPolicyDocument, PolicyCode, PolicyRuleName, PolicyRules, PolicySeverity } from './types.js';
