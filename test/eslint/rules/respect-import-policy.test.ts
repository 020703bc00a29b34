import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { respectImportPolicyWarnings } from '../../../src/eslint/rules/respect-import-policy-warnings.js';
import { respectImportPolicy } from '../../../src/eslint/rules/respect-import-policy.js';
import { at, command, DESTINATION, IMPORT_COMMAND, IMPORT_ID, LOCATION, ROLE, ruleTester, testable } from '../support.js';

const policyOf = (rules: Record<string, unknown>): { readonly 'cloudtrail-import': { readonly policy: unknown } } => ({
  'cloudtrail-import': { policy: { version: 1, rules } },
});
const usEast1 = policyOf({ 'allowed-regions': { regions: ['us-east-1'] } });
const timeRangeRequired = policyOf({ 'time-range-required': {} });
const weekAsWarning = policyOf({ 'max-time-range-days': { days: 7, severity: 'warning' } });
const ORG = { 'cloudtrail-import': { policy: 'fixtures/policies/org.json' } };

const inIreland = command({ ImportSource: `{ S3: { S3LocationUri: '${LOCATION}', S3BucketRegion: 'eu-west-1', S3BucketAccessRoleArn: '${ROLE}' } }` });
const unknownRegion = `${IMPORT_COMMAND}\nexport const start = (region: string) => new StartImportCommand({ Destinations: ['${DESTINATION}'], ImportSource: { S3: { S3LocationUri: '${LOCATION}', S3BucketRegion: region, S3BucketAccessRoleArn: '${ROLE}' } } });\n`;
const noRange = command({ StartEventTime: null, EndEventTime: null });
const unknownEnd = `${IMPORT_COMMAND}\nexport const start = (end: Date) => new StartImportCommand({ Destinations: ['${DESTINATION}'], StartEventTime: new Date('2024-01-01T00:00:00Z'), EndEventTime: end });\n`;
const spreadRange = `${IMPORT_COMMAND}\nexport const start = (range: object) => new StartImportCommand({ ...range, Destinations: ['${DESTINATION}'] });\n`;
const unknownDestinations = `${IMPORT_COMMAND}\nexport const start = (destinations: string[]) => new StartImportCommand({ Destinations: destinations });\n`;
const retry = `${IMPORT_COMMAND}\nnew StartImportCommand({ ImportId: '${IMPORT_ID}' });\n`;
const unknownRetry = `${IMPORT_COMMAND}\nexport const start = (id: string) => new StartImportCommand({ ImportId: id });\n`;

ruleTester.run('respect-import-policy', testable(respectImportPolicy), {
  valid: [
    // No policy: nothing to respect.
    inIreland,
    { code: command(), settings: usEast1 },
    // Unknown values are never checked against the policy.
    { code: unknownRegion, settings: usEast1 },
    { code: unknownEnd, settings: timeRangeRequired },
    { code: spreadRange, settings: timeRangeRequired },
    { code: unknownDestinations, settings: timeRangeRequired },
    { code: unknownRetry, settings: ORG },
    // A rule the policy turns off is never reported.
    { code: inIreland, settings: policyOf({ 'allowed-regions': { regions: ['us-east-1'], severity: 'off' } }) },
    { code: retry, settings: policyOf({ 'retry-forbidden': { severity: 'off' } }) },
    // A rule the policy rates as a warning is respect-import-policy-warnings'.
    { code: command(), settings: weekAsWarning },
  ],
  invalid: [
    { code: inIreland, settings: usEast1, errors: [{ messageId: 'policy/allowed-regions', ...at(inIreland, 'S3BucketRegion') }] },
    { code: noRange, settings: timeRangeRequired, errors: [{ messageId: 'policy/time-range-required', ...at(noRange, '{\n  Destinations') }] },
    // A path, relative to ESLint's working directory.
    {
      code: command(),
      settings: ORG,
      errors: [
        { messageId: 'policy/allowed-buckets', ...at(command(), 'S3LocationUri') },
        { messageId: 'policy/role-name-pattern', ...at(command(), 'S3BucketAccessRoleArn') },
      ],
    },
    { code: retry, settings: ORG, errors: [{ messageId: 'policy/retry-forbidden', ...at(retry, 'ImportId') }] },
  ],
});

ruleTester.run('respect-import-policy-warnings', testable(respectImportPolicyWarnings), {
  valid: [
    command(),
    { code: unknownEnd, settings: weekAsWarning },
    // A rule the policy rates as an error is respect-import-policy's.
    { code: inIreland, settings: usEast1 },
    { code: command(), settings: policyOf({ 'max-time-range-days': { days: 7, severity: 'off' } }) },
  ],
  invalid: [
    { code: command(), settings: weekAsWarning, errors: [{ messageId: 'policy/max-time-range-days', ...at(command(), 'EndEventTime') }] },
    {
      code: inIreland,
      settings: policyOf({ 'allowed-regions': { regions: ['us-east-1'], severity: 'warning' } }),
      errors: [{ messageId: 'policy/allowed-regions', ...at(inIreland, 'S3BucketRegion') }],
    },
  ],
});

function lint(code: string, settings: Record<string, unknown>): Linter.LintMessage[] {
  const rules = { 'cloudtrail-import/respect-import-policy': 'error' } as const;
  return new Linter().verify(code, [{ files: ['**/*.ts'], languageOptions: { parser: tsParser }, plugins: { 'cloudtrail-import': { rules: { 'respect-import-policy': respectImportPolicy } } }, rules, settings }], 'example.ts');
}

describe('respectImportPolicy', () => {
  it('reports a message that starts with the policy code and names the member', () => {
    expect(lint(inIreland, usEast1).map((m) => m.message)).toEqual([
      "policy/allowed-regions: /ImportSource/S3/S3BucketRegion must be an allowed bucket Region ('us-east-1'), not 'eu-west-1'",
    ]);
  });

  it('rejects a policy setting that is not a policy, naming the setting and the problem', () => {
    expect(() => lint(command(), policyOf({ 'allowed-regions': { regions: 'us-east-1' } }))).toThrow(/Invalid settings\['cloudtrail-import'\]\.policy in the ESLint config: invalid import policy/);
    expect(() => lint(command(), { 'cloudtrail-import': { policy: 'fixtures/policies/bad-json.json' } })).toThrow(/Invalid settings\['cloudtrail-import'\]\.policy in the ESLint config: .*bad-json\.json/);
    expect(() => lint(command(), { 'cloudtrail-import': { policy: 'fixtures/policies/missing.json' } })).toThrow("Invalid settings['cloudtrail-import'].policy in the ESLint config: invalid import policy");
    expect(() => lint(command(), { 'cloudtrail-import': { policy: 42 } })).toThrow("Invalid settings['cloudtrail-import'].policy in the ESLint config: must be a policy object or the path of a policy file (got number)");
  });

  it('keeps refusing a setting it does not know', () => {
    expect(() => lint(command(), { 'cloudtrail-import': { policy: 'fixtures/policies/org.json', strict: true } })).toThrow("Invalid settings['cloudtrail-import'].strict in the ESLint config: is not a setting");
  });
});
