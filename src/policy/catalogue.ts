import { policySchema } from '../generated/schemas.js';
import type { Severity } from '../rules/types.js';
import { POLICY_RULE_NAMES, type PolicyCode, type PolicyRuleName } from './types.js';

/**
 * One policy rule as the catalogues list it (`rules`, SARIF), in the shape of a contract
 * catalogue entry: the code, its default severity, basis `policy` and what it requires.
 */
export interface PolicyRuleEntry {
  readonly code: PolicyCode;
  /** The severity when the policy file gives none; a policy file sets it per rule. */
  readonly severity: Severity;
  readonly basis: 'policy';
  /** Policy rules are checked on requests only. */
  readonly subjects: readonly ['request'];
  /** What the rule requires, one sentence: the rule's description in schemas/policy.schema.json. */
  readonly description: string;
}

const RULE_SCHEMAS: Readonly<Record<PolicyRuleName, { readonly description: string }>> = policySchema.properties.rules.properties;

/**
 * Every code a policy can report, in the order the rules are checked, described as the policy
 * schema describes them (one source for the file's documentation and the catalogues).
 *
 * @example
 * POLICY_RULES.find((entry) => entry.code === 'policy/allowed-regions')?.description;
 * // "The bucket's Region (S3BucketRegion) and the destination's Region must be allowed. …"
 */
export const POLICY_RULES: readonly PolicyRuleEntry[] = Object.freeze(
  POLICY_RULE_NAMES.map((name) =>
    Object.freeze({ code: `policy/${name}` as const, severity: 'error' as const, basis: 'policy' as const, subjects: ['request'] as const, description: RULE_SCHEMAS[name].description }),
  ),
);
