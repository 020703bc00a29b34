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

  it('turn on, in recommended, exactly the rules owning an error code (a policy code counts as one), as "error"', () => {
    const expected = Object.entries(rules)
      .filter(([, rule]) => rule.meta.docs.codes.some((code) => isPolicyCode(code) || catalogueEntry(code).severity === 'error'))
      .map(([name]) => [`cloudtrail-import/${name}`, 'error']);
    expect(Object.entries(configs.recommended.rules ?? {})).toEqual(expected);
  });

  it('turn on every rule in strict, with the warnings of the rules that mix errors and warnings', () => {
    const strict = configs.strict.rules ?? {};
    expect(Object.keys(strict)).toEqual(Object.keys(rules).map((name) => `cloudtrail-import/${name}`));
    expect(strict['cloudtrail-import/valid-time-range']).toEqual(['error', { warnings: true }]);
    expect(strict['cloudtrail-import/no-unknown-members']).toBe('error');
  });

  it('derive docs.recommended from the catalogue severities of the codes, and give a rule of warnings alone "warn" in strict', () => {
    const docs = contractDocs('Example', ['time-range-empty', 'time-range-half-open']);
    const warningsOnly = createRule({
      name: 'warnings-only',
      meta: { type: 'problem', docs, messages: {}, schema: [] },
      defaultOptions: [],
      create: () => ({}),
    });
    expect(docs.recommended).toBe('strict');
    expect(contractDocs('Example', ['time-range-empty', 'time-range-reversed']).recommended).toBe('recommended');
    expect(recommendedRules({ 'warnings-only': warningsOnly })).toEqual({});
    expect(strictRules({ 'warnings-only': warningsOnly })).toEqual({ 'cloudtrail-import/warnings-only': 'warn' });
  });

  it('report an error of recommended, and a warning code only in strict', () => {
    const code = command({ EndEventTime: "new Date('2024-01-01T00:00:00Z')" });
    const reversed = command({ StartEventTime: "new Date('2024-03-01T00:00:00Z')" });
    expect(lint(code, configs.recommended)).toEqual([]);
    expect(lint(code, configs.strict).map((m) => [m.ruleId, m.severity, m.messageId])).toEqual([['cloudtrail-import/valid-time-range', 2, 'time-range-empty']]);
    expect(lint(reversed, configs.recommended).map((m) => [m.ruleId, m.severity, m.messageId])).toEqual([
      ['cloudtrail-import/valid-time-range', 2, 'time-range-reversed'],
    ]);
  });

  it('word each message as the formatter does: code, path, message and [assumed] for an inferred check', () => {
    const [message] = lint(command({ StartEventTime: "new Date('2024-03-01T00:00:00Z')" }), configs.recommended);
    expect(message?.message).toBe(
      'time-range-reversed: /StartEventTime must not be later than EndEventTime (2024-03-01T00:00:00.000Z > 2024-02-01T00:00:00.000Z) [assumed]',
    );
  });
});

describe("settings['cloudtrail-import']", () => {
  const code = command();

  it('is read without complaint when absent or empty', () => {
    expect(lint(code, configs.strict, {})).toEqual([]);
    expect(lint(code, configs.strict, { 'cloudtrail-import': {} })).toEqual([]);
  });

  it('rejects a value that is not an object, naming the setting', () => {
    expect(() => lint(code, configs.strict, { 'cloudtrail-import': 'strict' })).toThrow("settings['cloudtrail-import'] must be an object (got string)");
    expect(() => lint(code, configs.strict, { 'cloudtrail-import': [] })).toThrow('(got an array)');
  });

  it('rejects a setting this version does not know rather than ignoring it', () => {
    expect(() => lint(code, configs.strict, { 'cloudtrail-import': { policies: 'org.json' } })).toThrow("unknown setting 'policies'");
  });
});

describe('createRule', () => {
  it('merges the user options over the defaults, objects deeply, without changing the defaults', () => {
    const defaults = [{ warnings: false, nested: { a: 1, b: 2 } }, 'x'] as const;
    expect(applyDefault(defaults, [{ nested: { b: 3 } }])).toEqual([{ warnings: false, nested: { a: 1, b: 3 } }, 'x']);
    expect(applyDefault(defaults, [undefined, 'y'])).toEqual([{ warnings: false, nested: { a: 1, b: 2 } }, 'y']);
    expect(defaults[0].nested.b).toBe(2);
  });

  it('rejects an option the schema does not have', () => {
    expect(() => lint(command(), { ...configs.recommended, rules: { 'cloudtrail-import/valid-time-range': ['error', { warning: true }] } })).toThrow(
      /should NOT have additional properties|must NOT have additional properties/,
    );
  });
});
