import { describe, expect, it } from 'vitest';
import { checkImportRolePolicies, type ImportRolePolicies, type RolePolicyCheckResult } from '../../src/role/index.js';
import { revokedProxy, throwingGetters, throwingProxy } from '../support/hostile-values.js';
import { userGuideInput } from './support.js';

function check(input: unknown): RolePolicyCheckResult {
  return checkImportRolePolicies(input as ImportRolePolicies);
}

function findings(result: RolePolicyCheckResult): string[] {
  return result.violations.map((v) => `${v.code} ${v.path}: ${v.message}`);
}

const DOCUMENTS = ['trustPolicy', 'permissionsPolicy', 'bucketPolicy', 'kmsKeyPolicy'] as const;

describe('checkImportRolePolicies on values that throw when read', () => {
  it('reports the input as unusable, not a TypeError, when it is a revoked Proxy', () => {
    const result = check(revokedProxy());
    expect(result.valid).toBe(false);
    expect(findings(result)).toEqual([
      expect.stringMatching(/^role\/request-unusable : must be an object \{ request, .*\(got a value that threw when read: Cannot perform 'IsArray' on a proxy that has been revoked\)$/),
    ]);
  });

  it.each([
    ['a revoked Proxy', revokedProxy, /Cannot perform .* on a proxy that has been revoked/],
    ['a Proxy whose get trap throws', () => throwingProxy({}, ['get']), /get trap refused/],
    ['an object whose getters throw', () => throwingGetters({ Destinations: [], ImportSource: {} }, new Error('getter refused')), /getter refused/],
  ])('reports the request as unreadable when it is %s, and still checks the documents', (_, make, reason) => {
    const result = check({ ...userGuideInput(), request: make() });
    const unusable = result.violations.filter((v) => v.code === 'role/request-unusable');
    expect(unusable).toEqual([expect.objectContaining({ path: '/request', message: expect.stringMatching(/^must be readable plain data \(reading it threw: /) as unknown })]);
    expect(unusable[0]?.message).toMatch(reason);
    expect(result.valid).toBe(false);
  });

  it.each(DOCUMENTS.flatMap((name) => [
    [name, 'a revoked Proxy', revokedProxy] as const,
    [name, 'a Proxy whose get trap throws', () => throwingProxy({}, ['get'])] as const,
    [name, 'a Proxy whose has trap throws, as its Statement', () => ({ Statement: throwingProxy([{}], ['has']) })] as const,
    [name, 'a statement whose getters throw', () => ({ Statement: [throwingGetters({ Effect: 'Allow', Action: '*' }, new Error('getter refused'))] })] as const,
  ]))('reports %s as unreadable when it is %s, naming the document, and checks the others', (name, _, make) => {
    const result = check({ ...userGuideInput(), [name]: make() });
    const malformed = result.violations.filter((v) => v.code === 'role/policy-malformed');
    expect(malformed).toEqual([
      expect.objectContaining({ path: `/${name}`, message: expect.stringMatching(new RegExp(`^${name} must be readable plain data \\(reading it threw: .+\\)$`)) as unknown }),
    ]);
    expect(result.valid).toBe(false);
  });

  it('reports a document as unreadable when the input getter for it throws', () => {
    const input = userGuideInput() as Record<string, unknown>;
    Object.defineProperty(input, 'trustPolicy', {
      enumerable: true,
      get(): never {
        throw new Error('slot refused');
      },
    });
    expect(findings(check(input))).toContain('role/policy-malformed /trustPolicy: trustPolicy must be readable plain data (reading it threw: slot refused)');
  });
});
