/**
 * The role check over the shared hostile values (Proxies, throwing getters, cycles, sparse arrays) in
 * every document slot. JSON documents and `__proto__` keys are fuzzed in test/role/hostile.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkImportRolePolicies, type ImportRolePolicies } from '../../src/role/index.js';
import { hostileValue, isPrototypePolluted, type Hostile } from '../support/hostile-arbitrary.js';
import { userGuideInput } from '../role/support.js';

const SLOTS = ['request', 'trustPolicy', 'permissionsPolicy', 'bucketPolicy', 'kmsKeyPolicy'] as const;
// Values that throw when read (revoked Proxies, throwing traps and getters) included: such a document
// or request is reported as unreadable (test/role/unreadable.test.ts), never thrown.
const hostile = hostileValue(['Statement', 'Effect', 'Action', 'Resource', 'Principal', 'Condition', 'Version', 'Destinations', 'ImportSource', 'S3']);

describe('checkImportRolePolicies, fuzzed with hostile values', () => {
  it('answers with a result, never throwing, whichever document is hostile', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SLOTS), hostile, fc.boolean(), (slot, value: Hostile, whole) => {
        const input = whole ? value.make() : { ...(userGuideInput() as object), [slot]: value.make() };
        const result = checkImportRolePolicies(input as ImportRolePolicies);
        expect(typeof result.valid).toBe('boolean');
        expect(Array.isArray(result.violations)).toBe(true);
        // Whatever was hostile is named: a slot that threw or was malformed is a finding, so the result is not valid.
        if (whole || slot !== 'bucketPolicy' && slot !== 'kmsKeyPolicy') expect(result.violations.length).toBeGreaterThan(0);
        expect(isPrototypePolluted()).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});
