import { describe, expect, it } from 'vitest';
import { formatViolation, validateStartImportRequest } from '../../src/index.js';
import { textReporter, violationLine } from '../../src/cli/report-text.js';
import { BAD_REGION, cli, HALF_OPEN, json, lines, NEW_IMPORT, NEW_IMPORT_RESPONSE, NOW, RETRY, tempDir } from './helpers.js';

const REGION_LINE =
  "/ImportSource/S3/S3BucketRegion error s3-bucket-region-invalid: must be an AWS Region code such as us-east-1 (got 'US-EAST-1') [assumed]";

describe('check', () => {
  it('exits 0 and prints only the summary when every request is valid', async () => {
    const cwd = await tempDir({ 'new.json': json(NEW_IMPORT), 'retry.json': json(RETRY) });
    const { code, stdout, stderr } = await cli(['check', 'new.json', 'retry.json'], cwd);
    expect(code).toBe(0);
    expect(stdout).toBe('checked 2 documents in 2 files: 0 invalid, 0 errors, 0 warnings\n');
    expect(stderr).toBe('');
  });

  it('exits 1 and prints FILE:LINE:COLUMN, where the member is, then the formatted violation for an invalid request', async () => {
    const cwd = await tempDir({ 'bad.json': json(BAD_REGION), 'good.json': json(NEW_IMPORT) });
    const { code, stdout, stderr } = await cli(['check', 'bad.json', 'good.json'], cwd);
    expect(code).toBe(1);
    expect(lines(stdout)).toEqual([`bad.json:8:7: ${REGION_LINE}`, 'checked 2 documents in 2 files: 1 invalid, 1 error, 0 warnings']);
    expect(stderr).toBe('');
  });

  it('places a violation of a key written twice on the last, whose value JSON.parse keeps and the checks read', async () => {
    const text = `{\n  "ImportId": "${RETRY.ImportId}",\n  "ImportId": "NOT-A-UUID"\n}\n`;
    const cwd = await tempDir({ 'twice.json': text, 'fixed.json': `{\n  "ImportId": "NOT-A-UUID",\n  "ImportId": "${RETRY.ImportId}"\n}\n` });
    const { code, stdout } = await cli(['check', 'twice.json', 'fixed.json'], cwd);
    expect(code).toBe(1);
    expect(lines(stdout)).toEqual([
      "twice.json:3:3: /ImportId error import-id-invalid: must be 36 characters of a-f, 0-9 and - (got 'NOT-A-UUID')",
      'checked 2 documents in 2 files: 1 invalid, 1 error, 0 warnings',
    ]);
  });

  it('uses formatViolation for every line, in the order the validator reports', async () => {
    const request = { Destination: NEW_IMPORT.Destinations, ImportSource: NEW_IMPORT.ImportSource };
    const cwd = await tempDir({ 'typo.json': json(request) });
    const [unknown, missing] = validateStartImportRequest(request, { shape: 'cli', now: NOW }).violations.map(formatViolation);
    const { code, stdout } = await cli(['check', 'typo.json'], cwd);
    expect(code).toBe(1);
    expect([unknown, missing].map((line) => line?.split(' ').slice(0, 3).join(' '))).toEqual(['/Destination error unknown-member:', '/Destinations error new-import-missing-destinations:']);
    // The missing member is placed on the document, the nearest node that exists.
    const expected = [`typo.json:2:3: ${unknown ?? ''}`, `typo.json:1:1: ${missing ?? ''}`];
    expect(lines(stdout)).toEqual([...expected, 'checked 1 document in 1 file: 1 invalid, 2 errors, 0 warnings']);
  });

  it('exits 0 when the only violations are warnings, and still prints them', async () => {
    const cwd = await tempDir({ 'half.json': json(HALF_OPEN) });
    const { code, stdout } = await cli(['check', 'half.json'], cwd);
    expect(code).toBe(0);
    expect(lines(stdout)).toEqual([
      'half.json:1:1: /EndEventTime warning time-range-half-open: should be given with StartEventTime: the time range is used as a pair [assumed]',
      'checked 1 document in 1 file: 0 invalid, 0 errors, 1 warning',
    ]);
  });

  it('checks a file holding an array element by element, naming each as #INDEX after its place', async () => {
    const cwd = await tempDir({ 'batch.json': json([NEW_IMPORT, BAD_REGION, RETRY, { ...RETRY, ImportId: 'nope' }]) });
    const { code, stdout } = await cli(['check', 'batch.json'], cwd);
    expect(code).toBe(1);
    const out = lines(stdout);
    expect(out[0]).toBe(`batch.json:23:9: #1 ${REGION_LINE}`);
    expect(out[1]).toMatch(/^batch\.json:34:5: #3 \/ImportId error import-id-invalid: /);
    expect(out.slice(2)).toEqual(['checked 4 documents in 1 file: 2 invalid, 2 errors, 0 warnings']);
  });

  it('recurses into directories, reading only *.json files in sorted order and skipping node_modules', async () => {
    const cwd = await tempDir({
      'corpus/b.json': json(BAD_REGION),
      'corpus/a/z.json': json(BAD_REGION),
      'corpus/a.json': json(BAD_REGION),
      'corpus/a.expect': 'error s3-bucket-region-invalid /ImportSource/S3/S3BucketRegion\n',
      'corpus/notes.txt': 'not json',
      'corpus/node_modules/dep/x.json': '{ broken',
    });
    const { code, stdout, stderr } = await cli(['check', 'corpus'], cwd);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(lines(stdout)).toEqual([
      `corpus/a.json:8:7: ${REGION_LINE}`,
      `corpus/a/z.json:8:7: ${REGION_LINE}`,
      `corpus/b.json:8:7: ${REGION_LINE}`,
      'checked 3 documents in 3 files: 3 invalid, 3 errors, 0 warnings',
    ]);
  });

  it('joins a directory given with a trailing slash without doubling it', async () => {
    const cwd = await tempDir({ 'corpus/bad.json': json(BAD_REGION) });
    const { stdout } = await cli(['check', 'corpus/'], cwd);
    expect(lines(stdout)[0]).toBe(`corpus/bad.json:8:7: ${REGION_LINE}`);
  });

  it('reads stdin for -, naming it <stdin>', async () => {
    const cwd = await tempDir();
    const { code, stdout } = await cli(['check', '-'], cwd, json([RETRY, BAD_REGION]));
    expect(code).toBe(1);
    expect(lines(stdout)).toEqual([`<stdin>:12:9: #1 ${REGION_LINE}`, 'checked 2 documents in 1 file: 1 invalid, 1 error, 0 warnings']);
  });

  it('accepts a UTF-8 byte order mark at the start of a file', async () => {
    const cwd = await tempDir({ 'bom.json': `\uFEFF${json(NEW_IMPORT)}` });
    const { code, stdout, stderr } = await cli(['check', 'bom.json'], cwd);
    expect({ code, stdout, stderr }).toEqual({ code: 0, stdout: 'checked 1 document in 1 file: 0 invalid, 0 errors, 0 warnings\n', stderr: '' });
  });

  it('reads timestamps as epoch-second numbers only with --shape wire', async () => {
    const wire = { ...NEW_IMPORT, StartEventTime: 1704067200, EndEventTime: 1706745600 };
    const cwd = await tempDir({ 'wire.json': json(wire), 'cli.json': json(NEW_IMPORT) });
    expect((await cli(['check', '--shape', 'wire', 'wire.json'], cwd)).code).toBe(0);
    expect((await cli(['check', 'wire.json'], cwd)).code).toBe(0);
    const { code, stdout } = await cli(['check', '--shape=wire', 'cli.json'], cwd);
    expect(code).toBe(1);
    expect(lines(stdout).map((line) => line.split(': ').slice(0, 2).join(': '))).toEqual([
      'cli.json:12:3: /StartEventTime error timestamp-invalid',
      'cli.json:13:3: /EndEventTime error timestamp-invalid',
      'checked 1 document in 1 file: 1 invalid, 2 errors, 0 warnings',
    ]);
  });
});

describe('check --kind response', () => {
  it('checks that each response echoes the --request it answers', async () => {
    const otherBucket = { ...NEW_IMPORT_RESPONSE, ImportSource: { S3: { ...NEW_IMPORT.ImportSource.S3, S3LocationUri: 's3://other-bucket/' } } };
    const cwd = await tempDir({ 'request.json': json(NEW_IMPORT), 'responses.json': json([NEW_IMPORT_RESPONSE, otherBucket]) });
    const { code, stdout, stderr } = await cli(['check', '--kind', 'response', '--request', 'request.json', 'responses.json'], cwd);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(lines(stdout)).toEqual([
      "responses.json:24:5: #1 /ImportSource error response-mismatch-request: must echo the request's ImportSource [assumed]",
      'checked 2 documents in 1 file: 1 invalid, 1 error, 0 warnings',
    ]);
  });

  it('notes on stderr a --request AWS would refuse, and still checks the responses against it (exit code unchanged)', async () => {
    // Before: used without a word, the echo checks comparing against a request no response answers.
    const ambiguous = { ...NEW_IMPORT, ImportId: '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b' };
    const cwd = await tempDir({ 'request.json': json(ambiguous), 'response.json': json(NEW_IMPORT_RESPONSE) });
    const { code, stdout, stderr } = await cli(['check', '--kind', 'response', '--request', 'request.json', 'response.json'], cwd);
    expect(stderr).toBe(
      'cloudtrail-import-contract: note: --request request.json is a request AWS would refuse (retry-with-new-import-params), so no response to it is one AWS gives; the responses were checked against it as it is\n',
    );
    expect(code).toBe(0);
    expect(lines(stdout)).toEqual(['checked 1 document in 1 file: 0 invalid, 0 errors, 0 warnings']);
  });

  it('skips the echo checks without --request', async () => {
    const otherBucket = { ...NEW_IMPORT_RESPONSE, ImportSource: { S3: { ...NEW_IMPORT.ImportSource.S3, S3LocationUri: 's3://other-bucket/' } } };
    const cwd = await tempDir({ 'response.json': json(otherBucket) });
    expect(await cli(['check', '--kind', 'response', 'response.json'], cwd)).toEqual({
      code: 0,
      stdout: 'checked 1 document in 1 file: 0 invalid, 0 errors, 0 warnings\n',
      stderr: '',
    });
  });

  it('exits 2 and says so when the --request file cannot be read, still checking the responses', async () => {
    const cwd = await tempDir({ 'response.json': json({ ...NEW_IMPORT_RESPONSE, ImportStatus: 'RUNNING' }) });
    const { code, stdout, stderr } = await cli(['check', '--kind', 'response', '--request', 'nowhere.json', 'response.json'], cwd);
    expect(code).toBe(2);
    expect(stderr).toBe('nowhere.json: does not exist; the responses were checked without it\n');
    expect(lines(stdout)[0]).toMatch(/^response\.json:15:3: \/ImportStatus error response-import-status-invalid: /);
  });
});

describe('check --kind error', () => {
  const notFound = { __type: 'EventDataStoreNotFoundException', message: 'Event data store not found.' };

  it('checks the error bodies against the --status they were answered with', async () => {
    const cwd = await tempDir({ 'not-found.json': json(notFound) });
    expect((await cli(['check', '--kind', 'error', '--status', '404', 'not-found.json'], cwd)).code).toBe(0);
    const { code, stdout } = await cli(['check', '--kind', 'error', '--status', '400', 'not-found.json'], cwd);
    expect(code).toBe(1);
    expect(lines(stdout)).toEqual([
      'not-found.json:1:1: (root) error error-status-mismatch: must be answered with HTTP 404 for EventDataStoreNotFoundException (got 400)',
      'checked 1 document in 1 file: 1 invalid, 1 error, 0 warnings',
    ]);
  });

  it('reports an exception StartImport does not model', async () => {
    const cwd = await tempDir({ 'validation.json': json({ __type: 'ValidationException', message: 'Validation failed' }) });
    const { code, stdout } = await cli(['check', '--kind', 'error', 'validation.json'], cwd);
    expect(code).toBe(1);
    expect(lines(stdout)[0]).toBe(
      "validation.json:2:3: /__type error error-not-modeled: must be one of StartImport's 12 modeled exceptions or AWS's common errors (got 'ValidationException')",
    );
  });
});

describe('textReporter', () => {
  it('writes a file with many violations in pieces of about 64 KB, the same lines in the same order as one write', () => {
    const writes: string[] = [];
    const reporter = textReporter({ write: (text: string) => writes.push(text) }, { write: () => true });
    const violations = validateStartImportRequest({ ...BAD_REGION, ...Object.fromEntries(Array.from({ length: 99 }, (_, k) => [`Unknown${k}`, k])) }).violations;
    const span = { start: { line: 3, column: 5 }, end: { line: 3, column: 9 } };
    const documents = Array.from({ length: 200 }, (_, index) => ({ file: 'many.json', absolute: undefined, index, kind: 'request' as const, valid: false, violations, spans: violations.map(() => span) }));
    reporter.documents(documents);
    const expected = documents.flatMap((document) => document.violations.map((v) => violationLine(document, v, span)));
    expect(writes.join('')).toBe(`${expected.join('\n')}\n`);
    expect(writes.length).toBeGreaterThan(1);
    for (const piece of writes) expect(piece.length).toBeLessThan(70_000);
  });
});
