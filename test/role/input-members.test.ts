/**
 * A member of the role checks' input that is none of their documents is a finding: a misspelt
 * optional document (`kmsPolicy` for `kmsKeyPolicy`, `bucket` for `bucketPolicy`) would be left
 * unread, and the role pass for want of the check it asked for.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkImportRolePolicies, checkLogsImportRolePolicies, type ImportRolePolicies, type LogsImportRolePolicies } from '../../src/role/index.js';
import { logsApiReferenceInput, userGuideInput } from './support.js';

describe.each([
  ['checkImportRolePolicies', 'role/request-unusable', (input: object) => checkImportRolePolicies(input as ImportRolePolicies), userGuideInput],
  ['checkLogsImportRolePolicies', 'role/logs-request-unusable', (input: object) => checkLogsImportRolePolicies(input as LogsImportRolePolicies), logsApiReferenceInput],
] as const)('%s', (_name, code, check, valid) => {
  it('passes the documented input with every member', () => {
    expect(check(valid()).valid).toBe(true);
  });

  it('reports each member that is no document of the check, at its path, beside what the documents give', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 12 }).map((key) => `~${key}`), fc.jsonValue(), (key, value) => {
        const result = check({ ...valid(), [key]: value });
        expect(result.valid).toBe(false);
        expect(result.violations).toEqual([expect.objectContaining({ code, severity: 'error', path: `/${key.replaceAll('~', '~0').replaceAll('/', '~1')}` })]);
        expect(result.violations[0]?.message).toMatch(/^must not be given: '.*' is no document of the check, which it would leave unread \(the check reads request, trustPolicy, permissionsPolicy, /);
      }),
      { numRuns: 30 },
    );
  });

  it('suggests the document a misspelt member meant', () => {
    const { kmsKeyPolicy, ...rest } = valid();
    const result = check({ ...rest, kmsKeyPolcy: kmsKeyPolicy });
    expect(result.violations.map((v) => `${v.code} ${v.path}`)).toContain(`${code} /kmsKeyPolcy`);
    expect(result.violations.find((v) => v.path === '/kmsKeyPolcy')?.message).toContain("did you mean 'kmsKeyPolicy'?");
  });
});
