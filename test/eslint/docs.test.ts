/**
 * docs/rules/<rule>.md: every rule has a page, the page lists the rule's codes as the catalogue
 * rates them, every ❌ example produces the rule's error and every ✅ example nothing at all.
 */
import { readdirSync, readFileSync } from 'node:fs';
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { configs, rules } from '../../src/eslint/index.js';
import { catalogueEntry, isPolicyCode } from '../../src/rules/index.js';

const DOCS = new URL('../../docs/rules/', import.meta.url);
const names = Object.keys(rules) as (keyof typeof rules)[];

function page(name: string): string {
  return readFileSync(new URL(`${name}.md`, DOCS), 'utf8');
}

/** The text of the `## <heading>` section of a page (up to the next `## `). */
function section(text: string, heading: string): string {
  const start = text.indexOf(`\n## ${heading}\n`);
  if (start < 0) return '';
  const end = text.indexOf('\n## ', start + 1);
  return text.slice(start, end < 0 ? undefined : end);
}

function tsBlocks(text: string): string[] {
  return [...text.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');
}

/** The policy a page's examples are linted with: its ```json policy block, if it has one. */
function policyOf(text: string): unknown {
  const block = /```json policy\n([\s\S]*?)```/.exec(text)?.[1];
  return block === undefined ? undefined : JSON.parse(block);
}

function lint(code: string, policy?: unknown): Linter.LintMessage[] {
  const settings = policy === undefined ? {} : { settings: { 'cloudtrail-import': { policy } } };
  return new Linter().verify(code, [{ files: ['**/*.ts'], languageOptions: { parser: tsParser }, ...settings }, configs.strict], 'example.ts');
}

describe('docs/rules', () => {
  it('has a page for every rule and no page for a rule that does not exist', () => {
    const pages = readdirSync(DOCS).filter((file) => file.endsWith('.md')).map((file) => file.replace(/\.md$/, ''));
    expect(pages.sort()).toEqual([...names].sort());
  });

  describe.each(names)('%s.md', (name) => {
    const text = page(name);
    const rule = rules[name];
    const policy = policyOf(text);

    it('is titled with the rule id and quotes its description', () => {
      expect(text.startsWith(`# cloudtrail-import/${name}\n\n> ${rule.meta.docs.description}.\n`)).toBe(true);
    });

    it('lists each code of the rule with its catalogue severity and basis', () => {
      const rows = section(text, 'Rule details').split('\n').filter((line) => line.startsWith('| `'));
      expect(rows.map((row) => /^\| `([^`]+)`/.exec(row)?.[1])).toEqual(rule.meta.docs.codes);
      for (const row of rows) {
        const [, code = '', severity, basis] = row.split('|').map((cell) => cell.trim().replace(/`/g, ''));
        if (isPolicyCode(code as Parameters<typeof isPolicyCode>[0])) {
          expect([severity, basis]).toEqual(["the policy's", 'policy']);
          continue;
        }
        const entry = catalogueEntry(code as Parameters<typeof catalogueEntry>[0]);
        expect([severity, basis]).toEqual([entry.severity, entry.basis === 'inferred' ? 'inferred (assumed)' : entry.basis]);
      }
    });

    it('shows incorrect code that the rule reports, each report led by a code the page lists', () => {
      const blocks = tsBlocks(section(text, '❌ Incorrect'));
      const listed = section(text, 'Rule details').split('\n').flatMap((line) => /^\| `([^`]+)`/.exec(line)?.[1] ?? []);
      expect(blocks.length).toBeGreaterThan(0);
      for (const block of blocks) {
        const messages = lint(block, policy);
        expect(messages.filter((m) => m.fatal === true)).toEqual([]);
        const own = messages.filter((m) => m.ruleId === `cloudtrail-import/${name}`);
        expect(own, block).not.toEqual([]);
        // README: "each report … carries the catalogue code", as `code: /path …`.
        for (const message of own) expect(listed, message.message).toContain(/^([^\s:]+): /.exec(message.message)?.[1]);
      }
    });

    it('shows correct code that no rule of the plugin reports', () => {
      const blocks = tsBlocks(section(text, '✅ Correct'));
      expect(blocks.length).toBeGreaterThan(0);
      for (const block of blocks) expect(lint(block, policy), block).toEqual([]);
    });

    it('documents its options', () => {
      const options = section(text, 'Options');
      expect(options).not.toBe('');
      const schema = rule.meta.schema;
      if (Array.isArray(schema) && schema.length > 0) expect(options).toContain('`warnings` (default `false`)');
      else expect(options).toContain('None.');
    });
  });
});
