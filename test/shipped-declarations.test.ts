/**
 * What the shipped documentation says about versions and Jest is true: no `@remarks Since` in the
 * declarations of dist/ (what editors show) names a release after this one, and every Jest setup
 * option a shipped file names (the built code's doc comments among them) is one Jest has.
 * Needs `npm run build` first (`npm test` does it).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shippedFiles } from './support/shipped-references.js';

const root = join(import.meta.dirname, '..');
const { files, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { readonly files: readonly string[]; readonly version: string };
const shipped = [...shippedFiles(root, files)];
const read = (file: string): string => readFileSync(join(root, file), 'utf8');

/** Compares two `major.minor.patch` versions: negative when `a` comes first. */
function compareVersions(a: string, b: string): number {
  const [pa, pb] = [a, b].map((text) => text.split('.').map(Number));
  for (let i = 0; i < 3; i += 1) {
    const difference = (pa?.[i] ?? 0) - (pb?.[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** Jest's configuration options, as the installed Jest's own defaults list them. */
const jestOptions = new Set(Object.keys((createRequire(createRequire(import.meta.url).resolve('jest/package.json'))('jest-config') as { defaults: object }).defaults));

describe('the declarations of dist/', () => {
  const declarations = shipped.filter((file) => file.endsWith('.d.ts'));

  it('exist (run `npm run build` first)', () => {
    expect(existsSync(join(root, 'dist/esm/index.d.ts'))).toBe(true);
  });

  it(`name no release after ${version} in an @remarks Since`, () => {
    const later = declarations.flatMap((file) =>
      [...read(file).matchAll(/@remarks Since (\d+\.\d+\.\d+)/g)].filter((match) => compareVersions(match[1] ?? '', version) > 0).map((match) => `${file}: Since ${match[1]}`),
    );
    expect(later).toEqual([]);
  });
});

describe('the shipped documentation', () => {
  it('names only Jest setup options that Jest has', () => {
    expect(jestOptions).toContain('setupFilesAfterEnv');
    const texts = shipped.filter((file) => /\.(js|ts|md)$/.test(file));
    const unknown = texts.flatMap((file) => [...read(file).matchAll(/\bsetupFiles\w*/g)].map((match) => match[0]).filter((name) => !jestOptions.has(name)).map((name) => `${file}: ${name}`));
    expect(unknown).toEqual([]);
  });
});
