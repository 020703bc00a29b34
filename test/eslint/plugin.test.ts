import { readFileSync } from 'node:fs';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin, { configs, rules } from '../../src/eslint/index.js';
import { recommendedRules, strictRules } from '../../src/eslint/configs.js';
import { contractDocs } from '../../src/eslint/contract-rule.js';
import { applyDefault, createRule } from '../../src/eslint/create-rule.js';
import { catalogueEntry, isPolicyCode } from '../../src/rules/index.js';
import { command } from './support.js';

const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { name: string; version: string };

function lint(code: string, config: Linter.Config, settings?: Record<string, unknown>): Linter.LintMessage[] {
  return new Linter().verify(code, [{ files: ['**/*.js'] }, config, ...(settings === undefined ? [] : [{ settings }])], 'request.js');
}

describe('plugin', () => {
  it('names itself after the package, at its version, in the cloudtrail-import namespace', () => {
    expect(plugin.meta).toEqual({ name: packageJson.name, version: packageJson.version, namespace: 'cloudtrail-import' });
  });

  it('exports its configs and rules by name as well (for CommonJS)', () => {
    expect(configs).toBe(plugin.configs);
    expect(rules).toBe(plugin.rules);
  });

  it('gives every rule a docs URL of its own page, a description and a schema', () => {
    for (const [name, rule] of Object.entries(rules)) {
      expect(rule.name).toBe(name);
      expect(rule.meta.docs.url).toBe(`https://unpkg.com/${packageJson.name}@${packageJson.version}/docs/rules/${name}.md`);
      expect(rule.meta.docs.description).toMatch(/^[A-Z].*[^.]$/);
      expect(rule.meta.schema).toBeDefined();
    }
  });
});

describe('configs', () => {
  it('register the plugin itself under its namespace', () => {
    expect(configs.recommended.plugins).toEqual({ 'cloudtrail-import': plugin });
    expect(configs.strict.plugins).toEqual({ 'cloudtrail-import': plugin });
  });

  it('turn on, in recommended, the rules of docs.recommended: the catalogue errors and both policy rules, each at its severity', () => {
    const expected = Object.entries(rules)
      .filter(([, rule]) => rule.meta.docs.codes.some((code) => isPolicyCode(code) || catalogueEntry(code).severity === 'error'))
      .map(([name, rule]) => [`cloudtrail-import/${name}`, rule.meta.docs.severity === 'warning' ? 'warn' : 'error']);
    expect(Object.entries(configs.recommended.rules ?? {})).toEqual(expected);
    expect(configs.recommended.rules?.['cloudtrail-import/respect-import-policy-warnings']).toBe('warn');
  });

  it('turn on every rule in strict, a rule of warnings as "warn" and no rule with options', () => {
    const strict = configs.strict.rules ?? {};
    expect(Object.keys(strict)).toEqual(Object.keys(rules).map((name) => `cloudtrail-import/${name}`));
    expect(strict['cloudtrail-import/valid-time-range']).toBe('error');
    expect(strict['cloudtrail-import/valid-time-range-warnings']).toBe('warn');
    expect(strict['cloudtrail-import/no-unknown-members']).toBe('error');
  });

  it('give every rule codes of one catalogue severity, its own (a policy rule the severity it reports)', () => {
    for (const rule of Object.values(rules)) {
      const { codes, severity } = rule.meta.docs;
      for (const code of codes) if (!isPolicyCode(code)) expect(catalogueEntry(code).severity, code).toBe(severity);
    }
  });

  it('derive docs.recommended and severity from the catalogue severities of the codes, refusing codes of two severities', () => {
    const docs = contractDocs('Example', ['time-range-empty', 'time-range-half-open']);
    const warningsOnly = createRule({
      name: 'warnings-only',
      meta: { type: 'problem', docs, messages: {}, schema: [] },
      defaultOptions: [],
      create: () => ({}),
    });
    expect([docs.recommended, docs.severity]).toEqual(['strict', 'warning']);
    expect(contractDocs('Example', ['time-range-reversed']).recommended).toBe('recommended');
    expect(() => contractDocs('Example', ['time-range-empty', 'time-range-reversed'])).toThrow('A rule reports codes of one severity (got time-range-empty, time-range-reversed)');
    expect(recommendedRules({ 'warnings-only': warningsOnly })).toEqual({});
    expect(strictRules({ 'warnings-only': warningsOnly })).toEqual({ 'cloudtrail-import/warnings-only': 'warn' });
  });

  it('report a warning code as an ESLint warning (1) and an error code as an ESLint error (2), in both configs', () => {
    const placeholder = "['arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/EXAMPLE-f852-4e8f-8bd1-bcf6cEXAMPLE']";
    const code = command({
      Destinations: placeholder,
      ImportSource: "{ S3: { S3LocationUri: 's3://Example_Logs/AWSLogs/123456789012/CloudTrail/', S3BucketRegion: 'eu-west-1', S3BucketAccessRoleArn: 'arn:aws:iam::123456789012:role/R' } }",
      StartEventTime: "new Date('2024-03-01T00:00:00Z')",
    });
    const policy = { version: 1, rules: { 'allowed-regions': { regions: ['us-east-1'] }, 'max-time-range-days': { days: 7, severity: 'warning' } } };
    const reversed = lint(code, configs.recommended, { 'cloudtrail-import': { policy } });
    const reportedAt = (messages: Linter.LintMessage[]): string[] => messages.map((m) => `${m.messageId ?? ''} ${String(m.severity)}`).sort();
    expect(reportedAt(reversed)).toEqual(['policy/allowed-regions 2', 'time-range-reversed 2']);
    const empty = command({ Destinations: placeholder, EndEventTime: "new Date('2024-01-01T00:00:00Z')" });
    expect(reportedAt(lint(empty, configs.strict))).toEqual(['destination-id-not-uuid 1', 'time-range-empty 1']);
    expect(reportedAt(lint(code, configs.strict, { 'cloudtrail-import': { policy } }))).toEqual([
      'destination-id-not-uuid 1',
      'policy/allowed-regions 2',
      's3-bucket-name-legacy 1',
      'time-range-reversed 2',
    ]);
    const week = command({ EndEventTime: "new Date('2024-03-01T00:00:00Z')" });
    expect(reportedAt(lint(week, configs.recommended, { 'cloudtrail-import': { policy } }))).toEqual(['policy/max-time-range-days 1']);
  });

  it('word each message as the formatter does: code, path, message and [assumed] for an inferred check', () => {
    const [message] = lint(command({ StartEventTime: "new Date('2024-03-01T00:00:00Z')" }), configs.recommended);
    expect(message?.message).toBe(
      'time-range-reversed: /StartEventTime must not be later than EndEventTime (2024-03-01T00:00:00.000Z > 2024-02-01T00:00:00.000Z) [assumed]',
    );
  });

  it('print the path with control and bidi characters escaped, as the formatter does, so that a message stays one line', () => {
    const code = `import { StartImportCommand } from '@aws-sdk/client-cloudtrail';\nnew StartImportCommand({ ImportId: '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b', 'Import\\nId': 1, 'X\\u202eY': 2 });\n`;
    const messages = lint(code, configs.recommended).map((message) => message.message);
    expect(messages).toEqual([
      expect.stringMatching(/^unknown-member: \/Import\\nId must not have member 'Import\\nId'/),
      expect.stringMatching(/^unknown-member: \/X\\u202eY must not have member 'X\\u202eY'/),
    ]);
    for (const message of messages) expect(message).not.toMatch(/[\n\u202e]/);
  });
});

describe("settings['cloudtrail-import']", () => {
  const code = command();
  /** The message ESLint stops with, for `settings` under configs.strict. */
  const stopsWith = (settings: Record<string, unknown>): string => {
    try {
      lint(code, configs.strict, settings);
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
    throw new Error('the lint did not stop');
  };
  const bad = (value: unknown): Record<string, unknown> => ({ 'cloudtrail-import': value });

  it('is read without complaint when absent or empty', () => {
    expect(lint(code, configs.strict, {})).toEqual([]);
    expect(lint(code, configs.strict, { 'cloudtrail-import': {} })).toEqual([]);
  });

  it('rejects a value that is not an object with one error naming the setting', () => {
    expect(stopsWith(bad('strict'))).toMatch(/: Invalid settings\['cloudtrail-import'\] in the ESLint config: must be an object \(got string\)$/m);
    expect(stopsWith(bad([]))).toContain("Invalid settings['cloudtrail-import'] in the ESLint config: must be an object (got an array)");
  });

  it('rejects a setting this version does not know rather than ignoring it, naming it', () => {
    expect(stopsWith(bad({ policies: 'org.json' }))).toContain("Invalid settings['cloudtrail-import'].policies in the ESLint config: is not a setting: the settings are 'policy'");
  });

  it('rejects a policy of the wrong type, a missing policy file and a malformed policy, naming settings.policy and the problem', () => {
    expect(stopsWith(bad({ policy: 42 }))).toContain("Invalid settings['cloudtrail-import'].policy in the ESLint config: must be a policy object or the path of a policy file (got number)");
    expect(stopsWith(bad({ policy: 'no/such/policy.json' }))).toMatch(/Invalid settings\['cloudtrail-import'\]\.policy in the ESLint config: invalid import policy \S*no\/such\/policy\.json:\n {2}- cannot be read/);
    expect(stopsWith(bad({ policy: { version: 2, rules: {} } }))).toMatch(/Invalid settings\['cloudtrail-import'\]\.policy in the ESLint config: invalid import policy \(policy object\):\n {2}- \/version: must be 1/);
  });

  it('says so once, however often the same bad settings are read', () => {
    const settings = bad({ policy: 42 });
    for (const message of [stopsWith(settings), stopsWith(settings)]) {
      expect(message.match(/Invalid settings/g)).toHaveLength(1);
      expect(message.match(/Error while loading rule/g)).toHaveLength(1);
    }
  });
});

describe('createRule', () => {
  it('merges the user options over the defaults, objects deeply, without changing the defaults', () => {
    const defaults = [{ warnings: false, nested: { a: 1, b: 2 } }, 'x'] as const;
    expect(applyDefault(defaults, [{ nested: { b: 3 } }])).toEqual([{ warnings: false, nested: { a: 1, b: 3 } }, 'x']);
    expect(applyDefault(defaults, [undefined, 'y'])).toEqual([{ warnings: false, nested: { a: 1, b: 2 } }, 'y']);
    expect(defaults[0].nested.b).toBe(2);
  });

  it('rejects an option the schema does not have (the rules of warnings replace the former `warnings` option)', () => {
    expect(() => lint(command(), { ...configs.recommended, rules: { 'cloudtrail-import/valid-time-range': ['error', { warnings: true }] } })).toThrow(
      /should NOT have more than 0 items|must NOT have more than 0 items/,
    );
  });
});
