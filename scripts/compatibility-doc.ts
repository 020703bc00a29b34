/**
 * Renders docs/compatibility.md, what the compatibility suite tests, from the cell manifests of
 * compat/cells/, and (run directly) writes it. `test/compatibility-doc.test.ts` fails when the doc
 * and the manifests disagree: run `npm run docs`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readCells, type Cell } from '../compat/cells.js';
import { cell as escape } from './readme-block.js';

/** The peers and tools whose version a cell pins, in the order of the table's columns. */
const COLUMNS: readonly (readonly [heading: string, packages: readonly string[]])[] = [
  ['TypeScript', ['typescript']],
  ['Vitest', ['vitest']],
  ['Jest', ['jest']],
  ['msw', ['msw']],
  ['ESLint', ['eslint']],
  ['aws-sdk-client-mock(-vitest)', ['aws-sdk-client-mock', 'aws-sdk-client-mock-vitest']],
  ['publint / attw', ['publint', '@arethetypeswrong/cli']],
];

function versions(cell: Cell, packages: readonly string[]): string {
  const ranges = packages.map((name) => cell.dependencies[name]).filter((range) => range !== undefined);
  return ranges.length === 0 ? '—' : ranges.map((range) => `\`${range}\``).join(' + ');
}

/** The anchor GitHub gives a heading: lower case, without the characters it drops (here the dots of `5.9`). */
function anchor(heading: string): string {
  return heading.toLowerCase().replace(/[^a-z0-9 _-]/g, '').replaceAll(' ', '-');
}

export function renderCompatibilityDoc(cells: readonly Cell[]): string {
  const header = ['cell', 'Node.js', ...COLUMNS.map(([heading]) => heading)];
  const rows = cells.map((cell) => [`[${cell.name}](#${anchor(cell.name)})`, String(cell.node), ...COLUMNS.map(([, packages]) => versions(cell, packages))]);
  const details = cells.map((cell) =>
    [
      `### ${cell.name}`,
      '',
      escape(cell.description),
      '',
      `Node.js ${cell.node}; the consumer project is ${cell.type === 'module' ? 'an ES module package' : 'a CommonJS package'}; it installs the packed package with ${
        Object.keys(cell.dependencies).length === 0 ? 'nothing else' : Object.entries(cell.dependencies).map(([name, range]) => `\`${name}@${range}\``).join(', ')
      }, then runs ${cell.commands.map((command) => `\`${command.join(' ')}\``).join(', ')}.`,
    ].join('\n'),
  );
  return [
    '# Compatibility',
    '',
    '<!-- Generated from the compatibility cells of the repository by `npm run docs`; do not edit by hand. -->',
    '',
    'What `npm run compat` (run by CI after `npm test`) proves on every change: it packs the package as',
    '`npm publish` would and installs the tarball into a fresh consumer project per cell, with the',
    "cell's Node.js version and peers at the newest release of each range, then runs a real test of",
    'the surface the cell names. A version range below is what the cell installs.',
    '',
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
    '## Cells',
    '',
    details.join('\n\n'),
    '',
  ].join('\n');
}

export const docPath = fileURLToPath(new URL('../docs/compatibility.md', import.meta.url));

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = renderCompatibilityDoc(readCells());
  if (readFileSync(docPath, { encoding: 'utf8', flag: 'a+' }) !== text) writeFileSync(docPath, text);
  console.log('docs/compatibility.md updated');
}
