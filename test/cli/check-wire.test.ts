/**
 * `check --kind wire`: HTTP requests as an endpoint receives them, checked by
 * `validateImportHttpRequest` — the same findings, in every format, whatever the documents hold.
 */
import { describe, expect, it } from 'vitest';
import type { JsonDocument } from '../../src/cli/index.js';
import { validateImportHttpRequest, validateImportRequest, type ImportHttpRequest } from '../../src/index.js';
import { loadWireFixtures } from '../support/fixtures.js';
import { cli, json, lines, RETRY, tempDir } from './helpers.js';

const HEADERS = { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': 'CloudTrail_20131101.GetImport' };
const GET_IMPORT = { headers: HEADERS, body: JSON.stringify(RETRY) };
const CREATE_TASK = {
  headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'Logs_20140328.CreateImportTask' },
  body: JSON.stringify({
    importSourceArn: 'arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/0b2f7a4c-9f3e-4c1d-8a55-6c1e2f3d4b5a',
    importRoleArn: 'arn:aws:iam::123456789012:role/cloudwatch-import',
  }),
};
/** The body of the JS SDK's StartImport request of the fixture corpus, as it reached the endpoint. */
const START_IMPORT_BODY = JSON.parse(loadWireFixtures().find((fixture) => fixture.name === 'wire/valid/sdk-start-import.json')?.request.body ?? 'null') as {
  readonly ImportSource: { readonly S3: Readonly<Record<string, string>> };
};
const startImport = (body: unknown): { headers: Record<string, string>; body: string } => ({
  headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'CloudTrail_20131101.StartImport' },
  body: JSON.stringify(body),
});

const codesOf = (document: JsonDocument | undefined): string[] => (document?.violations ?? []).map((v) => `${v.code} ${v.path}`);

describe('check --kind wire', () => {
  it('finds what validateImportHttpRequest finds in the HTTP parts, for each element of an array file, whatever the element is', async () => {
    const documents = [GET_IMPORT, 42, { headers: null, body: 7 }, { headers: { ...HEADERS, 'X-Amz-Target': 'CloudTrail_20131101.GetImports' }, body: '' }, []];
    const cwd = await tempDir({ 'requests.json': json(documents) });
    const { code, stdout, stderr } = await cli(['check', '--kind', 'wire', '--format', 'json', 'requests.json'], cwd);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const reported = JSON.parse(stdout) as JsonDocument[];
    expect(reported.map((document) => document.index)).toEqual([0, 1, 2, 3, 4]);
    reported.forEach((document, index) => {
      const expected = validateImportHttpRequest(documents[index] as ImportHttpRequest);
      expect(document.kind).toBe('wire');
      expect(document.valid).toBe(expected.valid);
      expect(document.violations).toEqual(expected.violations.map(({ code: c, severity, path, message, basis, exception }) => ({ code: c, severity, path, message, basis, exception })));
    });
    expect(codesOf(reported[0])).toEqual([]);
    expect(codesOf(reported[1])).toEqual(['wire-target-unknown /headers/x-amz-target', 'wire-content-type-invalid /headers/content-type', 'wire-body-not-json /body']);
    expect(codesOf(reported[3])).toEqual(['wire-target-unknown /headers/x-amz-target', 'wire-body-not-json /body']);
  });

  it("checks the body as the named operation's input in the wire shape, its findings under /body: a request AWS would refuse is not valid", async () => {
    const badRole = { ...START_IMPORT_BODY, ImportSource: { S3: { ...START_IMPORT_BODY.ImportSource.S3, S3BucketAccessRoleArn: 'CloudTrailLakeImport' } } };
    // Dates are not the wire shape's timestamps: epoch seconds are.
    const isoTimes = { ...START_IMPORT_BODY, StartEventTime: '2024-01-01T00:00:00Z' };
    const cwd = await tempDir({ 'requests.json': json([startImport(START_IMPORT_BODY), startImport(badRole), startImport(isoTimes), startImport({})]) });
    const { code, stdout } = await cli(['check', '--kind', 'wire', '--format', 'json', 'requests.json'], cwd);
    expect(code).toBe(1);
    const [good, role, iso, empty] = JSON.parse(stdout) as JsonDocument[];
    expect([good?.valid, role?.valid, iso?.valid, empty?.valid]).toEqual([true, false, false, false]);
    expect(codesOf(role)).toEqual(['role-arn-invalid /body/ImportSource/S3/S3BucketAccessRoleArn']);
    expect(codesOf(iso)).toEqual(['timestamp-invalid /body/StartEventTime']);
    expect(codesOf(empty)).toEqual(['request-empty /body']);
    // The message is the input check's own.
    const [input] = validateImportRequest('StartImport', badRole, { shape: 'wire' }).violations;
    expect(role?.violations[0]?.message).toBe(input?.message);
  });

  it('reads "now" from --now for the body checks that read the clock', async () => {
    const cwd = await tempDir({ 'start.json': json(startImport(START_IMPORT_BODY)) });
    expect((await cli(['check', '--kind', 'wire', 'start.json'], cwd)).code).toBe(0);
    const { stdout } = await cli(['check', '--kind', 'wire', '--now', '2023-06-01T00:00:00Z', '--format', 'json', 'start.json'], cwd);
    expect(codesOf((JSON.parse(stdout) as JsonDocument[])[0])).toContain('time-range-in-future /body/StartEventTime');
  });

  it("checks each request without --service against the service whose endpoint its url is: CloudWatch Logs' for a Logs endpoint, else CloudTrail's", async () => {
    const requests = [
      { ...CREATE_TASK, method: 'POST', url: 'https://logs.eu-west-1.amazonaws.com/' },
      { ...CREATE_TASK, url: 'https://logs-fips.us-gov-west-1.amazonaws.com/' },
      { ...GET_IMPORT, url: 'https://cloudtrail.eu-west-1.amazonaws.com/' },
      // No endpoint of either (a local emulator), or no url at all: CloudTrail, as --service's default.
      { ...GET_IMPORT, url: 'http://localhost:4566/' },
      GET_IMPORT,
      CREATE_TASK,
      // A CloudTrail operation sent to a Logs endpoint, and a Logs one to CloudTrail's: each is refused by the endpoint it reached.
      { ...GET_IMPORT, url: 'https://logs.eu-west-1.amazonaws.com/' },
      { ...CREATE_TASK, url: 'https://cloudtrail.eu-west-1.amazonaws.com/' },
    ];
    const cwd = await tempDir({ 'captured.json': json(requests) });
    const inferred = await cli(['check', '--kind', 'wire', '--format', 'json', 'captured.json'], cwd);
    const reported = JSON.parse(inferred.stdout) as JsonDocument[];
    expect(reported.map((document) => document.valid)).toEqual([true, true, true, true, true, false, false, false]);
    expect(reported[6]?.violations[0]?.message).toContain("(got 'CloudTrail_20131101.GetImport', an operation of CloudTrail, not of CloudWatch Logs)");
    expect(reported[7]?.violations[0]?.message).toContain("(got 'Logs_20140328.CreateImportTask', an operation of CloudWatch Logs, not of CloudTrail)");
    // --service says it for every request, whatever its url.
    const named = await cli(['check', '--kind', 'wire', '--service', 'CloudTrail', '--format', 'json', 'captured.json'], cwd);
    expect((JSON.parse(named.stdout) as JsonDocument[]).map((document) => document.valid)).toEqual([false, false, true, true, true, false, true, false]);
  });

  it('knows a Logs endpoint written without its final /, in upper case or with its default port, as the SDK would reach it', async () => {
    const urls = ['https://logs.eu-west-1.amazonaws.com', 'https://LOGS.EU-WEST-1.AMAZONAWS.COM/', 'https://logs.eu-west-1.amazonaws.com:443/?x=1'];
    const cwd = await tempDir({ 'captured.json': json(urls.map((url) => ({ ...CREATE_TASK, url }))) });
    const { code, stdout } = await cli(['check', '--kind', 'wire', '--format', 'json', 'captured.json'], cwd);
    expect((JSON.parse(stdout) as JsonDocument[]).map((document) => codesOf(document))).toEqual([[], [], []]);
    expect(code).toBe(0);
  });

  it('checks targets against the service --service names: CloudTrail by default', async () => {
    const cwd = await tempDir({ 'task.json': json(CREATE_TASK), 'get.json': json(GET_IMPORT) });
    const byDefault = await cli(['check', '--kind', 'wire', '--format', 'json', 'task.json', 'get.json'], cwd);
    expect(byDefault.code).toBe(1);
    expect((JSON.parse(byDefault.stdout) as JsonDocument[]).map((document) => [document.file, document.valid])).toEqual([
      ['task.json', false],
      ['get.json', true],
    ]);
    const logs = await cli(['check', '--kind', 'wire', '--service', 'CloudWatchLogs', '--format', 'json', 'task.json', 'get.json'], cwd);
    expect(logs.code).toBe(1);
    const [task, get] = JSON.parse(logs.stdout) as JsonDocument[];
    expect(codesOf(task)).toEqual([]);
    expect(codesOf(get)).toEqual(['wire-target-unknown /headers/x-amz-target']);
    expect(get?.violations[0]?.message).toBe("must name a CloudWatch Logs import-task operation as Logs_20140328.OPERATION (got 'CloudTrail_20131101.GetImport', an operation of CloudTrail, not of CloudWatch Logs)");
  });

  it('places a finding on the header as written, in text and SARIF alike', async () => {
    const request = { headers: { 'x-amz-target': 'CloudTrail_20131101.StartImports', 'content-type': 'application/x-amz-json-1.1' }, body: '{}' };
    const cwd = await tempDir({ 'typo.json': json(request) });
    const text = await cli(['check', '--kind', 'wire', 'typo.json'], cwd);
    expect(text.code).toBe(1);
    expect(lines(text.stdout)).toEqual([
      "typo.json:3:5: /headers/x-amz-target error wire-target-unknown: must name an import operation as CloudTrail_20131101.OPERATION or its qualified botocore form (got 'CloudTrail_20131101.StartImports')",
      'checked 1 document in 1 file: 1 invalid, 1 error, 0 warnings',
    ]);
    const sarif = await cli(['check', '--kind', 'wire', '--format', 'sarif', 'typo.json'], cwd);
    const log = JSON.parse(sarif.stdout) as { runs: { results: { ruleId: string; locations: { physicalLocation: { region: { startLine: number; startColumn: number } } }[] }[] }[] };
    const [result] = log.runs[0]?.results ?? [];
    expect(result?.ruleId).toBe('wire-target-unknown');
    expect(result?.locations[0]?.physicalLocation.region).toMatchObject({ startLine: 3, startColumn: 5 });
  });

  it('places a header finding on the header as the document writes its name, in any case, while the path keeps it in lower case', async () => {
    const requests = [
      { headers: { 'X-Amz-Target': 'CloudTrail_20131101.StartImports', 'Content-Type': 'application/json' }, body: '{}' },
      // A name written twice: the finding lands on the one in lower case, the path's own.
      { headers: { 'X-AMZ-TARGET': 'CloudTrail_20131101.GetImport', 'x-amz-target': 'nothing' }, body: '{}' },
      // No such header in any case (and no Content-Type above either): the finding lands on the headers.
      { headers: { Host: 'cloudtrail.us-east-1.amazonaws.com' }, body: '{}' },
    ];
    const cwd = await tempDir({ 'captured.json': json(requests) });
    const text = await cli(['check', '--kind', 'wire', 'captured.json'], cwd);
    expect(text.code).toBe(1);
    const places = lines(text.stdout)
      .slice(0, -1)
      .map((line) => line.split(' error ')[0]);
    expect(places).toEqual([
      'captured.json:4:7: #0 /headers/x-amz-target',
      'captured.json:5:7: #0 /headers/content-type',
      'captured.json:12:7: #1 /headers/x-amz-target',
      'captured.json:10:5: #1 /headers/content-type',
      'captured.json:17:5: #2 /headers/x-amz-target',
      'captured.json:17:5: #2 /headers/content-type',
    ]);
  });

  it('keeps checking the other files when one cannot be read, and exits 2', async () => {
    const cwd = await tempDir({ 'broken.json': '{"headers": ', 'get.json': json(GET_IMPORT) });
    const { code, stdout } = await cli(['check', '--kind', 'wire', 'broken.json', 'get.json'], cwd);
    expect(code).toBe(2);
    expect(lines(stdout).at(-1)).toBe('checked 1 document in 1 file: 0 invalid, 0 errors, 0 warnings; 1 input could not be checked');
  });
});
