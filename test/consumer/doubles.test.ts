import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConsumerProject, repoRoot, run, runNode, type ConsumerProject } from './consumer-project.js';

/** The consumer brings its own copies of the optional peers the doubles (and the Vitest matchers) use, at the versions this repository tests with. */
const PEERS = ['msw', 'aws-sdk-client-mock', '@aws-sdk/client-cloudtrail', 'vitest'].map((name) => {
  const { version } = JSON.parse(readFileSync(join(repoRoot, 'node_modules', name, 'package.json'), 'utf8')) as { version: string };
  return `${name}@${version}`;
});

const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc');

describe('the packed package, with the consumer’s own msw, aws-sdk-client-mock, SDK and Vitest', () => {
  let project: ConsumerProject;

  beforeAll(async () => {
    project = await createConsumerProject();
    const installed = await run(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', ...PEERS], project.dir);
    expect(installed.code, installed.stderr).toBe(0);
  }, 240_000);

  afterAll(async () => {
    await project.remove();
  });

  it.each([
    ['an ES module', 'doubles-esm.mjs'],
    ['CommonJS', 'doubles-cjs.cjs'],
  ])('runs the fake, the msw handlers, the client plugin, the client-mock helpers and the side-effect-free matchers from %s', async (_name, script) => {
    const result = await runNode([script], project.dir);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      matchers: { valid: true, invalid: false, touchedGlobalExpect: false },
      msw: { status: 'INITIALIZING', startIsDate: true, notFound: true, recorded: ['StartImport 200', 'GetImport 404'], sentOnlyValid: true },
      clientPlugin: { refused: true, codes: ['import-id-invalid'], sent: 0 },
      clientMock: { imports: [true], notFound: true },
    });
  });

  it('type-checks the README’s typed claims (FakeOutcome, the recorders’ narrowing, the plugin’s error, checkedImportOperation, the Vitest matchers) under nodenext', async () => {
    const result = await runNode([tsc, '-p', 'tsconfig.readme.json'], project.dir);
    expect({ code: result.code, diagnostics: `${result.stdout}${result.stderr}` }).toEqual({ code: 0, diagnostics: '' });
  });

  // The README's advice for matchers registered in a setup file the tsconfig does not include.
  it.each(['nodenext', 'bundler'])('declares the Vitest matchers through the tsconfig `types` entry "cloudtrail-import-contract/vitest" alone, with moduleResolution %s', async (resolution) => {
    const result = await runNode([tsc, '-p', `tsconfig.vitest-${resolution}.json`], project.dir);
    expect({ code: result.code, diagnostics: `${result.stdout}${result.stderr}` }).toEqual({ code: 0, diagnostics: '' });
  });
});
