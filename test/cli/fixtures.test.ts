/**
 * The fixture corpus, through the CLI: every fixture reports exactly its expected violations
 * with `--format json`, and every folder exits as its name says.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JsonDocument } from '../../src/cli/index.js';
import { FIXTURES, loadFixtures, type Fixture } from '../support/fixtures.js';
import { cli, tempDir } from './helpers.js';

const KIND = { requests: 'request', responses: 'response', errors: 'error' } as const;

async function options(fixture: Fixture): Promise<string[]> {
  const argv = ['--kind', KIND[fixture.kind]];
  if (fixture.kind !== 'errors') argv.push('--shape', fixture.shape);
  if (fixture.status !== undefined) argv.push('--status', String(fixture.status));
  if (fixture.request !== undefined) {
    const request = join(await tempDir(), 'request.json');
    await writeFile(request, JSON.stringify(fixture.request));
    argv.push('--request', request);
  }
  return argv;
}

function summary(documents: readonly JsonDocument[]): string[] {
  return documents
    .flatMap((document) =>
      document.violations.map((v) => `${document.index === undefined ? '' : `#${document.index} `}${v.severity} ${v.code} ${v.path === '' ? '(root)' : v.path}`),
    )
    .sort();
}

function expected(fixture: Fixture): string[] {
  return fixture.expected.map((e) => `${e.index === undefined ? '' : `#${e.index} `}${e.severity} ${e.code} ${e.path === '' ? '(root)' : e.path}`).sort();
}

describe('check on the fixture corpus', () => {
  it.each(loadFixtures().map((fixture) => [fixture.name, fixture] as const))('%s reports exactly its expected violations', async (name, fixture) => {
    const { code, stdout, stderr } = await cli(['check', '--format', 'json', ...(await options(fixture)), name], FIXTURES);
    expect(stderr).toBe('');
    expect(summary(JSON.parse(stdout) as JsonDocument[])).toEqual(expected(fixture));
    expect(code).toBe(fixture.valid ? 0 : 1);
  });

  it.each([
    ['requests/valid', 'request', 0],
    ['requests/invalid', 'request', 1],
    ['responses/valid', 'response', 0],
    ['responses/invalid', 'response', 1],
    ['errors/valid', 'error', 0],
    ['errors/invalid', 'error', 1],
  ])('exits as the folder %s says (--kind %s: %i), reading only its .json files', async (folder, kind, exitCode) => {
    const { code, stdout, stderr } = await cli(['check', '--kind', kind, '--format', 'json', folder], FIXTURES);
    expect(stderr).toBe('');
    expect(code).toBe(exitCode);
    const files = new Set((JSON.parse(stdout) as JsonDocument[]).map((document) => document.file));
    const names = loadFixtures().filter((fixture) => fixture.name.startsWith(`${folder}/`)).map((fixture) => fixture.name);
    expect([...files]).toEqual(names);
  });
});
