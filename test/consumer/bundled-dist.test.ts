/**
 * The built dist/ as scripts/bundle-dist.ts bundles it: each source module one instance per format
 * whichever subpaths a user loads together, the root loading few files, and a user's bundler
 * keeping what the package runs for its effects. Needs `npm run build` first (`npm test` does it).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from './consumer-project.js';

/** At most this many files of dist/ load for the root export (136 before bundling; 2 now, see scripts/bundle-dist.ts). */
const MAX_ROOT_FILES = 3;

const request = readFileSync(join(repoRoot, 'fixtures/requests/valid/account-regional-bucket.json'), 'utf8');
const policyPath = join(repoRoot, 'fixtures/policies/org.json');
const badPolicyPath = join(repoRoot, 'fixtures/policies/bad-values.json');
const badJsonPolicyPath = join(repoRoot, 'fixtures/policies/bad-json.json');

/** What `identityScript` prints. */
interface IdentityReport {
  /** Names the root shares with /policy, /plan and /role whose values differ from the subpath's. */
  readonly differingRootNames: readonly string[];
  readonly sharedNames: number;
  readonly violationClassIsShared: boolean;
  /** A policy loaded by /policy, used by the root's validator: its codes. */
  readonly policyCodes: readonly string[];
  /** The root's validator given a bad policy path throws /policy's PolicyError. */
  readonly rootThrowsSubpathPolicyError: boolean;
  /** Whether jsonc-parser was loaded once the root and subpaths were, before any JSON syntax error. */
  readonly jsoncLoadedAtStart: boolean;
  /** What /policy says of a policy file with a JSON syntax error (jsonc-parser places it). */
  readonly syntaxError: string;
}

/** A script that loads the root and subpaths of one build with `load(subpath)` and prints an IdentityReport. */
const identityScript = (load: string): string => `
const load = ${load};
const loadedModules = (await import('node:module')).createRequire(import.meta.url).cache;
const root = await load('index.js');
const subpaths = { policy: await load('policy/index.js'), plan: await load('plan/index.js'), role: await load('role/index.js') };
const plugin = await load('client-plugin/index.js');
const differingRootNames = [];
let sharedNames = 0;
for (const module of Object.values(subpaths)) for (const [name, value] of Object.entries(module)) {
  if (name === '__esModule') continue;
  sharedNames += 1;
  if (root[name] !== value) differingRootNames.push(name);
}
const jsoncLoadedAtStart = Object.keys(loadedModules).some((file) => file.includes('jsonc-parser'));
let syntaxError = '';
try { subpaths.policy.loadImportPolicy(${JSON.stringify(badJsonPolicyPath)}); } catch (error) { syntaxError = error.message; }
const policy = subpaths.policy.loadImportPolicy(${JSON.stringify(policyPath)});
const policyCodes = root.validateStartImportRequest(${request}, { policy }).violations.map((violation) => violation.code);
let rootThrowsSubpathPolicyError = false;
try { root.validateStartImportRequest(${request}, { policy: ${JSON.stringify(badPolicyPath)} }); } catch (error) { rootThrowsSubpathPolicyError = error instanceof subpaths.policy.PolicyError; }
process.stdout.write(JSON.stringify({
  differingRootNames, sharedNames, policyCodes, rootThrowsSubpathPolicyError, jsoncLoadedAtStart, syntaxError,
  violationClassIsShared: root.ImportContractViolationError === plugin.ImportContractViolationError,
}));
`;

function runScript(args: readonly string[], cwd = repoRoot): string {
  return execFileSync(process.execPath, args, { cwd, encoding: 'utf8' });
}

const builds = [
  { name: 'ES modules', load: `(file) => import(${JSON.stringify(pathToFileURL(join(repoRoot, 'dist/esm')).href)} + '/' + file)` },
  { name: 'CommonJS', load: `async (file) => (await import('node:module')).createRequire(import.meta.url)(${JSON.stringify(join(repoRoot, 'dist/cjs'))} + '/' + file)` },
] as const;

beforeAll(() => {
  expect(existsSync(join(repoRoot, 'dist/esm/index.js')), 'dist/ is missing: run `npm run build` first').toBe(true);
});

describe.each(builds)('the built $name', ({ load }) => {
  let report: IdentityReport;
  beforeAll(() => {
    report = JSON.parse(runScript(['--input-type=module', '-e', identityScript(load)])) as IdentityReport;
  });

  it('gives the root the same values as /policy, /plan and /role, not copies', () => {
    expect(report.sharedNames).toBeGreaterThan(10);
    expect(report.differingRootNames).toEqual([]);
    expect(report.violationClassIsShared).toBe(true);
  });

  it('runs a policy that /policy loaded in the root validator, and throws /policy’s PolicyError for a bad one', () => {
    expect(report.policyCodes).toEqual(expect.arrayContaining(['policy/allowed-buckets']));
    expect(report.rootThrowsSubpathPolicyError).toBe(true);
  });

  it('loads jsonc-parser only for a text JSON.parse refused, and then places the syntax error', () => {
    expect(report.jsoncLoadedAtStart).toBe(false);
    expect(report.syntaxError).toContain('4:52: invalid JSON (PropertyNameExpected)');
  });
});

/** The files of dist/ an ES module loads: itself and, transitively, what it imports statically. */
function esmFilesOf(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const [, specifier = ''] of readFileSync(file, 'utf8').matchAll(/^(?:import|export) (?:[^"']*? from )?["'](\.[^"']+)["'];?$/gm)) esmFilesOf(join(dirname(file), specifier), seen);
  return seen;
}

describe('the root export of the build', () => {
  it(`loads at most ${MAX_ROOT_FILES} files of dist/ from CommonJS`, () => {
    const script = `require(${JSON.stringify(join(repoRoot, 'dist/cjs/index.js'))}); process.stdout.write(JSON.stringify(Object.keys(require.cache)));`;
    const loaded = (JSON.parse(runScript(['-e', script])) as string[]).filter((file) => file.startsWith(join(repoRoot, 'dist')));
    expect(loaded.length).toBeGreaterThan(0);
    expect(loaded.length).toBeLessThanOrEqual(MAX_ROOT_FILES);
  });

  it(`loads at most ${MAX_ROOT_FILES} files of dist/ from an ES module`, () => {
    const files = esmFilesOf(join(repoRoot, 'dist/esm/index.js'));
    for (const file of files) expect(existsSync(file), file).toBe(true);
    expect(files.size).toBeLessThanOrEqual(MAX_ROOT_FILES);
  });
});

describe('the root export bundled by a user’s bundler (esbuild, honouring package.json `sideEffects`)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cloudtrail-import-contract-bundled-'));
    mkdirSync(join(dir, 'node_modules'));
    // A junction on Windows (no privilege needed); a plain directory link elsewhere.
    symlinkSync(repoRoot, join(dir, 'node_modules/cloudtrail-import-contract'), 'junction');
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ['an ES module', 'esm', `import { validateStartImportRequest } from 'cloudtrail-import-contract';`],
    ['CommonJS', 'cjs', `const { validateStartImportRequest } = require('cloudtrail-import-contract');`],
  ] as const)('keeps the policy module that the root registers, from %s', async (_name, format, load) => {
    const app = join(dir, `app.${format === 'esm' ? 'mjs' : 'cjs'}`);
    const call = `validateStartImportRequest(${request}, { shape: 'cli', policy: ${JSON.stringify(policyPath)} })`;
    writeFileSync(app, `${load}\nconsole.log(JSON.stringify(${call}.violations.map((violation) => violation.code)));\n`);
    const outfile = join(dir, `out-${format}.${format === 'esm' ? 'mjs' : 'cjs'}`);
    await build({ entryPoints: [app], bundle: true, platform: 'node', format, outfile, logLevel: 'silent' });
    expect(JSON.parse(runScript([outfile], dir))).toEqual(expect.arrayContaining(['policy/allowed-buckets']));
  });
});
