import { execFileSync } from 'node:child_process';
import { chmod, symlink } from 'node:fs/promises';
import type * as FsPromises from 'node:fs/promises';
import { join, sep } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { BAD_REGION, cli, json, lines, NEW_IMPORT, tempDir } from './helpers.js';

// A subdirectory that cannot be listed. As root (CI may run so) a chmod 000 folder is still
// readable, so readdir is made to fail for folders named `locked` (the real readdir elsewhere).
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof FsPromises>();
  return {
    ...actual,
    readdir: vi.fn((...args: Parameters<typeof actual.readdir>) => {
      const [path] = args;
      if (String(path).endsWith(`${sep}locked`)) return Promise.reject(Object.assign(new Error(`EACCES: permission denied, scandir '${String(path)}'`), { code: 'EACCES' }));
      return (actual.readdir as (...a: typeof args) => ReturnType<typeof actual.readdir>)(...args);
    }),
  };
});

describe('check on a directory whose subdirectory cannot be listed', () => {
  it('names the subdirectory, still checks every other file of the tree, and exits 2', async () => {
    const cwd = await tempDir({ 'dir/m/bad.json': json(BAD_REGION), 'dir/ok.json': json(NEW_IMPORT), 'dir/locked/hidden.json': json(NEW_IMPORT) });
    const { code, stdout, stderr } = await cli(['check', '--format', 'json', 'dir'], cwd);
    expect(code).toBe(2);
    expect(stderr).toBe('dir/locked: cannot be read (permission denied)\n');
    const reports = JSON.parse(stdout) as { file: string; valid: boolean }[];
    expect(reports.map(({ file, valid }) => [file, valid])).toEqual([
      ['dir/m/bad.json', false],
      ['dir/ok.json', true],
    ]);
  });

  it('still refuses the directory itself when it cannot be listed', async () => {
    const cwd = await tempDir({ 'locked/a.json': json(NEW_IMPORT), 'ok.json': json(NEW_IMPORT) });
    const { code, stdout, stderr } = await cli(['check', 'locked', 'ok.json'], cwd);
    expect(code).toBe(2);
    expect(stderr).toBe('locked: cannot be read (permission denied)\n');
    expect(lines(stdout).at(-1)).toBe('checked 1 document in 1 file: 0 invalid, 0 errors, 0 warnings; 1 input could not be checked');
  });
});

describe('check on a directory holding .json entries that are no regular files', () => {
  it('names a FIFO and a symlink to a device as it does when they are named directly, and checks the rest', async () => {
    const cwd = await tempDir({ 'dir/ok.json': json(NEW_IMPORT) });
    execFileSync('mkfifo', [join(cwd, 'dir', 'pipe.json')]);
    await symlink('/dev/null', join(cwd, 'dir', 'null.json'));
    const { code, stdout, stderr } = await cli(['check', 'dir'], cwd);
    expect(code).toBe(2);
    expect(lines(stderr)).toEqual(['dir/null.json: is not a regular file or a directory', 'dir/pipe.json: is not a regular file or a directory']);
    expect(stdout).toBe('checked 1 document in 1 file: 0 invalid, 0 errors, 0 warnings; 2 inputs could not be checked\n');
    const named = await cli(['check', 'dir/pipe.json'], cwd);
    expect(named.stderr).toBe('dir/pipe.json: is not a regular file or a directory\n');
  });
});

describe.skipIf(process.getuid?.() === 0)('check on a directory with a subdirectory the user may not read (chmod 000)', () => {
  it('names it and checks the rest', async () => {
    const cwd = await tempDir({ 'dir/ok.json': json(NEW_IMPORT), 'dir/shut/a.json': json(NEW_IMPORT) });
    await chmod(join(cwd, 'dir', 'shut'), 0o000);
    try {
      const { code, stdout, stderr } = await cli(['check', 'dir'], cwd);
      expect(code).toBe(2);
      expect(stderr).toBe('dir/shut: cannot be read (permission denied)\n');
      expect(lines(stdout).at(-1)).toBe('checked 1 document in 1 file: 0 invalid, 0 errors, 0 warnings; 1 input could not be checked');
    } finally {
      await chmod(join(cwd, 'dir', 'shut'), 0o755);
    }
  });
});

describe('check on a folder that holds the organisation policy file', () => {
  it('uses cloudtrail-import-policy.json as the policy and does not check it as a request; named, it is checked as one', async () => {
    const cwd = await tempDir({ 'cloudtrail-import-policy.json': json({ version: 1, rules: { 'retry-forbidden': {} } }), 'requests/new.json': json(NEW_IMPORT) });
    const { code, stdout, stderr } = await cli(['check', '.'], cwd);
    expect(code).toBe(0);
    expect(stderr).toContain('using policy cloudtrail-import-policy.json');
    expect(lines(stdout).at(-1)).toBe('checked 1 document in 1 file: 0 invalid, 0 errors, 0 warnings');
    expect((await cli(['check', '--no-policy', 'cloudtrail-import-policy.json'], cwd)).code).toBe(1);
  });
});
