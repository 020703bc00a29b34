/**
 * Renders the rule catalogue as the Markdown table of the README, and (run directly) writes it
 * between the README's `<!-- catalogue:start -->` and `<!-- catalogue:end -->` markers.
 * `test/readme.test.ts` fails when the README's table and the code disagree: run `npm run docs`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ruleCatalogue } from '../src/index.js';

export const START = '<!-- catalogue:start -->';
export const END = '<!-- catalogue:end -->';

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

export function renderCatalogueTable(): string {
  const rows = ruleCatalogue.map((entry) =>
    [
      `\`${entry.code}\``,
      entry.severity,
      entry.basis === 'inferred' ? 'inferred (assumed)' : entry.basis,
      entry.exception ?? '—',
      entry.subjects.join(', '),
      cell(entry.description),
    ].join(' | '),
  );
  return ['| code | severity | basis | exception | checks | rule |', '|---|---|---|---|---|---|', ...rows.map((row) => `| ${row} |`)].join('\n');
}

/** The README text with its catalogue table replaced by the current one. */
export function withCatalogueTable(readme: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md lacks the ${START} … ${END} markers`);
  return `${readme.slice(0, start + START.length)}\n${renderCatalogueTable()}\n${readme.slice(end)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const path = fileURLToPath(new URL('../README.md', import.meta.url));
  writeFileSync(path, withCatalogueTable(readFileSync(path, 'utf8')));
  console.log('README.md catalogue table updated');
}
