import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cli, json, lines, tempDir } from '../cli/helpers.js';
import { EXAMPLE_REQUEST, listingPath, without } from './support.js';

const LISTING = readFileSync(listingPath('example-bucket.json'), 'utf8');
const HINT = "Run 'cloudtrail-import-contract --help' for usage.";

async function inDir(files: Readonly<Record<string, string>> = {}): Promise<string> {
  return tempDir({ 'request.json': json(EXAMPLE_REQUEST), 'listing.json': LISTING, ...files });
}

describe('plan (CLI)', () => {
  it('prints totals, restores, skipped counts with examples and the assumptions for the fixture listing', async () => {
    const { code, stdout, stderr } = await cli(['plan', '--request', 'request.json', '--listing', 'listing.json'], await inDir());
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const out = lines(stdout);
    expect(out.slice(0, 3)).toEqual([
      'plan for s3://example-trail-logs/AWSLogs/111122223333/ from 2024-01-09T00:00:00.000Z to 2024-01-10T12:00:00.000Z',
      'listed:   16 files, 207.0 KiB',
      'selected: 6 files, 116.6 KiB, about 1.1 MiB uncompressed (estimate: ×10); log files dated 2024-01-09T00:00:00.000Z … 2024-01-10T12:00:00.000Z',
    ]);
    expect(out[3]).toBe('warning: 2 files, 74.5 KiB of the selected are archived (GLACIER 1, DEEP_ARCHIVE 1): restore them before the import, or CloudTrail cannot read them');
    expect(out).toContain('  not-cloudtrail-log: 3 files, 8.1 KiB');
    expect(out).toContain('    e.g. AWSLogs/111122223333/CloudTrail/us-east-1/misc/notes.json.gz');
    expect(out).toContain('assumptions:');
  });

  it('prints the plan as JSON with --format json, reading the listing from stdin', async () => {
    const { code, stdout } = await cli(['plan', '--request=request.json', '--listing', '-', '--format', 'json'], await inDir(), LISTING);
    expect(code).toBe(0);
    const plan = JSON.parse(stdout) as { selected: { files: number }; skipped: Record<string, { files: number }> };
    expect(plan.selected.files).toBe(6);
    expect(plan.skipped['outside-prefix']?.files).toBe(2);
  });

  it('takes its options before its command word too, as check and check-role do', async () => {
    const cwd = await inDir();
    const after = await cli(['plan', '--request', 'request.json', '--listing', 'listing.json', '--format', 'json'], cwd);
    expect(after.code).toBe(0);
    expect(await cli(['--format', 'json', 'plan', '--request', 'request.json', '--listing', 'listing.json'], cwd)).toEqual(after);
    expect(await cli(['--request', 'request.json', '--format', 'json', '--listing', 'listing.json', 'plan'], cwd)).toEqual(after);
  });

  it.each([
    [['--listing', 'listing.json'], 'plan needs --request R (a new import, JSON) and --listing L (aws s3api list-objects-v2 JSON, or - for stdin)'],
    [['--request', 'request.json', '--listing', 'listing.json', '--format', 'sarif'], "--format must be one of text, json (got 'sarif')"],
    [['--request', '-', '--listing', '-'], 'stdin (-) can be read only once'],
    [['--request', 'request.json', '--listing', 'listing.json', '--kind', 'request'], "unknown plan option '--kind' (options: --request, --listing, --format, --help)"],
    [['--request'], '--request needs a value'],
  ])('exits 2 with a usage error for %j', async (argv, message) => {
    const { code, stderr } = await cli(['plan', ...argv], await inDir());
    expect({ code, stderr }).toEqual({ code: 2, stderr: `cloudtrail-import-contract: ${message}\n${HINT}\n` });
  });

  it('plans a new import without a time range over every log under the prefix, and says so', async () => {
    const unbounded = without(EXAMPLE_REQUEST, 'StartEventTime', 'EndEventTime');
    const { code, stdout, stderr } = await cli(['plan', '--request', 'unbounded.json', '--listing', 'listing.json'], await inDir({ 'unbounded.json': json(unbounded) }));
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(lines(stdout)[0]).toBe('plan for s3://example-trail-logs/AWSLogs/111122223333/ with no time range (every log under the prefix)');
    expect(stdout).not.toContain('outside-time-range');
  });

  it('exits 2 naming the request file and its violations when it is not a valid new import', async () => {
    const cwd = await inDir({ 'bad.json': json({ ...EXAMPLE_REQUEST, EndEventTime: '2020-01-01T00:00:00Z' }), 'retry.json': json({ ImportId: '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b' }) });
    const bad = await cli(['plan', '--request', 'bad.json', '--listing', 'listing.json'], cwd);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^bad\.json: the request is not a valid StartImport request:\n.*time-range-reversed/);
    const retry = await cli(['plan', '--request', 'retry.json', '--listing', 'listing.json'], cwd);
    expect(retry.stderr).toMatch(/^retry\.json: the request must be a new import/);
  });

  it.each([
    ['missing.json', {}, 'missing.json: does not exist'],
    // Cut short: placed where it ends, as check places a truncated file.
    ['cut.json', { 'cut.json': '{"Contents": [\n  {"Key": "a", "Size": 1},\n  {"Key": "b", "Si' }, 'cut.json:3:19: is not valid JSON: it ends in the middle of a value (truncated?)\n'],
    ['csv.json', { 'csv.json': 'Key,Size\na,1\n' }, 'csv.json:1:1: must be a list-objects-v2 page (an object with Contents) or an array of pages\n'],
    ['string.json', { 'string.json': '{\r\n  "KeyCount": 1,\r\n  "Contents": "abc"\r\n}' }, 'string.json:3:15: Contents must be an array\n'],
    ['none.json', { 'none.json': '[\n  {"KeyCount": 0},\n  {"Count": 0}\n]\n' }, 'none.json:3:14: the object that ends here is not a list-objects-v2 page'],
    ['item.json', { 'item.json': '{"Contents": [\n  {"Key": "é😀", "Size": "1"}\n]}' }, 'item.json:2:26: Contents item 0: Size must be a whole number of bytes\n'],
    ['keys.json', { 'keys.json': '["a","b"]' }, 'keys.json:1:2: an array of pages must hold only page objects'],
    ['newline.json', { 'newline.json': '{"Contents": [\n  {"Key": "AWSLogs/1\n2.json.gz", "Size": 1}\n]}' }, 'newline.json:2:21: Contents item 0 is not valid JSON: a string holds a raw control character (U+000A; write it escaped)\n'],
    ['etag.json', { 'etag.json': '{"Contents": [\n  {"Key": "a", "ETag": "\\x"}\n]}' }, 'etag.json:2:25: Contents item 0 is not valid JSON: a string has a bad escape\n'],
    ['owner.json', { 'owner.json': '{"Contents": [{"Key": "a", "Owner": {"ID": "\t"}}]}' }, 'owner.json:1:45: Contents item 0 is not valid JSON: a string holds a raw control character (U+0009; write it escaped)\n'],
  ])('exits 2 naming the listing %s and what is wrong with it', async (file, files, message) => {
    const { code, stdout, stderr } = await cli(['plan', '--request', 'request.json', '--listing', file], await inDir(files));
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr.startsWith(message)).toBe(true);
  });

  it('names the character of a broken listing read from stdin, which cannot be read again for its line', async () => {
    const { code, stderr } = await cli(['plan', '--request', 'request.json', '--listing', '-'], await inDir(), '{"Contents": 5}');
    expect({ code, stderr }).toEqual({ code: 2, stderr: '<stdin>: Contents must be an array (at or after character 13)\n' });
  });

  it('exits 2 naming the request file when its JSON is malformed or missing', async () => {
    const cwd = await inDir({ 'broken.json': '{"Destinations": [' });
    expect((await cli(['plan', '--request', 'broken.json', '--listing', 'listing.json'], cwd)).stderr).toMatch(/^broken\.json:1:\d+: /);
    expect((await cli(['plan', '--request', 'nope.json', '--listing', 'listing.json'], cwd)).stderr).toBe('nope.json: does not exist\n');
  });

  it('is listed in --help', async () => {
    const { stdout } = await cli(['plan', '--help'], process.cwd());
    expect(stdout).toContain('plan --request R --listing L [--format text|json]');
  });
});
