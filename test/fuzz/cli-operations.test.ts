/**
 * `check --operation NAME` for each of the nine operations over bad files beside a good one (not
 * JSON, a BOM, empty, a directory, missing, JSON lines, huge numbers), in every format: each bad
 * file named (with line:column where it is JSON gone wrong), the good one still checked, exit 2,
 * never "internal error". The built CLI (`npm run build` first, as test/cli/built.test.ts) and the
 * source run with tsx, which the README's development notes use too.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importRequest } from '../../src/arbitraries/index.js';
import { CONTRACT_OPERATIONS } from '../../src/contract/operations.js';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const BIN = join(ROOT, 'dist/esm/cli/main.js');
const SOURCE = join(ROOT, 'src/cli/main.ts');
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const directory = mkdtempSync(join(tmpdir(), 'fuzz-cli-operations-'));

beforeAll(() => {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run npm run build first`);
});
afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

function run(args: readonly string[], source = false): { code: number | null; stdout: string; stderr: string } {
  // tsx is found from the package's folder (the temporary folder has no node_modules).
  const command = source ? ['--import', 'tsx', SOURCE] : [BIN];
  const result = spawnSync(process.execPath, [...command, ...args], { cwd: source ? ROOT : directory, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Bad files and what the report must say of each (its name, then where). */
const BAD: readonly (readonly [string, string | Uint8Array, RegExp])[] = [
  ['not-json.json', 'not json', /not-json\.json:1:1: /],
  ['truncated.json', '{"a":', /truncated\.json:1:6: /],
  ['empty.json', '', /empty\.json: is empty/],
  ['lines.json', '{}\n{}\n', /lines\.json:2:1: /],
  ['not-utf8.json', Uint8Array.from([0x7b, 0xc3, 0x28, 0x7d]), /not-utf8\.json: /],
];

describe('check --operation NAME over bad files beside a good one', () => {
  // Text for each operation, and json or sarif by turns: every format meets every kind of bad file, in under 10 s.
  it.each(CONTRACT_OPERATIONS.map((operation, index) => [operation, index % 2 === 0 ? 'json' : 'sarif'] as const))('names every bad %s file where it goes wrong, checks the good one and exits 2, as text and %s', (operation, other) => {
    const folder = join(directory, operation);
    mkdirSync(join(folder, 'no-json-here.json'), { recursive: true });
    const [good] = fc.sample(importRequest(operation, { shape: 'cli' }), { numRuns: 1, seed: 42 });
    writeFileSync(join(folder, 'good.json'), `\uFEFF${JSON.stringify(good)}`);
    writeFileSync(join(folder, 'huge.json'), '{"MaxResults": 1e400, "limit": 123456789012345678901234567890}');
    for (const [name, content] of BAD) writeFileSync(join(folder, name), content);
    const paths = [...BAD.map(([name]) => name), 'no-json-here.json', 'missing.json', 'huge.json', 'good.json'].map((name) => join(operation, name));
    for (const format of ['text', other] as const) {
      const { code, stdout, stderr } = run(['check', '--no-policy', '--operation', operation, '--format', format, ...paths]);
      const output = `${stdout}\n${stderr}`;
      expect(code, output).toBe(2);
      expect(output).not.toMatch(/internal error/i);
      for (const [, , where] of BAD) expect(stderr).toMatch(where);
      expect(stderr).toMatch(/no-json-here\.json: is a directory with no \.json files in it/);
      expect(stderr).toMatch(/missing\.json: does not exist/);
      // The good file (a BOM before it) and the huge numbers are checked: reported, or counted as checked.
      if (format === 'text') expect(stdout).toMatch(/checked 2 documents in 2 files/);
      if (format === 'json') expect((JSON.parse(stdout) as { file: string }[]).map((entry) => entry.file).sort()).toEqual([join(operation, 'good.json'), join(operation, 'huge.json')]);
      if (format === 'sarif') expect(JSON.parse(stdout)).toMatchObject({ version: '2.1.0' });
    }
  });

  it('runs from the source with tsx too: --version reads the package.json above src, and --format sarif writes its log', () => {
    expect(run(['--version'], true)).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    const file = join(directory, 'retry.json');
    writeFileSync(file, JSON.stringify({ ImportId: '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b' }));
    const { code, stdout, stderr } = run(['check', '--no-policy', '--operation', 'GetImport', '--format', 'sarif', file], true);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ version: '2.1.0', runs: [{ tool: { driver: { version } } }] });
  });
});
