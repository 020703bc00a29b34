import { symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BAD_REGION, cli, json, lines, NEW_IMPORT, tempDir } from './helpers.js';

const SKIPPED = 'checked 1 document in 1 file: 0 invalid, 0 errors, 0 warnings; 1 input could not be checked';

describe('check on a directory holding a .json symlink that leads nowhere', () => {
  it('reports a dangling symlink by name and exits 2, as when it is named directly', async () => {
    const cwd = await tempDir({ 'dir/good.json': json(NEW_IMPORT) });
    await symlink(join(cwd, 'dir', 'gone.json'), join(cwd, 'dir', 'link.json'));
    const inDirectory = await cli(['check', 'dir'], cwd);
    expect(inDirectory).toEqual({ code: 2, stdout: `${SKIPPED}\n`, stderr: 'dir/link.json: is a dangling symbolic link (what it points to does not exist)\n' });
    const named = await cli(['check', 'dir/link.json'], cwd);
    expect(named.code).toBe(2);
    expect(named.stderr).toBe('dir/link.json: is a dangling symbolic link (what it points to does not exist)\n');
  });

  it('reports a symlink that loops by name and exits 2', async () => {
    const cwd = await tempDir({ 'dir/good.json': json(NEW_IMPORT) });
    await symlink(join(cwd, 'dir', 'b.json'), join(cwd, 'dir', 'a.json'));
    await symlink(join(cwd, 'dir', 'a.json'), join(cwd, 'dir', 'b.json'));
    const { code, stdout, stderr } = await cli(['check', 'dir'], cwd);
    expect(code).toBe(2);
    expect(lines(stderr)).toEqual(['dir/a.json: cannot be read (a symbolic link that leads back to itself)', 'dir/b.json: cannot be read (a symbolic link that leads back to itself)']);
    expect(stdout).toBe('checked 1 document in 1 file: 0 invalid, 0 errors, 0 warnings; 2 inputs could not be checked\n');
  });

  it('still skips a .json symlink to a directory (a cycle guard) and still reads one to a file', async () => {
    const cwd = await tempDir({ 'dir/good.json': json(NEW_IMPORT), 'elsewhere/bad.json': json(BAD_REGION) });
    await symlink(join(cwd, 'elsewhere'), join(cwd, 'dir', 'folder.json'));
    await symlink(join(cwd, 'elsewhere', 'bad.json'), join(cwd, 'dir', 'to-bad.json'));
    const { code, stdout, stderr } = await cli(['check', 'dir'], cwd);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(lines(stdout)[0]).toMatch(/^dir\/to-bad\.json:8:7: /);
  });
});

describe('check on files whose names hold control or bidi characters', () => {
  it.each([
    ['a line break', 'new\nline.json', 'new\\nline.json'],
    ['U+202E (right-to-left override)', 'evil\u202Enosj.json', 'evil\\u202enosj.json'],
    ['a tab and U+2028', 'a\tb\u2028c.json', 'a\\tb\\u2028c.json'],
  ])('prints a name with %s escaped, one report line per violation', async (_what, name, printed) => {
    const cwd = await tempDir({ [`dir/${name}`]: json(BAD_REGION) });
    const { code, stdout } = await cli(['check', 'dir'], cwd);
    expect(code).toBe(1);
    const [line, summary, ...rest] = stdout.split('\n');
    expect(line).toMatch(new RegExp(`^dir/${printed.replace(/[\\.]/g, (c) => `\\${c}`)}:8:7: `));
    expect(summary).toMatch(/^checked 1 document in 1 file/);
    expect(rest).toEqual(['']);
  });

  it('escapes the name on stderr too, and keeps it whole in --format json', async () => {
    const name = 'cut\n\u202E.json';
    const cwd = await tempDir({ [name]: '{"ImportId": ' });
    const text = await cli(['check', name], cwd);
    expect(text.stderr).toBe('cut\\n\\u202e.json:1:13: unexpected end of JSON (truncated?)\n');
    const good = await tempDir({ [name]: json(NEW_IMPORT) });
    const asJson = await cli(['check', '--format', 'json', name], good);
    expect((JSON.parse(asJson.stdout) as { file: string }[])[0]?.file).toBe(name);
  });
});

describe('plan and check-role on files whose names hold control characters', () => {
  it('plan prints a missing listing name escaped', async () => {
    const cwd = await tempDir({ 'request.json': json(NEW_IMPORT) });
    const { code, stderr } = await cli(['plan', '--request', 'request.json', '--listing', 'gone\n\u202E.json'], cwd);
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe('gone\\n\\u202e.json: does not exist');
  });

  it('check-role prints a missing document name escaped', async () => {
    const cwd = await tempDir({ 'request.json': json(NEW_IMPORT) });
    const { code, stderr } = await cli(['check-role', '--request', 'request.json', '--trust', 'x\ny.json', '--permissions', 'request.json'], cwd);
    expect(code).toBe(2);
    expect(stderr).toContain('x\\ny.json: does not exist');
    expect(stderr).not.toContain('x\ny.json');
  });
});

describe('check on a file starting with a UTF-8 byte order mark', () => {
  it('reads it as the same JSON and places violations where an editor shows them', async () => {
    const cwd = await tempDir({ 'bom.json': new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(json(BAD_REGION))]) });
    const { code, stdout } = await cli(['check', 'bom.json'], cwd);
    expect(code).toBe(1);
    expect(lines(stdout)[0]).toMatch(/^bom\.json:8:7: /);
  });

  it('places the violations of a file holding an array, on one line, as in the same file without the mark', async () => {
    const text = JSON.stringify([NEW_IMPORT, BAD_REGION, { ...BAD_REGION, Note: 'é😀' }, BAD_REGION]);
    const cwd = await tempDir({ 'bom.json': new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]), 'plain.json': text });
    const [bom, plain] = [await cli(['check', 'bom.json'], cwd), await cli(['check', 'plain.json'], cwd)];
    expect(bom.stdout.replaceAll('bom.json', 'plain.json')).toBe(plain.stdout);
    // After the third element, columns count é and 😀 as three UTF-16 code units (the first request has a Region too).
    const regions = lines(plain.stdout).filter((line) => line.includes(' s3-bucket-region-invalid: '));
    const columns = regions.map((line) => Number(/^plain\.json:1:(\d+): /.exec(line)?.[1]));
    expect(columns).toEqual([1, 2, 3].map((n) => nthIndexOf(text, '"S3BucketRegion"', n) + 1));
  });
});

/** Where the `n`-th (0-based) occurrence of `part` starts in `text`. */
function nthIndexOf(text: string, part: string, n: number): number {
  let at = text.indexOf(part);
  for (let i = 0; i < n; i += 1) at = text.indexOf(part, at + 1);
  return at;
}

describe('check given a file whose name starts with -', () => {
  it('refuses it as an unknown option, saying how to name it, with exit 2: none of its letters acts (its h used to print the help and exit 0, checking nothing)', async () => {
    const cwd = await tempDir({ '-dash.json': json(NEW_IMPORT), 'small.json': json(NEW_IMPORT) });
    const { code, stdout, stderr } = await cli(['check', '-dash.json', 'small.json'], cwd);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(lines(stderr)[0]).toMatch(/^cloudtrail-import-contract: unknown check option '-dash\.json' \(options: .*\) \(a PATH that starts with - goes after -- or as \.\/-dash\.json\)$/);
  });

  it('checks it after -- or written ./-dash.json', async () => {
    const cwd = await tempDir({ '-dash.json': json(NEW_IMPORT) });
    expect((await cli(['check', '--', '-dash.json'], cwd)).code).toBe(0);
    expect((await cli(['check', './-dash.json'], cwd)).code).toBe(0);
  });
});
