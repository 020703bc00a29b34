/**
 * Renders the rule catalogue as the Markdown table of the README, and (run directly) writes it
 * between the README's `<!-- catalogue:start -->` and `<!-- catalogue:end -->` markers.
 * `test/readme.test.ts` fails when the README's table and the code disagree: run `npm run docs`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { basisCell, cell, withBlock } from './readme-block.js';
import { ruleCatalogue } from '../src/index.js';

export const START = '<!-- catalogue:start -->';
export const END = '<!-- catalogue:end -->';

export function renderCatalogueTable(): string {
  const rows = ruleCatalogue.map((entry) =>
    [
      `\`${entry.code}\``,
      entry.severity,
      basisCell(entry.basis),
      entry.exception ?? '—',
      entry.subjects.length > 0 ? entry.subjects.join(', ') : Object.keys(entry.operations ?? {}).join(', '),
      cell(entry.description),
    ].join(' | '),
  );
  return ['| code | severity | basis | exception | checks | rule |', '|---|---|---|---|---|---|', ...rows.map((row) => `| ${row} |`)].join('\n');
}

/** The README text with its catalogue table replaced by the current one. */
export function withCatalogueTable(readme: string): string {
  return withBlock(readme, START, END, renderCatalogueTable());
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const path = fileURLToPath(new URL('../README.md', import.meta.url));
  writeFileSync(path, withCatalogueTable(readFileSync(path, 'utf8')));
  console.log('README.md catalogue table updated');
}
