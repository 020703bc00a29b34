/**
 * The policy module, made known to the core's validators (see src/validate/extension.ts): the core
 * imports nothing from here, so `validateStartImportRequest(value, { policy })` reaches the policy
 * through what this registers. Loaded by src/policy/index.ts, which every surface taking a policy imports.
 */
import { providePolicyChecks } from '../validate/extension.js';
import { policyViolations } from './check.js';
import { loadImportPolicy } from './load.js';
import { PARTIAL_POLICY_NEEDS } from './partial-needs.js';
import type { PolicyCode } from './types.js';

function isPolicyCodeKnown(code: string): code is PolicyCode {
  return Object.hasOwn(PARTIAL_POLICY_NEEDS, code);
}

providePolicyChecks({
  resolve(policy) {
    // A path or an object, as loadImportPolicy takes them; anything else is its PolicyError.
    const loaded = loadImportPolicy(policy as string | object);
    return { check: (view, now) => policyViolations(loaded, view, now) };
  },
  partialNeeds: (code) => (isPolicyCodeKnown(code) ? PARTIAL_POLICY_NEEDS[code] : undefined),
});
