import type { Severity } from '../rules/types.js';

/** The rules a policy file can set (docs/contract.md, "Policies"), in the order they are checked and reported. */
export const POLICY_RULE_NAMES = [
  'allowed-partitions',
  'allowed-regions',
  'allowed-accounts',
  'allowed-destinations',
  'allowed-buckets',
  'required-prefix',
  'role-name-pattern',
  'retry-forbidden',
  'time-range-required',
  'max-time-range-days',
  'earliest-start',
  'end-not-in-future',
] as const;

/** The name of a policy rule. */
export type PolicyRuleName = (typeof POLICY_RULE_NAMES)[number];

/** The code a policy rule reports: `policy/<rule name>`, basis `policy`. */
export type PolicyCode = `policy/${PolicyRuleName}`;

// A validator given a policy reports its codes: the core's `Violation` names them once this module is loaded.
declare module '../rules/types.js' {
  interface ReportedExtensionCodes {
    readonly policy: PolicyCode;
  }
}

/** A rule's severity in a policy file: `off` disables it. */
export type PolicySeverity = Severity | 'off';

interface RuleBase {
  /** Default `error`. */
  readonly severity?: PolicySeverity;
}

/** The settings of each rule, as written in the policy file (see schemas/policy.schema.json). */
export interface PolicyRules {
  readonly 'allowed-partitions'?: RuleBase & { readonly partitions: readonly string[] };
  readonly 'allowed-regions'?: RuleBase & {
    readonly regions?: readonly string[];
    readonly bucketRegions?: readonly string[];
    readonly destinationRegions?: readonly string[];
  };
  readonly 'allowed-accounts'?: RuleBase & {
    readonly accounts?: readonly string[];
    readonly destinationAccounts?: readonly string[];
    readonly roleAccounts?: readonly string[];
  };
  readonly 'allowed-destinations'?: RuleBase & { readonly destinations: readonly string[] };
  readonly 'allowed-buckets'?: RuleBase & { readonly buckets: readonly string[] };
  readonly 'required-prefix'?: RuleBase & { readonly patterns: readonly string[] };
  readonly 'role-name-pattern'?: RuleBase & { readonly patterns: readonly string[] };
  readonly 'retry-forbidden'?: RuleBase;
  readonly 'time-range-required'?: RuleBase;
  readonly 'max-time-range-days'?: RuleBase & { readonly days: number };
  /** `earliest`: an ISO 8601 date or date-time, or `P<N>D` (N days before now). */
  readonly 'earliest-start'?: RuleBase & { readonly earliest: string };
  readonly 'end-not-in-future'?: RuleBase;
}

/** A policy file's content. */
export interface ImportPolicyDocument {
  readonly $schema?: string;
  readonly version: 1;
  readonly rules: PolicyRules;
}

/** A loaded, checked policy (deep-frozen), as `loadImportPolicy` returns it. */
export interface ImportPolicy extends ImportPolicyDocument {
  /** The file it was read from, when it was read from one. */
  readonly source?: string;
}

// The validators' `policy` option (src/validate/extension.ts) takes an ImportPolicy: declared here,
// beside the type, so it holds wherever the policy's types are part of the program.
declare module '../validate/extension.js' {
  interface PolicyOptionTypes {
    /** An organisation policy: `loadImportPolicy`'s result or a policy object. */
    readonly importPolicy: ImportPolicy;
  }
}
