import { describe, expect, it } from 'vitest';
import { BAD_REGION, cli, json, lines, NEW_IMPORT, tempDir } from './helpers.js';

const SUMMARY_ONE_INVALID = 'checked 1 document in 1 file: 1 invalid, 1 error, 0 warnings';

/** Runs `check` on a bad file between two good ones and returns what it printed. */
async function checkBetween(bad: Readonly<Record<string, string | Uint8Array>>, badPath: string): Promise<{ code: number; stderr: string; stdout: string[] }> {
  const cwd = await tempDir({ 'a-invalid.json': json(BAD_REGION), ...bad, 'z-valid.json': json(NEW_IMPORT) });
  const { code, stdout, stderr } = await cli(['check', 'a-invalid.json', badPath, 'z-valid.json'], cwd);
  return { code, stderr, stdout: lines(stdout) };
}

describe('check with inputs that cannot be checked', () => {
  it('exits 2 and names the file with line:column when its JSON is truncated, still checking the others', async () => {
    const { code, stderr, stdout } = await checkBetween({ 'cut.json': '{\n  "Destinations": [\n    "arn:aws:cloudtrail"' }, 'cut.json');
    expect(code).toBe(2);
    expect(stderr).toBe('cut.json:3:25: unexpected end of JSON (truncated?)\n');
    expect(stdout[0]).toMatch(/^a-invalid\.json:8:7: \/ImportSource\/S3\/S3BucketRegion error s3-bucket-region-invalid: /);
    expect(stdout.slice(1)).toEqual(['checked 2 documents in 2 files: 1 invalid, 1 error, 0 warnings; 1 input could not be checked']);
  });

  it.each([
    ['a trailing comma', '{\n  "ImportId": "4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b",\n}\n', '2:53: trailing comma (not allowed in JSON)'],
    ['a comment', '{\n  // retry\n  "ImportId": "4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b"\n}\n', '2:3: comments are not allowed in JSON'],
    ['a single-quoted key', "{'ImportId': 1}", '1:2: single quotes are not allowed in JSON (use double quotes)'],
    ['a missing comma', '{\n  "a": 1\n  "b": 2\n}', "3:3: expected ',' between items"],
    ['two values', '{}\n{}\n', '2:1: unexpected content after the JSON value'],
    ['NaN', '{"StartEventTime": NaN}', "1:20: unexpected 'NaN'"],
    ['a long bad token, cut before a character it would split', `{"a": ${'x'.repeat(19)}\u{1F600}\u{1F600}}`, `1:7: unexpected '${'x'.repeat(19)}'…`],
    ['an escape character, shown escaped (a terminal would act on it)', '{"a": \u001b[31m}', "1:7: unexpected '\\u001b'"],
    // Read element by element: the elements before the broken one are checked, then dropped with the file.
    ['an array whose second element is cut', `[${JSON.stringify(BAD_REGION)},\n  {"a": tru}\n]`, "2:9: unexpected 'tru'"],
  ])('exits 2 and names the line:column of %s, which strict JSON forbids', async (_what, text, where) => {
    const { code, stderr, stdout } = await checkBetween({ 'loose.json': text }, 'loose.json');
    expect(code).toBe(2);
    expect(stderr).toBe(`loose.json:${where}\n`);
    expect(stdout).toHaveLength(2);
  });

  it('exits 2 and says an empty file is empty', async () => {
    const { code, stderr, stdout } = await checkBetween({ 'empty.json': '' }, 'empty.json');
    expect(code).toBe(2);
    expect(stderr).toBe('empty.json: is empty\n');
    expect(stdout[1]).toBe('checked 2 documents in 2 files: 1 invalid, 1 error, 0 warnings; 1 input could not be checked');
  });

  it('says a file of only whitespace (after a byte order mark) is empty', async () => {
    const { stderr } = await checkBetween({ 'blank.json': '\uFEFF \n\t\n' }, 'blank.json');
    expect(stderr).toBe('blank.json: is empty\n');
  });

  it('exits 2 and says a binary file is not a text file', async () => {
    const { code, stderr, stdout } = await checkBetween({ 'image.json': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]) }, 'image.json');
    expect(code).toBe(2);
    expect(stderr).toBe('image.json: is not a text file (it holds NUL bytes)\n');
    expect(stdout).toHaveLength(2);
  });

  it('says a file of invalid UTF-8 (Latin-1) is not a text file', async () => {
    const { code, stderr } = await checkBetween({ 'latin1.json': new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x3a, 0x31, 0x7d]) }, 'latin1.json');
    expect(code).toBe(2);
    expect(stderr).toBe('latin1.json: is not a text file (it is not valid UTF-8)\n');
  });

  it('exits 2 and says a missing file does not exist', async () => {
    const { code, stderr, stdout } = await checkBetween({}, 'missing.json');
    expect(code).toBe(2);
    expect(stderr).toBe('missing.json: does not exist\n');
    expect(stdout[1]).toBe('checked 2 documents in 2 files: 1 invalid, 1 error, 0 warnings; 1 input could not be checked');
  });

  it('exits 2 and says a directory holds no .json files', async () => {
    const { code, stderr, stdout } = await checkBetween({ 'notes/readme.txt': 'hello', 'notes/case.expect': 'error x /' }, 'notes');
    expect(code).toBe(2);
    expect(stderr).toBe('notes: is a directory with no .json files in it\n');
    expect(stdout).toHaveLength(2);
  });

  it('exits 2 and says a file holding an empty array has no documents', async () => {
    const { code, stderr } = await checkBetween({ 'none.json': '[]\n' }, 'none.json');
    expect(code).toBe(2);
    expect(stderr).toBe('none.json: holds an empty array: no documents to check\n');
  });

  it('reports every bad file inside a directory in order, and checks the good ones', async () => {
    const cwd = await tempDir({
      'dir/1-cut.json': '[{"ImportId": ',
      'dir/2-bad.json': json(BAD_REGION),
      'dir/3-empty.json': '',
      'dir/4-good.json': json(NEW_IMPORT),
    });
    const { code, stdout, stderr } = await cli(['check', 'dir'], cwd);
    expect(code).toBe(2);
    expect(lines(stderr)).toEqual(['dir/1-cut.json:1:14: unexpected end of JSON (truncated?)', 'dir/3-empty.json: is empty']);
    expect(lines(stdout).slice(1)).toEqual(['checked 2 documents in 2 files: 1 invalid, 1 error, 0 warnings; 2 inputs could not be checked']);
  });

  it('exits 2, not 1, when the only other finding is an invalid document', async () => {
    const cwd = await tempDir({ 'bad.json': json(BAD_REGION) });
    const { code, stdout } = await cli(['check', 'bad.json', 'gone.json'], cwd);
    expect(code).toBe(2);
    expect(lines(stdout)[1]).toBe(`${SUMMARY_ONE_INVALID}; 1 input could not be checked`);
  });

  it('says stdin is empty when nothing was piped in', async () => {
    const cwd = await tempDir();
    expect(await cli(['check', '-'], cwd, '')).toEqual({
      code: 2,
      stdout: 'checked 0 documents in 0 files: 0 invalid, 0 errors, 0 warnings; 1 input could not be checked\n',
      stderr: '<stdin>: is empty\n',
    });
  });
});
