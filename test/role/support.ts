/**
 * The role-policy fixtures: `fixtures/role-policies/aws-user-guide/` (the CloudTrail User Guide's
 * example policies, filled in for its start-import example) and `variants/NAME.json` (documents
 * replacing them, each with a `NAME.expect` of `SEVERITY CODE PATH` lines).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportRolePolicies, RoleViolation } from '../../src/role/index.js';
import { FIXTURES } from '../support/fixtures.js';

export const ROLE_FIXTURES = join(FIXTURES, 'role-policies');
export const USER_GUIDE = join(ROLE_FIXTURES, 'aws-user-guide');

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8')) as unknown;
}

/** The User Guide's documents, as `checkImportRolePolicies` takes them. */
export function userGuideInput(): { -readonly [K in keyof ImportRolePolicies]-?: unknown } {
  return {
    request: readJson(join(USER_GUIDE, 'request.json')),
    trustPolicy: readJson(join(USER_GUIDE, 'trust-policy.json')),
    permissionsPolicy: readJson(join(USER_GUIDE, 'permissions-policy.json')),
    bucketPolicy: readJson(join(USER_GUIDE, 'bucket-policy.json')),
    kmsKeyPolicy: readJson(join(USER_GUIDE, 'kms-key-policy.json')),
  };
}

export interface RoleVariant {
  readonly name: string;
  readonly description: string;
  readonly input: ImportRolePolicies;
  /** `SEVERITY CODE PATH` lines, sorted. */
  readonly expected: readonly string[];
}

/** Every variant, sorted by name. */
export function loadRoleVariants(): RoleVariant[] {
  const folder = join(ROLE_FIXTURES, 'variants');
  return readdirSync(folder)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const { description, ...documents } = readJson(join(folder, file)) as { description: string } & Partial<ImportRolePolicies>;
      const expected = readFileSync(join(folder, file.replace(/\.json$/, '.expect')), 'utf8')
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'));
      return { name: file.replace(/\.json$/, ''), description, input: { ...userGuideInput(), ...documents }, expected: expected.sort() };
    });
}

/** `SEVERITY CODE PATH` of each violation, sorted. */
export function summary(violations: readonly RoleViolation[]): string[] {
  return violations.map((v) => `${v.severity} ${v.code} ${v.path}`).sort();
}
