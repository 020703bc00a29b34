/**
 * Every request code of the catalogue is reported by exactly one rule of the plugin (type-mismatch
 * by the member it is about), so a new code cannot be forgotten, and no rule claims a code that
 * is not a request code.
 */
import { describe, expect, it } from 'vitest';
import { owns } from '../../src/eslint/contract-rule.js';
import { rules } from '../../src/eslint/index.js';
import { POLICY_RULE_NAMES } from '../../src/policy/index.js';
import { isPolicyCode, ruleCatalogue, violation, type Violation, type ViolationCode } from '../../src/rules/index.js';
import { validateStartImportRequest } from '../../src/validate/index.js';
import { validateImportRequest } from '../../src/operations/index.js';
import { loadFixtures, loadLogsOperationFixtures } from '../support/fixtures.js';

const POLICY_RULES = ['respect-import-policy', 'respect-import-policy-warnings'];
const REQUEST_CODES = ruleCatalogue.filter((entry) => entry.subjects.includes('request')).map((entry) => entry.code);
/** Codes of the other import operations' inputs: the read operations' commands are linted too. */
const READ_REQUEST_CODES = ruleCatalogue.filter((entry) => Object.values(entry.operations ?? {}).some((subjects) => subjects.includes('request'))).map((entry) => entry.code);

/** Members of the request whose type-mismatch is some rule's: every member that is not a timestamp (those get timestamp-invalid). */
const TYPED_MEMBERS = ['/Destinations', '/Destinations/0', '/ImportSource', '/ImportSource/S3', '/ImportSource/S3/S3LocationUri', '/ImportId'];

function ownersOf(found: Violation): string[] {
  return Object.entries(rules)
    .filter(([, rule]) => owns(rule.meta.docs, found))
    .map(([name]) => name);
}

/** The sdk-shape request of a fixture: ISO strings become Dates, as SDK code writes them. */
function sdkRequest(document: unknown): unknown {
  if (typeof document !== 'object' || document === null || Array.isArray(document)) return document;
  const copy: Record<string, unknown> = { ...document };
  for (const name of ['StartEventTime', 'EndEventTime']) {
    const value = copy[name];
    if (typeof value === 'string' && Number.isFinite(Date.parse(value))) copy[name] = new Date(value);
    if (typeof value === 'number') copy[name] = new Date(value * 1000);
  }
  return copy;
}

describe('the rules of the ESLint plugin', () => {
  it('claim only request codes of the catalogue, and policy codes in the two respect-import-policy rules alone', () => {
    for (const rule of Object.values(rules)) {
      for (const code of rule.meta.docs.codes) {
        if (isPolicyCode(code)) expect(POLICY_RULES, `${rule.name} claims ${code}`).toContain(rule.name);
        else expect([...REQUEST_CODES, ...READ_REQUEST_CODES], `${rule.name} claims ${code}`).toContain(code);
      }
    }
  });

  it.each(POLICY_RULE_NAMES.map((name) => `policy/${name}` as const))('give %s to respect-import-policy as an error, to its -warnings rule as a warning', (code) => {
    const found: Violation = { code, severity: 'error', path: '/ImportSource/S3/S3LocationUri', message: 'example', basis: 'policy' };
    expect(ownersOf(found)).toEqual(['respect-import-policy']);
    expect(ownersOf({ ...found, severity: 'warning' })).toEqual(['respect-import-policy-warnings']);
  });

  it.each(REQUEST_CODES.filter((code) => code !== 'type-mismatch'))('give %s to exactly one rule', (code: ViolationCode) => {
    expect(ownersOf(violation(code, '/ImportSource/S3/S3LocationUri', 'example'))).toHaveLength(1);
    expect(ownersOf(violation(code, '', 'example'))).toHaveLength(1);
  });

  it.each(READ_REQUEST_CODES.filter((code) => code !== 'type-mismatch'))('give %s, a code of the read operations’ inputs, to exactly one rule', (code: ViolationCode) => {
    expect(ownersOf(violation(code, '/MaxResults', 'example'))).toHaveLength(1);
  });

  it.each(['/MaxResults', '/NextToken', '/ImportStatus', '/Destination'])('give a type-mismatch at the read operations’ member %s to exactly one rule', (path) => {
    expect(ownersOf(violation('type-mismatch', path, 'example'))).toHaveLength(1);
  });

  it.each(['/importSourceArn', '/importRoleArn', '/importFilter', '/importFilter/startEventTime', '/importFilter/endEventTime', '/importId', '/limit', '/nextToken', '/importStatus', '/batchImportStatus/0'])(
    'give a type-mismatch at the CloudWatch Logs member %s to exactly one rule',
    (path) => {
      expect(ownersOf(violation('type-mismatch', path, 'example'))).toHaveLength(1);
    },
  );

  it('give the importFilter times, their type and their unit, to epoch-milliseconds', () => {
    expect(ownersOf(violation('type-mismatch', '/importFilter/startEventTime', 'example'))).toEqual(['epoch-milliseconds']);
    expect(ownersOf(violation('logs-time-in-seconds', '/importFilter/endEventTime', 'example'))).toEqual(['epoch-milliseconds']);
  });

  it('own every violation the validator finds in the CloudWatch Logs request fixtures', () => {
    const unowned: string[] = [];
    for (const fixture of loadLogsOperationFixtures().filter((f) => f.kind === 'requests')) {
      const documents = Array.isArray(fixture.document) ? fixture.document : [fixture.document];
      for (const document of documents) {
        for (const found of validateImportRequest(fixture.operation, document).violations) {
          if (ownersOf(found).length !== 1) unowned.push(`${fixture.name}: ${found.code} ${found.path}`);
        }
      }
    }
    expect(unowned).toEqual([]);
  });

  it.each(TYPED_MEMBERS)('give a type-mismatch at %s to exactly one rule', (path) => {
    expect(ownersOf(violation('type-mismatch', path, 'example'))).toHaveLength(1);
  });

  it('leave to no rule only a type-mismatch of the whole request, which a found object literal cannot have', () => {
    expect(ownersOf(violation('type-mismatch', '', 'example'))).toEqual([]);
  });

  it('own every violation the validator finds in the request fixtures, in the sdk shape', () => {
    const unowned: string[] = [];
    for (const fixture of loadFixtures().filter((f) => f.kind === 'requests')) {
      const documents = Array.isArray(fixture.document) ? fixture.document : [fixture.document];
      for (const document of documents) {
        if (typeof document !== 'object' || document === null) continue;
        for (const found of validateStartImportRequest(sdkRequest(document), { shape: 'sdk' }).violations) {
          if (ownersOf(found).length !== 1) unowned.push(`${fixture.name}: ${found.code} ${found.path}`);
        }
      }
    }
    expect(unowned).toEqual([]);
  });
});
