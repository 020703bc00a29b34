import { describe, expect, it } from 'vitest';
import type { JsonDocument } from '../../src/cli/index.js';
import { BAD_REGION, cli, json, lines, NEW_IMPORT, RETRY, tempDir } from './helpers.js';

const HINT = "Run 'cloudtrail-import-contract --help' for usage.";

/** Documents one per line, as `sample` prints them and JSON Lines (NDJSON) writes them. */
const jsonLines = (...documents: readonly unknown[]): string => documents.map((document) => `${JSON.stringify(document)}\n`).join('');

describe('check --lines and *.jsonl files: JSON Lines, a document per line', () => {
  it("checks what sample prints, piped to check --lines -, each line a document", async () => {
    const cwd = await tempDir();
    const sampled = await cli(['sample', '-n', '25', '--seed', '7'], cwd);
    const checked = await cli(['check', '--lines', '--format', 'json', '-'], cwd, sampled.stdout);
    expect({ code: checked.code, stderr: checked.stderr }).toEqual({ code: 0, stderr: '' });
    const documents = JSON.parse(checked.stdout) as JsonDocument[];
    expect(documents.map((document) => [document.index, document.valid])).toEqual(Array.from({ length: 25 }, (_, index) => [index, true]));
  });

  it("checks another operation's sampled requests the same way, and finds the one a line breaks", async () => {
    const cwd = await tempDir();
    const sampled = await cli(['sample', '--operation', 'ListImports', '-n', '5', '--seed', '3'], cwd);
    const broken = `${sampled.stdout}{"MaxResults": 0}\n`;
    const { code, stdout } = await cli(['check', '--operation', 'ListImports', '--lines', '-'], cwd, broken);
    expect(code).toBe(1);
    expect(lines(stdout)).toEqual([
      '<stdin>:6:2: #5 /MaxResults error max-results-out-of-range: must be a whole number from 1 to 1000 (got 0)',
      'checked 6 documents in 1 file: 1 invalid, 1 error, 0 warnings',
    ]);
  });

  it.each(['requests.jsonl', 'requests.ndjson', 'REQUESTS.JSONL'])('reads %s as JSON Lines without --lines, placing each finding on its line', async (name) => {
    const cwd = await tempDir({ [name]: jsonLines(NEW_IMPORT, RETRY, BAD_REGION) });
    const { code, stdout, stderr } = await cli(['check', name], cwd);
    expect({ code, stderr }).toEqual({ code: 1, stderr: '' });
    // Placed on the member, as in any file.
    const at = JSON.stringify(BAD_REGION).indexOf('"S3BucketRegion"') + 1;
    expect(lines(stdout)).toEqual([
      `${name}:3:${at}: #2 /ImportSource/S3/S3BucketRegion error s3-bucket-region-invalid: must be an AWS Region code such as us-east-1 (got 'US-EAST-1') [assumed]`,
      'checked 3 documents in 1 file: 1 invalid, 1 error, 0 warnings',
    ]);
  });

  it('still refuses two values in a .json file, which strict JSON forbids, unless --lines is given', async () => {
    const cwd = await tempDir({ 'two.json': jsonLines(NEW_IMPORT, RETRY) });
    const refused = await cli(['check', 'two.json'], cwd);
    expect({ code: refused.code, stderr: refused.stderr }).toEqual({ code: 2, stderr: 'two.json:2:1: unexpected content after the JSON value\n' });
    const read = await cli(['check', '--lines', 'two.json'], cwd);
    expect({ code: read.code, stdout: read.stdout, stderr: read.stderr }).toEqual({ code: 0, stdout: 'checked 2 documents in 1 file: 0 invalid, 0 errors, 0 warnings\n', stderr: '' });
  });

  it('names a line that is not JSON with its line and column, exits 2, and checks every other line (blank lines and CRLF endings are fine)', async () => {
    const text = [JSON.stringify(NEW_IMPORT), '', '{"ImportId": }', '   ', JSON.stringify(BAD_REGION), '[[1', JSON.stringify(RETRY)].join('\r\n');
    const cwd = await tempDir({ 'mixed.jsonl': text });
    const { code, stdout, stderr } = await cli(['check', '--format', 'json', 'mixed.jsonl'], cwd);
    expect(code).toBe(2);
    expect(stderr).toBe('mixed.jsonl:3:14: expected a value\nmixed.jsonl:6:4: unexpected end of JSON (truncated?)\n');
    // Indexes count the lines that are not blank, the unread ones among them: index 1 and 3 are the two named above.
    const documents = JSON.parse(stdout) as JsonDocument[];
    expect(documents.map(({ index, valid, violations }) => ({ index, valid, codes: violations.map((v) => v.code) }))).toEqual([
      { index: 0, valid: true, codes: [] },
      { index: 2, valid: false, codes: ['s3-bucket-region-invalid'] },
      { index: 4, valid: true, codes: [] },
    ]);
    const text2 = await cli(['check', 'mixed.jsonl'], cwd);
    expect(lines(text2.stdout).at(-1)).toBe('checked 3 documents in 1 file: 1 invalid, 1 error, 0 warnings; 2 inputs could not be checked');
  });

  it('names a line that is not text (a byte that is not UTF-8, a NUL) with its line and column, and checks every other line', async () => {
    const good = Buffer.from(`${JSON.stringify(RETRY)}\n`);
    const bytes = Buffer.concat([good, Buffer.from('{"ImportId":"é\xff"}\n', 'latin1'), Buffer.from('{"ImportId":"é'), Buffer.from([0xff]), Buffer.from('"}\n{"a":\u0000}\n'.replace('\\u0000', '\u0000')), good]);
    const cwd = await tempDir({ 'u8.jsonl': bytes });
    const { code, stdout, stderr } = await cli(['check', '--format', 'json', 'u8.jsonl'], cwd);
    expect(code).toBe(2);
    expect(lines(stderr)).toEqual([
      'u8.jsonl:2:14: is not text (it is not valid UTF-8)',
      'u8.jsonl:3:15: is not text (it is not valid UTF-8)',
      'u8.jsonl:4:6: is not text (it holds a NUL byte)',
    ]);
    expect((JSON.parse(stdout) as JsonDocument[]).map(({ index, valid }) => ({ index, valid }))).toEqual([
      { index: 0, valid: true },
      { index: 4, valid: true },
    ]);
    // The same bytes as a .json file are one text, which is not one: the file is named as a whole.
    const whole = await tempDir({ 'u8.json': bytes });
    expect((await cli(['check', 'u8.json'], whole)).stderr).toBe('u8.json: is not a text file (it holds NUL bytes)\n');
  });

  it('counts no file for JSON Lines none of whose lines is JSON', async () => {
    const cwd = await tempDir({ 'bad.jsonl': 'x\ny\n', 'good.json': json(NEW_IMPORT) });
    const { code, stdout, stderr } = await cli(['check', 'bad.jsonl', 'good.json'], cwd);
    expect(code).toBe(2);
    expect(stderr).toBe("bad.jsonl:1:1: unexpected 'x'\nbad.jsonl:2:1: unexpected 'y'\n");
    expect(stdout).toBe('checked 1 document in 1 file: 0 invalid, 0 errors, 0 warnings; 2 inputs could not be checked\n');
  });

  it('reads a line nested deeper than MAX_JSON_DEPTH as a problem of that line', async () => {
    const cwd = await tempDir({ 'deep.jsonl': `${'['.repeat(600)}${']'.repeat(600)}\n${JSON.stringify(RETRY)}\n` });
    const { code, stdout, stderr } = await cli(['check', 'deep.jsonl'], cwd);
    expect(code).toBe(2);
    expect(stderr).toBe('deep.jsonl:1:513: nests arrays and objects deeper than 512 levels (MAX_JSON_DEPTH, the limit of this tool)\n');
    expect(stdout).toBe('checked 1 document in 1 file: 0 invalid, 0 errors, 0 warnings; 1 input could not be checked\n');
  });

  it.each([
    [['rules', '--lines'], '--lines does not apply to rules (only to check)'],
    [['sample', '--lines'], '--lines does not apply to sample (only to check)'],
    [['check', '--lines=yes', 'x.jsonl'], '--lines takes no value'],
  ])('refuses %j: %s', async (argv, message) => {
    const { code, stdout, stderr } = await cli(argv, process.cwd());
    expect({ code, stdout, stderr }).toEqual({ code: 2, stdout: '', stderr: `cloudtrail-import-contract: ${message}\n${HINT}\n` });
  });
});
