import { describe, expect, it } from 'vitest';
import type { JsonDocument } from '../../src/cli/index.js';
import { FIXTURES, loadWireFixtures, type WireRequest } from '../support/fixtures.js';
import { cli, lines, tempDir } from './helpers.js';

/** One HAR 1.2 entry of a request, as browsers, proxies and Playwright write it: headers as `{ name, value }` pairs, the body as `postData.text`. */
function entry(request: { readonly method?: string; readonly url: string; readonly headers: readonly (readonly [string, string])[]; readonly body?: string }): unknown {
  return {
    startedDateTime: '2026-12-07T08:00:00.000Z',
    time: 12,
    request: {
      method: request.method ?? 'POST',
      url: request.url,
      httpVersion: 'HTTP/1.1',
      cookies: [],
      headers: request.headers.map(([name, value]) => ({ name, value })),
      queryString: [],
      ...(request.body === undefined ? {} : { postData: { mimeType: 'application/x-amz-json-1.1', text: request.body } }),
      headersSize: -1,
      bodySize: request.body?.length ?? 0,
    },
    response: { status: 200, statusText: 'OK', httpVersion: 'HTTP/1.1', cookies: [], headers: [], content: { size: 0, mimeType: 'application/x-amz-json-1.1' }, redirectURL: '', headersSize: -1, bodySize: 0 },
    cache: {},
    timings: { send: 0, wait: 12, receive: 0 },
  };
}

function har(entries: readonly unknown[]): string {
  return `${JSON.stringify({ log: { version: '1.2', creator: { name: 'test', version: '1' }, entries } }, null, 2)}\n`;
}

const wireEntry = (request: WireRequest): unknown => entry({ method: request.method, url: request.url, headers: Object.entries(request.headers), body: request.body });

const CLOUDTRAIL = 'https://cloudtrail.us-east-1.amazonaws.com/';
const LOGS = 'https://logs.us-east-1.amazonaws.com/';
const JSON_1_1 = ['Content-Type', 'application/x-amz-json-1.1'] as const;
const RETRY_BODY = '{"ImportId":"4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b"}';

describe('check --kind wire on a HAR file: each entry that calls an import operation, as the same request written as a wire document', () => {
  it("finds in each entry made of a fixture of fixtures/wire what check finds in the fixture, indexed by entry, and leaves out the entries whose target names no import operation", async () => {
    const fixtures = loadWireFixtures();
    const cwd = await tempDir({ 'recorded.har': har(fixtures.map((fixture) => wireEntry(fixture.request))) });
    const one = await cli(['check', '--kind', 'wire', '--format', 'json', 'wire'], FIXTURES);
    const byFile = new Map((JSON.parse(one.stdout) as JsonDocument[]).map((document) => [document.file, document.violations]));
    const recorded = await cli(['check', '--kind', 'wire', '--format', 'json', 'recorded.har'], cwd);
    expect(recorded.stderr).toBe('');
    expect(recorded.code).toBe(1);
    const entries = JSON.parse(recorded.stdout) as JsonDocument[];
    // No X-Amz-Target (two), a target without an operation, and one four letters from CreateImportTask: nothing says they call an import operation.
    const left = ['wire/invalid/everything-wrong.json', 'wire/invalid/logs-target-typo.json', 'wire/invalid/target-missing.json', 'wire/invalid/target-prefix-only.json'];
    const checked = fixtures.map((fixture, index) => ({ fixture, index })).filter(({ fixture }) => !left.includes(fixture.name));
    expect(entries.map((document) => document.index)).toEqual(checked.map(({ index }) => index));
    for (const [i, { fixture }] of checked.entries()) expect(entries[i]?.violations, fixture.name).toEqual(byFile.get(fixture.name));
  });

  it('places a finding on its entry: a header on its { name, value } pair, the body on postData.text', async () => {
    const text = har([
      entry({ url: CLOUDTRAIL, headers: [JSON_1_1, ['X-Amz-Target', 'CloudTrail_20131101.StartImport']], body: '{"ImportId":"nope"}' }),
      entry({ method: 'GET', url: 'https://example.com/', headers: [] }),
      entry({ url: CLOUDTRAIL, headers: [['content-type', 'text/plain'], ['x-amz-target', 'CloudTrail_20131101.GetImport']], body: RETRY_BODY }),
    ]);
    const cwd = await tempDir({ 'session.har': text });
    const { code, stdout, stderr } = await cli(['check', '--kind', 'wire', 'session.har'], cwd);
    expect({ code, stderr }).toEqual({ code: 1, stderr: '' });
    const rows = text.split('\n');
    const at = (needle: string, from = 0): string => {
      const row = rows.findIndex((line, index) => index >= from && line.includes(needle));
      return `${String(row + 1)}:${String((rows[row] ?? '').indexOf(needle) + 1)}`;
    };
    const pair = rows.findIndex((line) => line.includes('"text/plain"'));
    expect(lines(stdout)).toEqual([
      `session.har:${at('"text": "{')}: #0 /body/ImportId error import-id-invalid: must be 36 characters of a-f, 0-9 and - (got 'nope')`,
      // The pair object opens on the line before its name.
      `session.har:${at('{', pair - 2)}: #2 /headers/content-type error wire-content-type-invalid: must be application/x-amz-json-1.1 (got 'text/plain')`,
      'checked 2 documents in 1 file: 2 invalid, 2 errors, 0 warnings',
    ]);
  });

  it("checks a target in another case or one letter off, which the wire checks flag, and leaves other operations of CloudTrail and CloudWatch Logs alone", async () => {
    const target = (value: string, url = CLOUDTRAIL): unknown => entry({ url, headers: [JSON_1_1, ['X-Amz-Target', value]], body: '{}' });
    const cwd = await tempDir({
      'mixed.har': har([
        target('CloudTrail_20131101.LookupEvents'),
        target('Logs_20140328.PutLogEvents', LOGS),
        target('Logs_20140328.CreateExportTask', LOGS),
        target('cloudtrail_20131101.listimports'),
        target('CloudTrail_20131101.ListImport'),
        target('Logs_20140328.DescribeImportTasks', LOGS),
      ]),
    });
    const { code, stdout } = await cli(['check', '--kind', 'wire', '--format', 'json', 'mixed.har'], cwd);
    expect(code).toBe(1);
    const documents = JSON.parse(stdout) as JsonDocument[];
    expect(documents.map(({ index, violations }) => ({ index, codes: violations.map((v) => v.code) }))).toEqual([
      { index: 3, codes: ['wire-target-unknown'] },
      { index: 4, codes: ['wire-target-unknown'] },
      { index: 5, codes: [] },
    ]);
  });

  it("reads a repeated header's values joined, as HTTP combines them, and each entry's service from its url", async () => {
    const cwd = await tempDir({
      'twice.har': har([
        entry({ url: CLOUDTRAIL, headers: [JSON_1_1, ['X-Amz-Target', 'CloudTrail_20131101.GetImport'], ['X-Amz-Target', 'CloudTrail_20131101.StopImport']], body: RETRY_BODY }),
        entry({ url: CLOUDTRAIL, headers: [JSON_1_1, ['X-Amz-Target', 'Logs_20140328.CancelImportTask']], body: '{"importId":"a"}' }),
        entry({ url: LOGS, headers: [JSON_1_1, ['X-Amz-Target', 'Logs_20140328.CancelImportTask']], body: '{"importId":"a"}' }),
      ]),
    });
    const { stdout } = await cli(['check', '--kind', 'wire', '--format', 'json', 'twice.har'], cwd);
    const documents = JSON.parse(stdout) as JsonDocument[];
    expect(documents.map(({ index, violations }) => ({ index, found: violations.map((v) => `${v.code} ${v.path}`) }))).toEqual([
      { index: 0, found: ['wire-target-unknown /headers/x-amz-target'] },
      { index: 1, found: ['wire-target-unknown /headers/x-amz-target'] },
      { index: 2, found: [] },
    ]);
    expect(documents[0]?.violations[0]?.message).toContain("(got 'CloudTrail_20131101.GetImport, CloudTrail_20131101.StopImpo");
  });

  it('exits 2 for a HAR file none of whose entries calls an import operation, and still checks the other files', async () => {
    const cwd = await tempDir({
      'browsing.har': har([entry({ method: 'GET', url: 'https://example.com/', headers: [] })]),
      'import.har': har([entry({ url: CLOUDTRAIL, headers: [JSON_1_1, ['X-Amz-Target', 'CloudTrail_20131101.GetImport']], body: RETRY_BODY })]),
    });
    const { code, stdout, stderr } = await cli(['check', '--kind', 'wire', 'browsing.har', 'import.har'], cwd);
    expect(code).toBe(2);
    expect(stderr).toBe(
      'browsing.har: is a HAR file with no request naming an import operation (StartImport, GetImport, ListImports, StopImport, ListImportFailures, CreateImportTask, DescribeImportTasks, DescribeImportTaskBatches, CancelImportTask) in its X-Amz-Target (1 entry read): no documents to check\n',
    );
    expect(stdout).toBe('checked 1 document in 1 file: 0 invalid, 0 errors, 0 warnings; 1 input could not be checked\n');
  });

  it('exits 2 for a HAR file whose log.entries is no list, rather than checking the file as one HTTP request', async () => {
    const cwd = await tempDir({ 'broken.har': JSON.stringify({ log: { version: '1.2', entries: 'nope' } }) });
    const { code, stdout, stderr } = await cli(['check', '--kind', 'wire', 'broken.har'], cwd);
    expect({ code, stdout, stderr }).toEqual({
      code: 2,
      stdout: 'checked 0 documents in 0 files: 0 invalid, 0 errors, 0 warnings; 1 input could not be checked\n',
      stderr: "broken.har: is a HAR file whose log.entries is not a list of entries (got the string 'nope'): no documents to check\n",
    });
  });

  it('finds HAR files in a directory with --kind wire (Polly.js keeps recordings/NAME/recording.har), and only .json files for the other kinds', async () => {
    const recording = har([entry({ url: CLOUDTRAIL, headers: [JSON_1_1, ['X-Amz-Target', 'CloudTrail_20131101.GetImport']], body: '{"ImportId":"nope"}' })]);
    const cwd = await tempDir({ 'recordings/get-import_1/recording.har': recording, 'recordings/notes.txt': 'hello' });
    const wire = await cli(['check', '--kind', 'wire', 'recordings'], cwd);
    expect(wire.code).toBe(1);
    const rows = recording.split('\n');
    const row = rows.findIndex((line) => line.includes('"text"'));
    expect(lines(wire.stdout)).toEqual([
      `recordings/get-import_1/recording.har:${String(row + 1)}:${String((rows[row] ?? '').indexOf('"text"') + 1)}: #0 /body/ImportId error import-id-invalid: must be 36 characters long and match ^[a-f0-9\\-]+$ (got 'nope', 4 characters)`,
      'checked 1 document in 1 file: 1 invalid, 1 error, 0 warnings',
    ]);
    const requests = await cli(['check', 'recordings'], cwd);
    expect({ code: requests.code, stderr: requests.stderr }).toEqual({ code: 2, stderr: 'recordings: is a directory with no .json files in it\n' });
    const none = await cli(['check', '--kind', 'wire', 'none'], await tempDir({ 'none/a.txt': '' }));
    expect(none.stderr).toBe('none: is a directory with no .json files or .har files in it\n');
  });

  it('reads a HAR file as a HAR only with --kind wire: as a request, it is one with unknown members', async () => {
    const cwd = await tempDir({ 'session.har': har([]) });
    const { code, stdout } = await cli(['check', '--format', 'json', 'session.har'], cwd);
    expect(code).toBe(1);
    expect((JSON.parse(stdout) as JsonDocument[])[0]?.violations.map((v) => v.code)).toContain('unknown-member');
  });
});
