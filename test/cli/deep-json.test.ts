import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEPTH_MESSAGE, MAX_JSON_DEPTH, offsetBeyondDepth, outlineJson } from '../../src/cli/parse-json.js';
import { USER_GUIDE } from '../role/support.js';
import { EXAMPLE_REQUEST, listingPath } from '../plan/support.js';
import { BAD_REGION, cli, json, lines, NEW_IMPORT, tempDir } from './helpers.js';

/** Valid JSON nested `depth` levels, arrays and objects in turn: deeper than any reader that recurses can go. */
function nested(depth: number): string {
  let text = '1';
  for (let level = 0; level < depth; level += 1) text = level % 2 === 0 ? `[${text}]` : `{"a":${text}}`;
  return text;
}

/** Arrays only, so that level MAX_JSON_DEPTH + 1 opens at column MAX_JSON_DEPTH + 1. */
const DEEP = `${'['.repeat(5000)}${']'.repeat(5000)}`;
const TOO_DEEP = `: ${DEPTH_MESSAGE}`;

describe('MAX_JSON_DEPTH', () => {
  it('is generous for real files and named in the message', () => {
    expect(MAX_JSON_DEPTH).toBeGreaterThanOrEqual(512);
    expect(DEPTH_MESSAGE).toContain(`${MAX_JSON_DEPTH} levels (MAX_JSON_DEPTH`);
  });
});

describe('offsetBeyondDepth', () => {
  it('finds the bracket that opens the first level beyond the limit, and -1 at the limit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 60 }), (depth, limit) => {
        const text = nested(depth);
        const expected = depth <= limit ? -1 : openingOfLevel(text, limit + 1);
        expect(offsetBeyondDepth(text, limit)).toBe(expected);
      }),
    );
  });

  it('outlines any JSON text: never beyond a depth it does not reach, one boundary more than a top-level array has elements', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.boolean(), (value, pretty) => {
        const outline = outlineJson(JSON.stringify(value, null, pretty ? 2 : undefined), 10);
        expect(outline.beyond).toBe(-1);
        expect(outline.boundaries).toHaveLength(Array.isArray(value) ? Math.max(value.length + 1, 2) : 0);
      }),
    );
  });

  it('does not count brackets inside strings, escaped quotes included', () => {
    expect(offsetBeyondDepth('{"a":"[[[[\\"{{{{"}', 1)).toBe(-1);
    expect(offsetBeyondDepth('[["\\\\"]]', 1)).toBe(1);
  });
});

/** Where the `level`-th `[` or `{` of a text with no brackets in its strings is (nested() writes only the key "a"). */
function openingOfLevel(text: string, level: number): number {
  let seen = 0;
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === '[' || text[i] === '{') seen += 1;
    if (seen === level) return i;
  }
  return -1;
}

describe('the CLI on a file nested 5,000 deep (valid JSON)', () => {
  it('check: names the file and the limit, exits 2 and still reports the files around it', async () => {
    const cwd = await tempDir({ 'a-invalid.json': json(BAD_REGION), 'deep.json': DEEP, 'z-valid.json': json(NEW_IMPORT) });
    const { code, stdout, stderr } = await cli(['check', 'a-invalid.json', 'deep.json', 'z-valid.json'], cwd);
    expect(code).toBe(2);
    expect(stderr).toBe(`deep.json:1:${MAX_JSON_DEPTH + 1}${TOO_DEEP}\n`);
    expect(lines(stdout)[0]).toMatch(/^a-invalid\.json:8:7: .* s3-bucket-region-invalid: /);
    expect(lines(stdout).at(-1)).toBe('checked 2 documents in 2 files: 1 invalid, 1 error, 0 warnings; 1 input could not be checked');
  });

  it('check: the same for objects and arrays nested in turn, and a deep request below its top level', async () => {
    const cwd = await tempDir({ 'mixed.json': nested(5000), 'member.json': `{"ImportId": ${nested(5000)}}`, 'z-valid.json': json(NEW_IMPORT) });
    const { code, stdout, stderr } = await cli(['check', 'mixed.json', 'member.json', 'z-valid.json'], cwd);
    expect(code).toBe(2);
    expect(lines(stderr)).toEqual([expect.stringMatching(/^mixed\.json:1:\d+: nests arrays/), expect.stringMatching(/^member\.json:1:\d+: nests arrays/)]);
    expect(stdout).toBe('checked 1 document in 1 file: 0 invalid, 0 errors, 0 warnings; 2 inputs could not be checked\n');
  });

  it.each(['json', 'sarif'])('check --format %s: the same, the output still one JSON value', async (format) => {
    const cwd = await tempDir({ 'dir/a.json': json(NEW_IMPORT), 'dir/deep.json': DEEP });
    const { code, stdout, stderr } = await cli(['check', '--format', format, 'dir'], cwd);
    expect(code).toBe(2);
    expect(stderr).toBe(`dir/deep.json:1:${MAX_JSON_DEPTH + 1}${TOO_DEEP}\n`);
    expect(() => JSON.parse(stdout) as unknown).not.toThrow();
  });

  it('check --policy FILE: refuses the policy with the limit named, at the line:column where it nests too deep, and checks the requests without it', async () => {
    const cwd = await tempDir({ 'policy.json': DEEP, 'a.json': json(NEW_IMPORT) });
    const { code, stdout, stderr } = await cli(['check', '--policy', 'policy.json', 'a.json'], cwd);
    expect(code).toBe(2);
    expect(stderr).toBe(`policy.json:1:${MAX_JSON_DEPTH + 1}: is not a usable import policy (${DEPTH_MESSAGE}); the requests were checked without it\n`);
    expect(stdout).toBe('checked 1 document in 1 file: 0 invalid, 0 errors, 0 warnings; 1 input could not be checked\n');
  });

  it('check with a discovered policy: the same', async () => {
    const cwd = await tempDir({ 'cloudtrail-import-policy.json': DEEP, 'a.json': json(BAD_REGION) });
    const { code, stdout, stderr } = await cli(['check', 'a.json'], cwd);
    expect(code).toBe(2);
    expect(lines(stderr)[1]).toBe(`cloudtrail-import-policy.json:1:${MAX_JSON_DEPTH + 1}: is not a usable import policy (${DEPTH_MESSAGE}); the requests were checked without it`);
    expect(lines(stdout).at(-1)).toBe('checked 1 document in 1 file: 1 invalid, 1 error, 0 warnings; 1 input could not be checked');
  });

  it('check-role: names the deep document among the others and exits 2', async () => {
    const guide = (file: string): string => readFileSync(join(USER_GUIDE, file), 'utf8');
    const cwd = await tempDir({ 'request.json': guide('request.json'), 'trust.json': DEEP, 'permissions.json': guide('permissions-policy.json') });
    const { code, stderr } = await cli(['check-role', '--request', 'request.json', '--trust', 'trust.json', '--permissions', 'permissions.json'], cwd);
    expect(code).toBe(2);
    expect(stderr).toContain(`trust.json:1:${MAX_JSON_DEPTH + 1}${TOO_DEEP}`);
    expect(stderr).not.toMatch(/internal error|RangeError/);
  });

  it('plan --request: names the file and the limit and exits 2', async () => {
    const cwd = await tempDir({ 'request.json': DEEP, 'listing.json': readFileSync(listingPath('example-bucket.json'), 'utf8') });
    const { code, stderr } = await cli(['plan', '--request', 'request.json', '--listing', 'listing.json'], cwd);
    expect(code).toBe(2);
    expect(stderr).toContain(`request.json:1:${MAX_JSON_DEPTH + 1}${TOO_DEEP}`);
    expect(stderr).not.toMatch(/internal error|RangeError/);
  });

  it('check --kind response --request: the deep request is refused and the responses still checked', async () => {
    const cwd = await tempDir({ 'request.json': DEEP, 'response.json': json({ ...EXAMPLE_REQUEST }) });
    const { code, stderr } = await cli(['check', '--kind', 'response', '--request', 'request.json', 'response.json'], cwd);
    expect(code).toBe(2);
    expect(stderr).toContain(`request.json:1:${MAX_JSON_DEPTH + 1}${TOO_DEEP}; the responses were checked without it`);
  });

  it('reads a file nested exactly MAX_JSON_DEPTH deep', async () => {
    const cwd = await tempDir({ 'edge.json': `[${nested(MAX_JSON_DEPTH - 1)}]` });
    const { code, stderr } = await cli(['check', 'edge.json'], cwd);
    expect(stderr).toBe('');
    expect(code).toBe(1);
  });
});
