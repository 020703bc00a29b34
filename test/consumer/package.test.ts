/**
 * The package as a user gets it: packed, installed from the tarball into a fresh project, then
 * loaded from ES modules and CommonJS, run as a bin, type-checked by a user's compiler settings,
 * and linted by publint and attw. Needs `npm run build` first (`npm test` does it).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { beforeAll, describe, expect, it } from 'vitest';
import * as source from '../../src/index.js';
import { createConsumerProject, repoRoot, run, runNode, type ConsumerProject } from './consumer-project.js';

interface RepoPackageJson {
  readonly name: string;
  readonly version: string;
  readonly dependencies: Readonly<Record<string, string>>;
  readonly peerDependenciesMeta: Readonly<Record<string, { readonly optional?: boolean }>>;
  readonly bin: Readonly<Record<string, string>>;
}

/** What `project/run-esm.mjs` and `project/run-cjs.cjs` print (see `project/report.cjs`). */
interface ConsumerReport {
  readonly resolved: string;
  readonly exports: readonly string[];
  readonly packageJson: { readonly name: string; readonly version: string };
  readonly schemas: Readonly<Record<string, string>>;
  readonly ruleCodes: readonly string[];
  readonly results: Readonly<Record<string, { readonly valid: boolean; readonly kind: string; readonly codes: readonly string[]; readonly formatted: string }>>;
  readonly privateSubpathError: string | null;
}

/** The part of `attw --format json` the test reads. */
interface AttwReport {
  readonly analysis: {
    readonly problems: readonly unknown[];
    readonly entrypoints: Readonly<Record<string, { readonly resolutions: Readonly<Record<string, { readonly resolution?: { readonly fileName: string } }>> }>>;
  };
}

const repoPackage = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as RepoPackageJson;
const schemaFiles = readdirSync(join(repoRoot, 'schemas')).filter((file) => file.endsWith('.json')).sort();
const schemaIds = Object.fromEntries(
  schemaFiles.map((file) => [file, (JSON.parse(readFileSync(join(repoRoot, 'schemas', file), 'utf8')) as { $id: string }).$id]),
);
const catalogueCodes = source.ruleCatalogue.map((entry) => entry.code);
const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc');
const attw = join(repoRoot, 'node_modules/@arethetypeswrong/cli/dist/index.js');
const installedRoot = '/node_modules/cloudtrail-import-contract/';
/** The subpaths with code, and the file of each build they lead to. */
const SUBPATHS: Readonly<Record<string, string>> = {
  './arbitraries': 'arbitraries/index',
  './fake': 'fake/index',
  './msw': 'msw/index',
  './client-mock': 'client-mock/index',
  './client-plugin': 'client-plugin/index',
  './matchers': 'matchers/index',
  './vitest': 'matchers/vitest',
  './jest': 'matchers/jest',
  './plan': 'plan/index',
  './role': 'role/index',
  './policy': 'policy/index',
};

const loaders = [
  { name: 'an ES module', script: 'run-esm.mjs', build: 'dist/esm/index.js' },
  { name: 'CommonJS', script: 'run-cjs.cjs', build: 'dist/cjs/index.js' },
] as const;
type Loader = (typeof loaders)[number];

/** Every object with a string `code` in a JSON value, in order: the catalogue entries the CLI printed. */
function codesIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(codesIn);
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  return typeof record['code'] === 'string' ? [record['code']] : Object.values(record).flatMap(codesIn);
}

describe('the packed package', () => {
  let project: ConsumerProject;
  const reports = new Map<Loader, Promise<ConsumerReport>>();

  beforeAll(async () => {
    project = await createConsumerProject();
    return project.remove;
  }, 180_000);

  /** Runs a loader script in the consumer once and parses what it printed. */
  function reportFrom(loader: Loader): Promise<ConsumerReport> {
    let report = reports.get(loader);
    if (report === undefined) {
      report = runNode([loader.script, ...schemaFiles], project.dir).then((result) => {
        expect(result.code, `node ${loader.script} failed:\n${result.stderr}`).toBe(0);
        return JSON.parse(result.stdout) as ConsumerReport;
      });
      reports.set(loader, report);
    }
    return report;
  }

  it('contains both builds with declarations, the schemas, package.json and its documents (the specification among them), and no sources or tests', () => {
    expect(project.packedFiles).toEqual(
      expect.arrayContaining([
        'package.json',
        'README.md',
        'CHANGELOG.md',
        'LICENSE',
        'docs/contract.md',
        'dist/esm/index.js',
        'dist/esm/index.d.ts',
        'dist/cjs/index.js',
        'dist/cjs/index.d.ts',
        'dist/cjs/package.json',
        ...schemaFiles.map((file) => `schemas/${file}`),
      ]),
    );
    expect(project.packedFiles.filter((file) => /^(src|test|bench|fixtures|scripts|data)\//.test(file))).toEqual([]);
  });

  it('installs from the tarball with its runtime dependencies and without its optional peers', () => {
    const installed = (name: string): boolean => existsSync(join(project.dir, 'node_modules', name, 'package.json'));
    expect(Object.keys(repoPackage.dependencies).filter((name) => !installed(name))).toEqual([]);
    const optionalPeers = Object.entries(repoPackage.peerDependenciesMeta).filter(([, meta]) => meta.optional === true);
    expect(optionalPeers.map(([name]) => name).filter(installed)).toEqual([]);
  });

  for (const loader of loaders) {
    it(`imports every subpath from ${loader.name}`, async () => {
      const report = await reportFrom(loader);
      expect(report.resolved.replaceAll('\\', '/')).toMatch(new RegExp(`/node_modules/cloudtrail-import-contract/${loader.build}$`));
      expect(report.exports).toEqual(Object.keys(source).sort());
      expect(report.packageJson).toEqual({ name: repoPackage.name, version: repoPackage.version });
      expect(report.schemas).toEqual(schemaIds);
      expect(report.ruleCodes).toEqual(catalogueCodes);
    });

    it(`validates a valid and an invalid request from ${loader.name}`, async () => {
      const { results } = await reportFrom(loader);
      expect(results).toMatchObject({
        'new import': { valid: true, kind: 'new', codes: [] },
        'new import (sdk)': { valid: true, kind: 'new', codes: [] },
        'new import (wire)': { valid: true, kind: 'new', codes: [] },
        retry: { valid: true, kind: 'retry', codes: [] },
        'reversed time range': { valid: false, kind: 'new', codes: expect.arrayContaining(['time-range-reversed']) as unknown },
        'malformed import id': { valid: false, kind: 'retry', codes: expect.arrayContaining(['import-id-invalid']) as unknown },
      });
      expect(results['malformed import id']?.formatted).toContain('/ImportId error import-id-invalid: ');
    });

    it(`keeps its internal files private from ${loader.name}`, async () => {
      expect((await reportFrom(loader)).privateSubpathError).toBe('ERR_PACKAGE_PATH_NOT_EXPORTED');
    });
  }

  it('gives the same answers from CommonJS as from an ES module', async () => {
    const [esm, cjs] = await Promise.all(loaders.map(reportFrom));
    expect(cjs?.results).toEqual(esm?.results);
  });

  it('installs a bin whose `rules --format json` prints the rule catalogue first', async () => {
    const [name, target] = Object.entries(repoPackage.bin)[0] ?? ['', ''];
    const file = target.replace(/^\.\//, '');
    expect(project.packedFiles, `the bin target ${file} is not in the tarball: is src/cli/main.ts written and built?`).toContain(file);
    const firstLine = (await readFile(join(project.dir, 'node_modules', repoPackage.name, file), 'utf8')).split('\n', 1)[0];
    expect(firstLine, `${file} needs a shebang for npm's bin link to run it`).toBe('#!/usr/bin/env node');

    const bin = join(project.dir, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
    const result = await run(bin, ['rules', '--format', 'json'], project.dir);
    expect(result.code, result.stderr).toBe(0);
    // The policy rules and the role checks follow the catalogue.
    expect(codesIn(JSON.parse(result.stdout)).slice(0, catalogueCodes.length)).toEqual(catalogueCodes);
  });

  it.each(['nodenext', 'bundler'])('type-checks a strict consumer (ESM and CommonJS files) with moduleResolution %s', async (resolution) => {
    const result = await runNode([tsc, '-p', join(project.dir, `tsconfig.${resolution}.json`)], project.dir);
    expect({ code: result.code, diagnostics: `${result.stdout}${result.stderr}` }).toEqual({ code: 0, diagnostics: '' });
  });

  it('passes publint with no errors or warnings', async () => {
    const { messages } = await publint({ pkgDir: repoRoot, pack: 'npm', level: 'suggestion' });
    const lines = messages.map((message) => `${message.type} ${message.code}: ${formatMessage(message, repoPackage, { color: false }) ?? ''}`);
    for (const line of lines.filter((text) => text.startsWith('suggestion'))) console.log(`publint ${line}`);
    expect(lines.filter((text) => !text.startsWith('suggestion'))).toEqual([]);
  });

  // attw cannot enumerate the `./schemas/*.json` pattern, so each schema is named as an entry point.
  it('resolves types for every entry point under node10, node16 (CJS and ESM) and bundler (attw)', async () => {
    const entrypoints = ['.', ...Object.keys(SUBPATHS), './package.json', ...schemaFiles.map((file) => `./schemas/${file}`)];
    const result = await runNode([attw, project.tarball, '--format', 'json', '--no-definitely-typed', '--entrypoints', ...entrypoints], project.dir);
    const { analysis } = JSON.parse(result.stdout) as AttwReport;
    expect(analysis.problems).toEqual([]);
    expect(result.code, result.stderr).toBe(0);

    const resolved = Object.fromEntries(
      Object.entries(analysis.entrypoints).map(([subpath, { resolutions }]) => [
        subpath,
        Object.fromEntries(Object.entries(resolutions).map(([kind, { resolution }]) => [kind, resolution?.fileName.replace(installedRoot, '')])),
      ]),
    );
    const everywhere = (file: string): Record<string, string> => ({ node10: file, 'node16-cjs': file, 'node16-esm': file, bundler: file });
    expect(resolved).toEqual({
      '.': { node10: 'dist/cjs/index.d.ts', 'node16-cjs': 'dist/cjs/index.d.ts', 'node16-esm': 'dist/esm/index.d.ts', bundler: 'dist/esm/index.d.ts' },
      ...Object.fromEntries(
        Object.entries(SUBPATHS).map(([subpath, file]) => [
          subpath,
          { node10: `dist/cjs/${file}.d.ts`, 'node16-cjs': `dist/cjs/${file}.d.ts`, 'node16-esm': `dist/esm/${file}.d.ts`, bundler: `dist/esm/${file}.d.ts` },
        ]),
      ),
      './package.json': everywhere('package.json'),
      ...Object.fromEntries(schemaFiles.map((file) => [`./schemas/${file}`, everywhere(`schemas/${file}`)])),
    });
  });
});
