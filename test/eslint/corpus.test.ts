/**
 * The request fixture corpus, written as SDK code (`new StartImportCommand({...})`, timestamps as
 * `new Date(...)`) and linted with configs.strict: each document gets exactly the codes its
 * `.expect` file lists, each from the rule owning it.
 */
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { owns } from '../../src/eslint/contract-rule.js';
import { configs, rules } from '../../src/eslint/index.js';
import { parseIso8601 } from '../../src/contract/timestamps.js';
import { catalogueEntry, violation, type ViolationCode } from '../../src/rules/index.js';
import { loadFixtures, type Fixture } from '../support/fixtures.js';

const TIMESTAMPS = new Set(['StartEventTime', 'EndEventTime']);

/** A timestamp as SDK code writes it: a Date where the fixture's shape reads one, else the value as it is. */
function timestampSource(value: unknown, shape: Fixture['shape']): string {
  const seconds = typeof value === 'number' ? value : shape === 'cli' && typeof value === 'string' ? parseIso8601(value) : undefined;
  return seconds === undefined ? JSON.stringify(value) : `new Date(${String(Math.round(seconds * 1000))})`;
}

/** Object literal source of a JSON document; a `__proto__` key computed, so that it stays a member rather than set the prototype. */
function source(value: unknown, shape: Fixture['shape'], indent = ''): string {
  if (Array.isArray(value)) return `[${value.map((item) => source(item, shape, indent)).join(', ')}]`;
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  const inner = `${indent}  `;
  const members = Object.entries(value).map(([key, item]) => {
    const text = indent === '' && TIMESTAMPS.has(key) ? timestampSource(item, shape) : source(item, shape, inner);
    return `${inner}${key === '__proto__' ? `[${JSON.stringify(key)}]` : JSON.stringify(key)}: ${text},`;
  });
  return `{\n${members.join('\n')}\n${indent}}`;
}

function lint(code: string, config: Linter.Config = configs.strict): Linter.LintMessage[] {
  return new Linter().verify(code, [{ files: ['**/*.ts'], languageOptions: { parser: tsParser } }, config], 'request.ts');
}

/** ESLint's severity of a catalogue code: 1 (warn) for the catalogue's warnings, 2 (error) for its errors. */
function eslintSeverity(code: string): number {
  return catalogueEntry(code as ViolationCode).severity === 'warning' ? 1 : 2;
}

interface Case {
  readonly name: string;
  readonly code: string;
  readonly expected: readonly { readonly code: string; readonly path: string }[];
}

const cases: Case[] = loadFixtures()
  .filter((fixture) => fixture.kind === 'requests')
  .flatMap((fixture) => {
    const documents = Array.isArray(fixture.document) ? fixture.document : [fixture.document];
    return documents.flatMap((document: unknown, index) => {
      // A value that is not an object literal is no request the plugin could find.
      if (typeof document !== 'object' || document === null || Array.isArray(document)) return [];
      // An own `__proto__` member can only be written as a computed key, which the analysis takes as unknown.
      const expected = fixture.expected.filter((e) => (Array.isArray(fixture.document) ? e.index === index : true) && !e.path.startsWith('/__proto__'));
      const code = `import { StartImportCommand } from '@aws-sdk/client-cloudtrail';\nnew StartImportCommand(${source(document, fixture.shape)});\n`;
      return [{ name: Array.isArray(fixture.document) ? `${fixture.name} #${String(index)}` : fixture.name, code, expected }];
    });
  });

describe('configs.strict over the request fixtures', () => {
  it('has fixtures to lint', () => {
    expect(cases.length).toBeGreaterThan(30);
  });

  it.each(cases)('reports $name as its .expect file says', ({ code, expected }) => {
    const messages = lint(code);
    expect(messages.filter((m) => m.fatal === true)).toEqual([]);
    const reported = messages.map((m) => `${m.ruleId ?? ''} ${m.messageId ?? ''}`).sort();
    const owner = (e: { code: string; path: string }): string =>
      Object.entries(rules).find(([, rule]) => owns(rule.meta.docs, violation(e.code as ViolationCode, e.path, '')))?.[0] ?? 'no rule';
    expect(reported).toEqual(expected.map((e) => `cloudtrail-import/${owner(e)} ${e.code}`).sort());
  });

  it.each(cases)('reports each code of $name at its catalogue severity, in strict and in recommended', ({ code, expected }) => {
    const atSeverity = (messages: Linter.LintMessage[]): string[] => messages.map((m) => `${m.messageId ?? ''} ${String(m.severity)}`).sort();
    expect(atSeverity(lint(code))).toEqual(expected.map((e) => `${e.code} ${String(eslintSeverity(e.code))}`).sort());
    const errors = expected.filter((e) => eslintSeverity(e.code) === 2);
    expect(atSeverity(lint(code, configs.recommended))).toEqual(errors.map((e) => `${e.code} 2`).sort());
  });
});
