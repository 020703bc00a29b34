import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkImportRolePolicies, checkLogsImportRolePolicies, ROLE_CHECKS } from '../../src/role/index.js';
import { loadLogsRoleVariants, loadRoleVariants, logsApiReferenceInput, summary, userGuideInput } from './support.js';

const variants = loadRoleVariants();
const logsVariants = loadLogsRoleVariants();

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

describe('checkLogsImportRolePolicies', () => {
  it("accepts the CreateImportTask API reference's example policy as the role's permissions and the caller's policy", () => {
    expect(checkLogsImportRolePolicies(logsApiReferenceInput())).toEqual({ valid: true, violations: [] });
  });

  it("takes the example policy verbatim from the model's CreateImportTask documentation", () => {
    const model = JSON.parse(readFileSync(new URL('../../models/cloudwatch-logs-import.botocore.json', import.meta.url), 'utf8')) as { operations: { CreateImportTask: { documentation: string } } };
    const example = /<code>([\s\S]*?)<\/code>/.exec(model.operations.CreateImportTask.documentation)?.[1];
    expect(example).toBeDefined();
    const { permissionsPolicy, callerPolicy } = logsApiReferenceInput();
    expect(permissionsPolicy).toEqual({ Version: '2012-10-17', Statement: JSON.parse(example ?? '') as unknown });
    expect(callerPolicy).toEqual(permissionsPolicy);
  });

  it('accepts the API reference documents given as JSON strings', () => {
    const input = logsApiReferenceInput();
    const asText = { ...input, trustPolicy: JSON.stringify(input.trustPolicy), permissionsPolicy: JSON.stringify(input.permissionsPolicy), callerPolicy: JSON.stringify(input.callerPolicy) };
    expect(checkLogsImportRolePolicies(asText)).toEqual({ valid: true, violations: [] });
  });

  it('has valid and labelled invalid variants', () => {
    expect(logsVariants.filter((v) => v.expected.length === 0).length).toBeGreaterThan(3);
    expect(logsVariants.filter((v) => v.expected.some((line) => line.startsWith('error '))).length).toBeGreaterThan(10);
  });

  it.each(logsVariants.map((v) => [v.name, v] as const))('reports exactly the expected violations for the variant %s', (_name, variant) => {
    const result = checkLogsImportRolePolicies(variant.input);
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

  it('gives the CreateImportTask role its own codes, role/logs-…, beside the generic ones both checks report', () => {
    const produced = new Set(logsVariants.flatMap((v) => checkLogsImportRolePolicies(v.input).violations.map((violation) => violation.code)));
    const generic = ['role/policy-malformed', 'role/trust-not-cloudtrail', 'role/denied', 'role/condition-assumed'];
    expect([...produced].filter((code) => !code.startsWith('role/logs-')).sort()).toEqual([...generic].sort());
    expect(ROLE_CHECKS.filter((entry) => entry.code.startsWith('role/logs-')).map((entry) => entry.code).every((code) => produced.has(code))).toBe(true);
  });

  it('has every code produced by at least one fixture, with its catalogue severity and basis', () => {
    const produced = [...variants.flatMap((v) => checkImportRolePolicies(v.input).violations), ...logsVariants.flatMap((v) => checkLogsImportRolePolicies(v.input).violations)];
    for (const entry of ROLE_CHECKS) {
      const found = produced.find((violation) => violation.code === entry.code);
      expect(found, entry.code).toBeDefined();
      expect({ severity: found?.severity, basis: found?.basis }).toEqual({ severity: entry.severity, basis: entry.basis });
    }
  });
});
