import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as root from '../src/index.js';
import * as plan from '../src/plan/index.js';
import * as policy from '../src/policy/index.js';
import * as role from '../src/role/index.js';

const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  exports: Record<string, { import: Record<string, string>; require: Record<string, string> }>;
  typesVersions: { '*': Record<string, string[]> };
};

describe.each([
  ['plan', plan],
  ['policy', policy],
  ['role', role],
] as const)('cloudtrail-import-contract/%s', (name, module) => {
  it('has an export of its own, ES module and CommonJS, types first, and typesVersions for node10', () => {
    const entry = packageJson.exports[`./${name}`];
    expect(entry?.import).toEqual({ types: `./dist/esm/${name}/index.d.ts`, default: `./dist/esm/${name}/index.js` });
    expect(entry?.require).toEqual({ types: `./dist/cjs/${name}/index.d.ts`, default: `./dist/cjs/${name}/index.js` });
    expect(Object.keys(entry?.import ?? {})[0]).toBe('types');
    expect(packageJson.typesVersions['*'][name]).toEqual([`./dist/cjs/${name}/index.d.ts`]);
  });

  it('is still importable from the root, name by name, as the same values', () => {
    for (const [key, value] of Object.entries(module)) expect(root[key as keyof typeof root], key).toBe(value);
  });
});

describe('the deprecated root names', () => {
  it('are each marked @deprecated, naming the subpath to import from', () => {
    const source = readFileSync(new URL('../src/deprecated-exports.ts', import.meta.url), 'utf8');
    const declarations = [...source.matchAll(/\n(\/\*\* @deprecated Import it from `cloudtrail-import-contract\/(\w+)`[^\n]*\*\/\n)?export (?:const|type) (\w+)/g)];
    expect(declarations.length).toBeGreaterThan(0);
    for (const [, doc, , name] of declarations) expect(doc, name).toBeDefined();
  });
});
