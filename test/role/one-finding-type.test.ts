import { describe, expect, it } from 'vitest';
import { checkImportRolePolicies, formatRoleViolations } from '../../src/role/index.js';
import type { ExtensionCode, Violation, ViolationCode } from '../../src/rules/index.js';
import { formatViolations } from '../../src/validate/index.js';
import { userGuideInput } from './support.js';

describe('formatRoleViolations', () => {
  it('is formatViolations: a role finding is a Violation, printed in the same words', () => {
    const trusted = { Effect: 'Allow', Principal: { Service: 'cloudtrail.amazonaws.com' }, Action: 'sts:AssumeRole', Condition: { Weird: { k: 'v' } } };
    const { violations } = checkImportRolePolicies({ ...userGuideInput(), trustPolicy: { Statement: [trusted] }, permissionsPolicy: { Statement: [{ Effect: 'Deny', Action: '*', Resource: '*' }] } });
    const findings: readonly Violation<ViolationCode | ExtensionCode>[] = violations;
    expect(violations.length).toBeGreaterThan(1);
    expect(formatRoleViolations(violations)).toBe(formatViolations(findings));
    // The documented line, unchanged: PATH severity code: message, [assumed] for an inferred basis.
    expect(formatRoleViolations(violations).split('\n')).toContain(
      '/trustPolicy/Statement/0/Condition/Weird/k warning role/condition-assumed: ' + (violations.find((v) => v.code === 'role/condition-assumed')?.message ?? '') + ' [assumed]',
    );
  });
});
