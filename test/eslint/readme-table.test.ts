import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { END, renderEslintRulesTable, START, withEslintRulesTable } from '../../scripts/eslint-rules-table.js';
import { rules } from '../../src/eslint/index.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('renderEslintRulesTable', () => {
  it('has a row per rule, linking its page, with its codes and configs', () => {
    const table = renderEslintRulesTable();
    for (const [name, rule] of Object.entries(rules)) {
      const row = table.split('\n').find((line) => line.startsWith(`| [\`${name}\`](docs/rules/${name}.md) |`));
      expect(row, name).toBeDefined();
      for (const code of rule.meta.docs.codes) expect(row).toContain(`\`${code}\``);
    }
    expect(table).toContain('| `time-range-reversed` | recommended, strict |');
    expect(table).toContain('| `time-range-empty` (warning), `time-range-half-open` (warning), `time-range-in-future` (warning) | strict (warn) |');
  });

  it('refuses a README without the markers', () => {
    expect(() => withEslintRulesTable('# no table here\n')).toThrow(`README.md lacks the ${START} … ${END} markers`);
  });

  it('replaces only what is between the markers', () => {
    const text = `before\n${START}\nold table\n${END}\nafter\n`;
    expect(withEslintRulesTable(text)).toBe(`before\n${START}\n${renderEslintRulesTable()}\n${END}\nafter\n`);
  });
});

describe('README.md', () => {
  it('lists the ESLint rules exactly as their metadata has them (run `tsx scripts/eslint-rules-table.ts` after changing a rule)', () => {
    expect(readme).toBe(withEslintRulesTable(readme));
  });
});
