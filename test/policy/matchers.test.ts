import { describe, expect, it } from 'vitest';
import '../../src/matchers/vitest.js';
import { loadImportPolicy } from '../../src/policy/index.js';
import { NOW, policyOf, REQUEST } from './support.js';

const EU_ONLY = loadImportPolicy(policyOf({ 'allowed-regions': { regions: ['eu-west-1'] } }));

describe('toBeValidStartImportRequest', () => {
  it('fails a request outside the policy, listing the policy violation', () => {
    expect(REQUEST).toBeValidStartImportRequest({ shape: 'wire', now: NOW });
    expect(() => { expect(REQUEST).toBeValidStartImportRequest({ shape: 'wire', now: NOW, policy: EU_ONLY }); }).toThrow(/policy\/allowed-regions: must be an allowed bucket Region/);
    expect(REQUEST).not.toBeValidStartImportRequest({ shape: 'wire', now: NOW, policy: EU_ONLY });
  });

  it('throws a TypeError for a policy that is not an object, and a PolicyError for a bad one', () => {
    expect(() => { expect(REQUEST).toBeValidStartImportRequest({ policy: 'policy.json' } as never); }).toThrow(TypeError);
    expect(() => { expect(REQUEST).toBeValidStartImportRequest({ policy: { version: 1, rules: { nope: {} } } as never }); }).toThrow("unknown member 'nope'");
  });
});

describe('toViolateStartImportContract', () => {
  it('passes for a request breaking an error rule of the policy', () => {
    expect(REQUEST).toViolateStartImportContract(undefined, { shape: 'wire', now: NOW, policy: EU_ONLY });
  });
});
