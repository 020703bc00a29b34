/**
 * Nothing shipped points at a file that is not shipped: the README, the changelog, `docs/`, the
 * schemas and the declarations of `dist/` (which editors show as documentation) link and name
 * only files of the package. The package's files come from package.json `files` and the file
 * system, so no pack is needed; the declarations need `npm run build` first (`npm test` does it).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchorsOf, lands, referencesIn, shippedFiles, slug, unshippedRoots } from './support/shipped-references.js';

const root = join(import.meta.dirname, '..');
const { files } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { readonly files: readonly string[] };
const shipped = shippedFiles(root, files);
const roots = unshippedRoots(root, files);
const anchorCache = new Map<string, Set<string>>();
const anchors = (file: string): Set<string> => {
  let found = anchorCache.get(file);
  if (found === undefined) anchorCache.set(file, (found = anchorsOf(readFileSync(join(root, file), 'utf8'))));
  return found;
};

/** The references of a shipped file that land on no shipped file, as `target (link|mention)`. */
function strayReferences(file: string, text = readFileSync(join(root, file), 'utf8')): string[] {
  return referencesIn(file, text, roots).filter((reference) => !lands(reference, file, shipped, anchors)).map((reference) => `${reference.target} (${reference.kind})`);
}

describe('shippedFiles', () => {
  it('lists the package files of package.json `files`, read from the file system', () => {
    expect(shipped).toContain('README.md');
    expect(shipped).toContain('docs/contract.md');
    expect(shipped).toContain('schemas/start-import-request.schema.json');
    expect([...shipped].filter((file) => /^(src|test|fixtures|examples|bench|scripts)\//.test(file))).toEqual([]);
  });
});

describe('unshippedRoots', () => {
  it('names the repository folders and Markdown files the package leaves out', () => {
    expect(roots).toEqual(expect.arrayContaining(['src/', 'test/', 'fixtures/', 'examples/', 'bench/', 'scripts/', 'CONTRIBUTING.md', 'docs/architecture.md']));
    expect(roots).not.toContain('docs/');
    expect(roots).not.toContain('README.md');
  });
});

describe('slug', () => {
  it('makes the anchors GitHub makes', () => {
    expect(slug("The import role's policies")).toBe('the-import-roles-policies');
    expect(slug('ESLint plugin (`cloudtrail-import-contract/eslint`)')).toBe('eslint-plugin-cloudtrail-import-contracteslint');
    expect(slug('Check a request, or every request your builder makes')).toBe('check-a-request-or-every-request-your-builder-makes');
  });
});

describe('the stray-reference check', () => {
  it('reports a link to an unshipped file, a missing anchor, and a mention of an unshipped folder or Markdown file', () => {
    const text = [
      'See [the bench](bench/README.md), [the spec](docs/contract.md#no-such-heading) and [up](#install).',
      'The corpus is `fixtures/requests`; CONTRACT.md is the specification.',
      '## Install',
    ].join('\n');
    expect(strayReferences('README.md', text)).toEqual(['bench/README.md (link)', 'docs/contract.md#no-such-heading (link)', 'fixtures/requests (mention)', 'CONTRACT.md (mention)']);
  });

  it('accepts shipped files, absolute URLs, and paths of the user’s own code in code blocks', () => {
    const text = [
      'See [the spec](docs/contract.md#shapes), [a rule](docs/rules/valid-import-id.md), [LICENSE](LICENSE) and [npm](https://www.npmjs.com/).',
      '```ts',
      "import { build } from '../src/build.js';",
      "export default [{ files: ['src/**/*.ts'] }];",
      '```',
    ].join('\n');
    expect(strayReferences('README.md', text)).toEqual([]);
  });

  it('resolves a doc page’s links from its own folder', () => {
    expect(strayReferences('docs/rules/x.md', 'See [the spec](../contract.md#policies) and [a sibling](valid-import-id.md).')).toEqual([]);
    expect(strayReferences('docs/rules/x.md', 'See [the spec](contract.md).')).toEqual(['contract.md (link)']);
  });

  it('reports an unshipped path named in a declaration’s doc comment', () => {
    expect(strayReferences('dist/esm/x.d.ts', "/** See CONTRACT.md; @example runCli(['check', 'fixtures/requests']) */")).toEqual(['CONTRACT.md (mention)', 'fixtures/requests (mention)']);
  });
});

describe('the shipped documents', () => {
  const documents = [...shipped].filter((file) => file.endsWith('.md') || (file.startsWith('schemas/') && file.endsWith('.json')));

  it.each(documents)('%s points only at shipped files', (file) => {
    expect(strayReferences(file)).toEqual([]);
  });

  it('the declarations of dist/ point only at shipped files', () => {
    expect(existsSync(join(root, 'dist/esm/index.d.ts')), 'dist/ is missing: run `npm run build` first').toBe(true);
    const declarations = [...shipped].filter((file) => file.endsWith('.d.ts'));
    expect(declarations.flatMap((file) => strayReferences(file).map((stray) => `${file}: ${stray}`))).toEqual([]);
  });
});
