import type { ValueView, Violation } from '../rules/index.js';
import type { PartialNeed } from './validate-partial.js';

// The core (contract, rules, validate) depends on no extension. The validators' `policy` option is
// served through what this file declares, which the policy module (src/policy/provide.ts) fills in
// when it is loaded: the root export and every surface that takes a policy load it.

/**
 * What the `policy` option of the validators accepts, by declaration merging: the policy module
 * adds `ImportPolicy`, so the option is typed exactly wherever the policy module is part of the program.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by declaration merging
export interface PolicyOptionTypes {}

/** The type of the validators' `policy` option (see `PolicyOptionTypes`). */
export type PolicyOption = PolicyOptionTypes[keyof PolicyOptionTypes];

/** An organisation policy as the core runs it: the request checks it adds. */
export interface RequestPolicyChecks {
  check(view: ValueView, now: () => number): readonly Violation[];
}

/** The policy module, as the core reaches it. */
export interface PolicyProvider {
  /** The checks of a `policy` option (a loaded policy, a policy object or a path); throws the module's PolicyError for a bad one. */
  resolve(policy: unknown): RequestPolicyChecks;
  /** In partial mode, the facts each of its codes needs (alternatives, see `PARTIAL_REQUEST_NEEDS`); `undefined` for a code it does not know. */
  partialNeeds(code: string): readonly (readonly PartialNeed[])[] | undefined;
}

let provider: PolicyProvider | undefined;

/** Called once by the policy module when it is loaded. */
export function providePolicyChecks(given: PolicyProvider): void {
  provider = given;
}

/** The policy module; an Error saying what to import when it has not been loaded. */
export function policyProvider(): PolicyProvider {
  if (provider === undefined) throw new Error('the policy option needs the policy module: import cloudtrail-import-contract/policy (or the package root) first');
  return provider;
}
