import { describe, expect, it } from 'vitest';
import { checkImportRolePolicies, ROLE_CHECKS } from '../../src/role/index.js';
import { loadRoleVariants, summary, userGuideInput } from './support.js';

const variants = loadRoleVariants();

describe('checkImportRolePolicies', () => {
  it('accepts the CloudTrail User Guide example policies for its start-import example', () => {
    expect(checkImportRolePolicies(userGuideInput())).toEqual({ valid: true, violations: [] });
  });

  it('accepts the User Guide documents given as JSON strings', () => {
    const input = userGuideInput();
    const asText = { ...input, trustPolicy: JSON.stringify(input.trustPolicy), permissionsPolicy: JSON.stringify(input.permissionsPolicy) };
    expect(checkImportRolePolicies(asText)).toEqual({ valid: true, violations: [] });
  });

  it.each(variants.map((v) => [v.name, v] as const))('reports exactly the expected violations for the variant %s', (_name, variant) => {
    const result = checkImportRolePolicies(variant.input);
    expect(summary(result.violations), variant.description).toEqual(variant.expected);
    expect(result.valid).toBe(!variant.expected.some((line) => line.startsWith('error ')));
  });
});

describe('ROLE_CHECKS', () => {
  it('lists each code once, with a role/ prefix and a description', () => {
    const codes = ROLE_CHECKS.map((entry) => entry.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const entry of ROLE_CHECKS) {
      expect(entry.code).toMatch(/^role\/[a-z-]+$/);
      expect(entry.description.length).toBeGreaterThan(20);
    }
  });

  it('has every code produced by at least one fixture, with its catalogue severity and basis', () => {
    const produced = variants.flatMap((v) => checkImportRolePolicies(v.input).violations);
    for (const entry of ROLE_CHECKS) {
      const found = produced.find((violation) => violation.code === entry.code);
      expect(found, entry.code).toBeDefined();
      expect({ severity: found?.severity, basis: found?.basis }).toEqual({ severity: entry.severity, basis: entry.basis });
    }
  });
});
