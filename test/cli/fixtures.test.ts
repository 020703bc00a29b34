/**
 * The fixture corpus, through the CLI: every fixture reports exactly its expected violations
 * with `--format json`, and every folder exits as its name says; the HTTP requests of
 * fixtures/wire with `--kind wire` (and the `--service` their `.expect` names).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JsonDocument } from '../../src/cli/index.js';
import { FIXTURES, loadFixtures, loadWireFixtures, type Fixture } from '../support/fixtures.js';
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

function expected(fixture: Pick<Fixture, 'expected'>): string[] {
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

describe('check --kind wire on the HTTP requests of fixtures/wire', () => {
  const wire = loadWireFixtures();

  it.each(wire.map((fixture) => [fixture.name, fixture] as const))('%s reports exactly its expected violations', async (name, fixture) => {
    const { code, stdout, stderr } = await cli(['check', '--kind', 'wire', '--service', fixture.service, '--format', 'json', name], FIXTURES);
    expect(stderr).toBe('');
    const documents = JSON.parse(stdout) as JsonDocument[];
    const [document, ...others] = documents;
    expect(others).toEqual([]);
    expect(document?.kind).toBe('wire');
    expect(summary(documents)).toEqual(expected(fixture));
    expect(code).toBe(fixture.valid ? 0 : 1);
  });

  it.each(['CloudTrail', 'CloudWatchLogs'] as const)('finds nothing in wire/valid but the requests sent to another service than --service %s', async (service) => {
    const { code, stdout, stderr } = await cli(['check', '--kind', 'wire', '--service', service, '--format', 'json', 'wire/valid'], FIXTURES);
    expect(stderr).toBe('');
    const documents = JSON.parse(stdout) as JsonDocument[];
    const valid = wire.filter((fixture) => fixture.name.startsWith('wire/valid/'));
    expect(documents.map((document) => document.file)).toEqual(valid.map((fixture) => fixture.name));
    // A request to the other service's endpoint names an operation this one does not have: its target, and nothing else.
    const flagged = documents.filter((document) => !document.valid);
    expect(flagged.map((document) => document.file)).toEqual(valid.filter((fixture) => fixture.service !== service).map((fixture) => fixture.name));
    for (const document of flagged) expect(document.violations.map((v) => `${v.code} ${v.path}`)).toEqual(['wire-target-unknown /headers/x-amz-target']);
    expect(code).toBe(flagged.length === 0 ? 0 : 1);
  });

  it('exits 1 on wire/invalid, naming every file', async () => {
    const { code, stdout, stderr } = await cli(['check', '--kind', 'wire', '--format', 'json', 'wire/invalid'], FIXTURES);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const names = wire.filter((fixture) => fixture.name.startsWith('wire/invalid/')).map((fixture) => fixture.name);
    expect((JSON.parse(stdout) as JsonDocument[]).map((document) => document.file)).toEqual(names);
  });
});
