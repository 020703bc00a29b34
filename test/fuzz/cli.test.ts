/**
 * The built CLI (dist/esm/cli/main.js; `npm run build` first, as test/cli/built.test.ts) over
 * generated bad files, each batch in one process call: exit code 0, 1 or 2 only, every file named
 * in the output, never "internal error".
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestLike } from '../support/fuzz-arbitraries.js';
import { deepArray, deepObject, newImportRequest } from '../support/hostile-values.js';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const BIN = join(ROOT, 'dist/esm/cli/main.js');
const directory = mkdtempSync(join(tmpdir(), 'fuzz-cli-'));

beforeAll(() => {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run npm run build first`);
});
afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

function toJson(value: unknown): string {
  // JSON.stringify gives undefined for undefined at the top; bigints are written as strings.
  const text: string | undefined = JSON.stringify(value, (_key, item: unknown) => (typeof item === 'bigint' ? String(item) : item));
  return typeof text === 'string' ? text : 'null';
}

// Nesting stays at a modest depth (200): 5,000 deep crashes the CLI today, issue 14 item 1, which
// another change owns with its own reproducers.
const DEPTH = 200;

/** The text of a bad file: truncated, the wrong type, a BOM, nested, not UTF-8, or a request that is nearly right. */
const badFile: fc.Arbitrary<string | Uint8Array> = fc.oneof(
  fc.tuple(requestLike, fc.nat()).map(([value, cut]) => {
    const text = toJson(value);
    return text.slice(0, cut % Math.max(1, text.length));
  }),
  requestLike.map(toJson),
  fc.jsonValue({ maxDepth: 3 }).map(toJson),
  fc.tuple(fc.constantFrom('\uFEFF', '\uFEFF\uFEFF', ' \n'), requestLike).map(([head, value]) => head + toJson(value)),
  fc.constantFrom(toJson(deepObject(DEPTH)), toJson(deepArray(DEPTH)), toJson({ ...newImportRequest(), ImportSource: deepObject(DEPTH) }), '', '   ', 'null', '[]', '{"a":1}{"b":2}', '{"Destinations":[1,2,3]}\n{"ImportId":5}'),
  fc.uint8Array({ minLength: 1, maxLength: 40 }),
  fc.constantFrom(Uint8Array.from([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]), Uint8Array.from([0x7b, 0xc3, 0x28, 0x7d])),
);

function run(args: readonly string[]): { code: number | null; stdout: string; output: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: directory, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, output: `${result.stdout}\n${result.stderr}` };
}

/** The files a `--format json` report lists as valid (a generated "bad" file may be a valid request: a BOM before one, say). */
function validFiles(stdout: string): Set<string> {
  const report = JSON.parse(stdout) as readonly { readonly file: string; readonly valid: boolean }[];
  return new Set(report.filter((entry) => entry.valid).map((entry) => entry.file));
}

/**
 * `check OPTIONS FILES` in JSON and in text: exit 0, 1 or 2 (the same in both), no internal error;
 * JSON lists every file it checked (stdout) and every one it could not (stderr), text names a file
 * only for what it found.
 */
function expectEveryFileReported(names: readonly string[], options: readonly string[]): void {
  const json = run(['check', ...options, '--format', 'json', ...names]);
  const text = run(['check', ...options, ...names]);
  const valid = validFiles(json.stdout);
  for (const { code, output } of [json, text]) {
    expect([0, 1, 2]).toContain(code);
    expect(output).not.toMatch(/internal error/i);
  }
  for (const name of names) expect(json.output, `${name} is named`).toContain(name);
  for (const name of names.filter((file) => !valid.has(file))) expect(text.output, `${name} is named`).toContain(name);
  expect(text.code).toBe(json.code);
}

let written = 0;

/** Writes generated files into the temp directory, each under a name of its own ending with `ending`, and returns the names. */
function writeFiles(contents: readonly (string | Uint8Array)[], ending: string): string[] {
  return contents.map((content) => {
    written += 1;
    const name = `f${String(written)}${ending}`;
    writeFileSync(join(directory, name), content);
    return name;
  });
}

describe('the built CLI over generated bad files', () => {
  it('checks each batch in one call: exit 0, 1 or 2, every file named, no internal error', () => {
    fc.assert(
      fc.property(fc.array(badFile, { minLength: 8, maxLength: 16 }), (contents) => {
        expectEveryFileReported(writeFiles(contents, '.json'), []);
      }),
      { numRuns: 3 },
    );
  });

  it('checks HTTP requests (--kind wire) and HAR files whatever their headers and body hold: exit 0, 1 or 2, every file named, no internal error', () => {
    const target = fc.constantFrom('CloudTrail_20131101.StartImport', 'CloudTrail_20131101.GetImport', 'Logs_20140328.CreateImportTask', 'CloudTrail_20131101.ListImports', 'x');
    const headers = fc.oneof(
      fc.record({ 'content-type': fc.constantFrom('application/x-amz-json-1.1', 'text/plain'), 'x-amz-target': target }),
      fc.dictionary(fc.string({ maxLength: 12 }), fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.constant(null))),
      fc.jsonValue({ maxDepth: 2 }),
    );
    const body = fc.oneof(requestLike.map(toJson), fc.tuple(requestLike, fc.nat()).map(([value, cut]) => toJson(value).slice(0, cut)), fc.jsonValue({ maxDepth: 3 }));
    // HAR files: headers as { name, value } pairs (or not), the body as postData.text (or not), entries of any shape among them.
    const harHeaders = fc.oneof(
      fc.tuple(fc.constantFrom('Content-Type', 'content-type'), fc.constantFrom('application/x-amz-json-1.1', 'text/plain'), fc.constantFrom('X-Amz-Target', 'x-amz-target'), target).map(([a, av, b, bv]) => [
        { name: a, value: av },
        { name: b, value: bv },
      ]),
      fc.array(fc.record({ name: fc.oneof(fc.string({ maxLength: 12 }), fc.integer()), value: fc.oneof(fc.string({ maxLength: 20 }), fc.constant(null)) }), { maxLength: 3 }),
      fc.jsonValue({ maxDepth: 2 }),
    );
    const harEntry = fc.oneof(fc.record({ request: fc.record({ method: fc.constant('POST'), url: fc.constantFrom('https://cloudtrail.us-east-1.amazonaws.com/', 'https://logs.eu-west-1.amazonaws.com/', 5), headers: harHeaders, postData: fc.record({ text: body }, { requiredKeys: [] }) }, { requiredKeys: ['headers'] }) }), fc.jsonValue({ maxDepth: 2 }));
    const harFile = fc.array(harEntry, { maxLength: 5 }).map((entries) => toJson({ log: { version: '1.2', entries } }));
    const wireFile = fc.oneof(
      fc.record({ headers, body }, { requiredKeys: [] }).map(toJson),
      fc.array(fc.record({ headers, body }), { maxLength: 4 }).map(toJson),
      harFile,
      badFile,
    );
    fc.assert(
      fc.property(fc.array(wireFile, { minLength: 8, maxLength: 16 }), fc.constantFrom('CloudTrail', 'CloudWatchLogs'), (contents, service) => {
        expectEveryFileReported(writeFiles(contents, '.json'), ['--kind', 'wire', '--service', service]);
      }),
      { numRuns: 3 },
    );
  });

  it('checks JSON Lines files (*.jsonl) whatever their lines hold: exit 0, 1 or 2, every file named, no internal error', () => {
    // Lines of bad files: a line break inside one (a pretty-printed value, a cut string) splits it into lines that are not JSON.
    const line = fc.oneof(badFile, fc.constant(''), requestLike.map(toJson));
    const linesFile = fc.array(line, { minLength: 1, maxLength: 6 }).chain((items) =>
      fc.constantFrom('\n', '\r\n').map((lineBreak) => {
        const parts = items.map((item) => (typeof item === 'string' ? Buffer.from(item, 'utf8') : Buffer.from(item)));
        return Buffer.concat(parts.flatMap((part) => [part, Buffer.from(lineBreak)]));
      }),
    );
    fc.assert(
      fc.property(fc.array(linesFile, { minLength: 8, maxLength: 16 }), (contents) => {
        expectEveryFileReported(writeFiles(contents, '.jsonl'), []);
      }),
      { numRuns: 3 },
    );
  });

  it('reports a bad policy file as a usage problem naming it, and still no internal error', () => {
    fc.assert(
      fc.property(badFile, (content) => {
        writeFileSync(join(directory, 'policy.json'), content);
        writeFileSync(join(directory, 'request.json'), toJson(newImportRequest()));
        const { code, output } = run(['check', '--policy', 'policy.json', 'request.json']);
        expect([0, 1, 2]).toContain(code);
        expect(output).not.toMatch(/internal error/i);
        if (code === 2) expect(output).toContain('policy.json');
      }),
      { numRuns: 4 },
    );
  });
});
