import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withCatalogueTable } from '../scripts/catalogue-table.js';
import { ruleCatalogue } from '../src/index.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const scripts = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> }).scripts;

describe('README.md', () => {
  it('lists the catalogue exactly as ruleCatalogue has it (run `npm run docs` after changing a rule)', () => {
    expect(readme).toBe(withCatalogueTable(readme));
  });

  it('names every catalogue code in its table', () => {
    for (const { code } of ruleCatalogue) expect(readme).toContain(`| \`${code}\` |`);
  });

  it('has a Quick start of exactly two commands, both npm scripts that exist', () => {
    const quickStart = readme.slice(readme.indexOf('## Quick start'), readme.indexOf('## Library'));
    const block = /```sh\n([\s\S]*?)```/.exec(quickStart)?.[1] ?? '';
    const commands = block.split('\n').filter((line) => line.trim() !== '').map((line) => line.replace(/#.*$/, '').trim());
    expect(commands).toEqual(['npm ci && npm run demo', 'npm test']);
    expect(Object.keys(scripts)).toEqual(expect.arrayContaining(['demo', 'test']));
  });
});
