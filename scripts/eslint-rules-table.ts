/**
 * Renders the ESLint plugin's rules, from their metadata, as the Markdown table of the README,
 * and (run directly) writes it between the README's `<!-- eslint-rules:start -->` and
 * `<!-- eslint-rules:end -->` markers; with `--check` it only says whether the table is current
 * (exit code 1 when not). test/eslint/readme-table.test.ts fails when the two disagree.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cell, withBlock } from './readme-block.js';
import type { ContractDocs } from '../src/eslint/contract-rule.js';
import { rules } from '../src/eslint/index.js';
import { catalogueEntry, isPolicyCode } from '../src/rules/index.js';

export const START = '<!-- eslint-rules:start -->';
export const END = '<!-- eslint-rules:end -->';

/** Where the rule is on (both configs, or strict alone), and "(warn)" for a rule of warnings. */
function configsOf({ recommended, severity }: ContractDocs): string {
  return `${recommended === 'strict' ? 'strict' : 'recommended, strict'}${severity === 'warning' ? ' (warn)' : ''}`;
}

/** The README's table of the plugin's rules. */
export function renderEslintRulesTable(): string {
  const rows = Object.entries(rules).map(([name, rule]) => {
    const { description, codes } = rule.meta.docs;
    const codeList = codes.map((code) => (!isPolicyCode(code) && catalogueEntry(code).severity === 'warning' ? `\`${code}\` (warning)` : `\`${code}\``)).join(', ');
    return [`[\`${name}\`](docs/rules/${name}.md)`, cell(description), codeList, configsOf(rule.meta.docs), rule.meta.hasSuggestions === true ? '💡' : ''].join(' | ');
  });
  return ['| rule | requires | codes | configs | 💡 |', '|---|---|---|---|---|', ...rows.map((row) => `| ${row} |`)].join('\n');
}

/** The README text with its rules table replaced by the current one. */
export function withEslintRulesTable(readme: string): string {
  return withBlock(readme, START, END, renderEslintRulesTable());
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const path = fileURLToPath(new URL('../README.md', import.meta.url));
  const readme = readFileSync(path, 'utf8');
  const current = withEslintRulesTable(readme);
  if (process.argv.includes('--check')) {
    if (current !== readme) {
      console.error('README.md: the ESLint rules table is stale; run `tsx scripts/eslint-rules-table.ts`');
      process.exitCode = 1;
    }
  } else {
    writeFileSync(path, current);
    console.log('README.md ESLint rules table updated');
  }
}
