import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withCatalogueTable } from '../scripts/catalogue-table.js';
import { ruleCatalogue } from '../src/index.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  readonly scripts: Readonly<Record<string, string>>;
  readonly peerDependencies: Readonly<Record<string, string>>;
  readonly exports: Readonly<Record<string, unknown>>;
};

/** The text of the `## <heading>` section (up to the next `## `). */
function section(heading: string): string {
  const start = readme.indexOf(`\n## ${heading}\n`);
  if (start < 0) return '';
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

describe('README.md', () => {
  it('lists the catalogue exactly as ruleCatalogue has it (run `npm run docs` after changing a rule)', () => {
    expect(readme).toBe(withCatalogueTable(readme));
  });

  it('names every catalogue code in its table', () => {
    for (const { code } of ruleCatalogue) expect(readme).toContain(`| \`${code}\` |`);
  });

  it('opens with what the package is, then how to install it', () => {
    const headings = [...readme.matchAll(/^## (.+)$/gm)].map((match) => match[1]);
    expect(headings.slice(0, 2)).toEqual(['Install', 'Getting started']);
    expect(section('Install')).toContain('```sh\nnpm i -D cloudtrail-import-contract\n```');
  });

  it('says, in Install, which optional peer each surface needs, with the range package.json gives it', () => {
    const install = section('Install');
    for (const [name, range] of Object.entries(packageJson.peerDependencies)) {
      expect(install, name).toContain(`\`${name}\` (\`${range.replace(/\|/g, '\\|')}\`)`);
    }
    for (const subpath of Object.keys(packageJson.exports).filter((key) => !key.includes('*') && key !== './package.json')) {
      expect(install, subpath).toContain(`\`cloudtrail-import-contract${subpath.slice(1)}\``);
    }
  });

  it('names in Limits only limits the root exports (or the plan and policy subpaths\' own), each with the value the table gives', async () => {
    const root = { ...(await import('../src/plan/index.js')), ...(await import('../src/policy/index.js')), ...(await import('../src/index.js')) } as unknown as Readonly<Record<string, unknown>>;
    const rows = [...section('Limits').matchAll(/^\| [^|]*\(`(MAX_[A-Z_]+)`[),][^|]* \| ([\d,]+)/gm)];
    expect(rows.map(([, name]) => name)).toEqual(expect.arrayContaining(['MAX_LISTING_VALUE_BYTES', 'MAX_POLICY_GLOBS', 'MAX_JSON_DEPTH']));
    expect(rows.length).toBeGreaterThanOrEqual(9);
    for (const [, name, value] of rows) expect({ name, value: root[name as string] }).toEqual({ name, value: Number((value as string).replaceAll(',', '')) });
  });

  it('has a "Quick start (from a clone)" section of exactly two commands, both npm scripts that exist', () => {
    const block = /```sh\n([\s\S]*?)```/.exec(section('Quick start (from a clone)'))?.[1] ?? '';
    const commands = block.split('\n').filter((line) => line.trim() !== '').map((line) => line.replace(/#.*$/, '').trim());
    expect(commands).toEqual(['npm ci && npm run demo', 'npm test']);
    expect(Object.keys(packageJson.scripts)).toEqual(expect.arrayContaining(['demo', 'test']));
  });
});
