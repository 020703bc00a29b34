/**
 * The role-policy fixtures: `fixtures/role-policies/aws-user-guide/` (the CloudTrail User Guide's
 * example policies, filled in for its start-import example) and `variants/NAME.json` (documents
 * replacing them, each with a `NAME.expect` of `SEVERITY CODE PATH` lines); likewise, for
 * CreateImportTask's role, `aws-logs-api-reference/` and `logs-variants/`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportRolePolicies, LogsImportRolePolicies, RoleViolation } from '../../src/role/index.js';
import { FIXTURES } from '../support/fixtures.js';

export const ROLE_FIXTURES = join(FIXTURES, 'role-policies');
export const USER_GUIDE = join(ROLE_FIXTURES, 'aws-user-guide');
/** The CreateImportTask API reference's example policy, with the documents it implies. */
export const LOGS_API_REFERENCE = join(ROLE_FIXTURES, 'aws-logs-api-reference');

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

/** The CreateImportTask API reference's documents, as `checkLogsImportRolePolicies` takes them. */
export function logsApiReferenceInput(): { -readonly [K in keyof LogsImportRolePolicies]-?: unknown } {
  const store = readJson(join(LOGS_API_REFERENCE, 'event-data-store.json')) as { KmsKeyId: string };
  return {
    request: readJson(join(LOGS_API_REFERENCE, 'request.json')),
    trustPolicy: readJson(join(LOGS_API_REFERENCE, 'trust-policy.json')),
    permissionsPolicy: readJson(join(LOGS_API_REFERENCE, 'permissions-policy.json')),
    callerPolicy: readJson(join(LOGS_API_REFERENCE, 'caller-policy.json')),
    kmsKeyId: store.KmsKeyId,
    kmsKeyPolicy: readJson(join(LOGS_API_REFERENCE, 'kms-key-policy.json')),
  };
}

/** A variant: documents replacing some of the base example's, and the violations expected. */
export interface Variant<Input> {
  readonly name: string;
  readonly description: string;
  readonly input: Input;
  /** `SEVERITY CODE PATH` lines, sorted. */
  readonly expected: readonly string[];
}

export type RoleVariant = Variant<ImportRolePolicies>;
export type LogsRoleVariant = Variant<LogsImportRolePolicies>;

function readExpect(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .sort();
}

/** The variants in `folder` over `base`, sorted by name; a `null` document removes the base's. */
function loadVariants<Input>(folder: string, base: () => Record<string, unknown>): Variant<Input>[] {
  return readdirSync(folder)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const { description, ...documents } = readJson(join(folder, file)) as { description: string } & Record<string, unknown>;
      const merged = Object.fromEntries(Object.entries({ ...base(), ...documents }).filter(([, value]) => value !== null));
      return { name: file.replace(/\.json$/, ''), description, input: merged as Input, expected: readExpect(join(folder, file.replace(/\.json$/, '.expect'))) };
    });
}

/** Every variant of StartImport's role, sorted by name. */
export function loadRoleVariants(): RoleVariant[] {
  return loadVariants<ImportRolePolicies>(join(ROLE_FIXTURES, 'variants'), userGuideInput);
}

/** Every variant of CreateImportTask's role, sorted by name. */
export function loadLogsRoleVariants(): LogsRoleVariant[] {
  return loadVariants<LogsImportRolePolicies>(join(ROLE_FIXTURES, 'logs-variants'), logsApiReferenceInput);
}

/** `SEVERITY CODE PATH` of each violation, sorted. */
export function summary(violations: readonly RoleViolation[]): string[] {
  return violations.map((v) => `${v.severity} ${v.code} ${v.path}`).sort();
}
