/**
 * The built bin (dist/esm/cli/main.js) run as users run it, in a child process.
 * Needs `npm run build` first (CI builds before running vitest).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { symlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Log } from 'sarif';
import { beforeAll, describe, expect, it } from 'vitest';
import { BAD_REGION, json, lines, NEW_IMPORT, tempDir } from './helpers.js';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const BIN = join(ROOT, 'dist/esm/cli/main.js');
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

function run(args: readonly string[], options: { cwd?: string; input?: string; bin?: string } = {}): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [options.bin ?? BIN, ...args], { cwd: options.cwd ?? ROOT, input: options.input ?? '', encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the built cloudtrail-import-contract bin', () => {
  beforeAll(() => {
    if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run npm run build first`);
  });

  it('starts with a node shebang', () => {
    expect(readFileSync(BIN, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
  });

  it('prints the version of package.json, also when run through a symlink as npm installs it', async () => {
    expect(run(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    const link = join(await tempDir(), 'cloudtrail-import-contract');
    await symlink(BIN, link);
    expect(run(['--version'], { bin: link })).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('exits 1 on the invalid request fixtures and 0 on the valid ones', () => {
    const invalid = run(['check', 'fixtures/requests/invalid']);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toBe('');
    expect(lines(invalid.stdout).every((line) => line.startsWith('fixtures/requests/invalid/') || line.startsWith('checked '))).toBe(true);
    expect(run(['check', 'fixtures/requests/valid']).code).toBe(0);
  });

  it('reads stdin for - and exits 2 for a bad file while reporting the good one', async () => {
    const cwd = await tempDir({ 'cut.json': '{"ImportId": "4b9e' });
    const { code, stdout, stderr } = run(['check', 'cut.json', '-'], { cwd, input: json(BAD_REGION) });
    expect(code).toBe(2);
    expect(stderr).toBe('cut.json:1:19: unexpected end of JSON (truncated?)\n');
    expect(lines(stdout)[0]).toMatch(/^<stdin>:8:7: \/ImportSource\/S3\/S3BucketRegion error s3-bucket-region-invalid: /);
    expect(lines(stdout)[1]).toBe('checked 1 document in 1 file: 1 invalid, 1 error, 0 warnings; 1 input could not be checked');
  });

  it('exits with its own code and no stack trace when the reader closes the pipe early (| head)', async () => {
    // Far more output than a pipe buffers, so the CLI is still writing when the reader has gone.
    const cwd = await tempDir({ 'many.json': json(Array.from({ length: 3000 }, () => BAD_REGION)) });
    const script = `"${process.execPath}" "${BIN}" check many.json | head -c 1 >/dev/null; echo "\${PIPESTATUS[0]}"`;
    const { stdout, stderr } = spawnSync('bash', ['-c', script], { cwd, encoding: 'utf8' });
    expect(stderr).toBe('');
    expect(stdout).toBe('1\n');
  });

  it('writes SARIF with the package version', async () => {
    const cwd = await tempDir({ 'good.json': json(NEW_IMPORT) });
    const { code, stdout } = run(['check', '--format', 'sarif', 'good.json'], { cwd });
    expect(code).toBe(0);
    const log = JSON.parse(stdout) as Log;
    expect(log.runs[0]?.tool.driver.version).toBe(version);
  });

  it('exits 2 with a usage message for an unknown option', () => {
    expect(run(['check', '--frmat', 'json', 'x.json'])).toEqual({
      code: 2,
      stdout: '',
      stderr: "cloudtrail-import-contract: unknown check option '--frmat'; did you mean --format?\nRun 'cloudtrail-import-contract --help' for usage.\n",
    });
  });
});
