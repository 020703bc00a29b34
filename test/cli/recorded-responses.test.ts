/**
 * `check --kind wire` checks the answer recorded beside each request — a HAR entry's `response`, a
 * wire document's `response: { status, body }` — as what the endpoint answered: the output of the
 * operation the request's target names (a 2xx status) or its error (any other), as `check --kind
 * response` and `--kind error` check them, findings under `/response`. A request recorded without
 * an answer to read (status 0, no text kept) is checked as before.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JsonDocument } from '../../src/cli/index.js';
import { checkRecordedResponse } from '../../src/cli/recorded-response.js';
import { CONTRACT_OPERATIONS } from '../../src/contract/operations.js';
import { loadFixtures } from '../support/fixtures.js';
import { cli, tempDir } from './helpers.js';

const CLOUDTRAIL = 'https://cloudtrail.us-east-1.amazonaws.com/';
const LOGS = 'https://logs.us-east-1.amazonaws.com/';
const RETRY_BODY = '{"ImportId":"4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b"}';

interface Answer {
  readonly status: number;
  readonly text?: string;
  readonly encoding?: 'base64';
}

/** A HAR 1.2 entry of a request to `target` with `body`, and the answer recorded. */
function entry(target: string, body: string, answer: Answer, url = CLOUDTRAIL): unknown {
  const content = { size: answer.text?.length ?? 0, mimeType: 'application/x-amz-json-1.1', ...(answer.text === undefined ? {} : { text: answer.text }), ...(answer.encoding === undefined ? {} : { encoding: answer.encoding }) };
  return {
    startedDateTime: '2026-12-07T08:00:00.000Z',
    time: 12,
    request: {
      method: 'POST',
      url,
      httpVersion: 'HTTP/1.1',
      cookies: [],
      headers: [
        { name: 'Content-Type', value: 'application/x-amz-json-1.1' },
        { name: 'X-Amz-Target', value: target },
      ],
      queryString: [],
      postData: { mimeType: 'application/x-amz-json-1.1', text: body },
      headersSize: -1,
      bodySize: body.length,
    },
    response: { status: answer.status, statusText: '', httpVersion: 'HTTP/1.1', cookies: [], headers: [], content, redirectURL: '', headersSize: -1, bodySize: -1 },
    cache: {},
    timings: { send: 0, wait: 12, receive: 0 },
  };
}

const har = (entries: readonly unknown[]): string => `${JSON.stringify({ log: { version: '1.2', creator: { name: 'test', version: '1' }, entries } }, null, 2)}\n`;

async function checkWire(files: Readonly<Record<string, string>>, ...paths: string[]): Promise<{ readonly code: number; readonly documents: JsonDocument[]; readonly stderr: string }> {
  const cwd = await tempDir(files);
  const { code, stdout, stderr } = await cli(['check', '--kind', 'wire', '--format', 'json', ...paths], cwd);
  return { code, stderr, documents: JSON.parse(stdout) as JsonDocument[] };
}

const found = (document: JsonDocument | undefined): string[] => (document?.violations ?? []).map((v) => `${v.code} ${v.path}`);

describe('the answers a HAR file records', () => {
  it('checks a 2xx answer as the operation’s output and any other as its error, its status on /response/status', async () => {
    const { code, documents, stderr } = await checkWire(
      {
        'recorded.har': har([
          entry('CloudTrail_20131101.GetImport', RETRY_BODY, { status: 200, text: '{"ImportId":"4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b","ImportStatus":"DONE"}' }),
          entry('CloudTrail_20131101.GetImport', RETRY_BODY, { status: 404, text: '{"__type":"ThrottlingException","message":"Rate exceeded"}' }),
          entry('CloudTrail_20131101.GetImport', RETRY_BODY, { status: 400, text: '{"__type":"ImportNotFoundException","message":"no such import"}' }),
          entry('CloudTrail_20131101.StopImport', RETRY_BODY, { status: 400, text: '{"__type":"AccountHasOngoingImportException","message":"busy"}' }),
          entry('CloudTrail_20131101.GetImport', RETRY_BODY, { status: 200, text: '{"ImportId":"4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b","ImportStatus":"COMPLETED"}' }),
        ]),
      },
      'recorded.har',
    );
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(documents.map(found)).toEqual([
      ['response-import-status-invalid /response/body/ImportStatus'],
      ['error-status-mismatch /response/status'],
      ['error-status-mismatch /response/status'],
      ['error-not-modeled /response/body/__type'],
      [],
    ]);
  });

  it('places an answer’s finding on the entry’s response: its status, or its content.text', async () => {
    const cwd = await tempDir({
      'recorded.har': har([
        entry('CloudTrail_20131101.GetImport', RETRY_BODY, { status: 200, text: '{"ImportStatus":"DONE"}' }),
        entry('CloudTrail_20131101.GetImport', RETRY_BODY, { status: 503, text: '{"__type":"ThrottlingException","message":"Rate exceeded"}' }),
      ]),
    });
    const { stdout } = await cli(['check', '--kind', 'wire', '--format', 'sarif', 'recorded.har'], cwd);
    const results = (JSON.parse(stdout) as { runs: { results: { ruleId: string; locations: { physicalLocation: { region: { startLine: number } } }[] }[] }[] }).runs[0]?.results ?? [];
    const text = readFileSync(join(cwd, 'recorded.har'), 'utf8').split('\n');
    const lineOf = (rule: string): string | undefined => {
      const result = results.find((r) => r.ruleId === rule);
      return result === undefined ? undefined : text[(result.locations[0]?.physicalLocation.region.startLine ?? 0) - 1]?.trim();
    };
    expect(lineOf('response-import-status-invalid')).toBe('"text": "{\\"ImportStatus\\":\\"DONE\\"}"');
    expect(lineOf('error-status-mismatch')).toBe('"status": 503,');
  });

  it('checks a StartImport answer against the request it answers (response-mismatch-request)', async () => {
    const other = '{"ImportId":"0b2f7a4c-9f3e-4c1d-8a55-6c1e2f3d4b5a","ImportStatus":"INITIALIZING"}';
    const { documents } = await checkWire({ 'recorded.har': har([entry('CloudTrail_20131101.StartImport', RETRY_BODY, { status: 200, text: other })]) }, 'recorded.har');
    expect(found(documents[0])).toContain('response-mismatch-request /response/body/ImportId');
  });

  it('takes the protocol error an endpoint answers a request it cannot read with, and no other answer to a readable one', async () => {
    const exchange = (contentType: string, body: string, status: number, answer: string): unknown => ({
      headers: { 'Content-Type': contentType, 'X-Amz-Target': 'CloudTrail_20131101.ListImports' },
      body,
      response: { status, body: answer },
    });
    const serialization = '{"__type":"SerializationException","message":"Start of structure or map found where not expected."}';
    const { documents } = await checkWire(
      {
        'exchanges.json': JSON.stringify([
          exchange('application/json', '{}', 400, serialization),
          exchange('application/x-amz-json-1.1', '[]', 400, '{"__type":"com.amazon.coral.service#SerializationException","message":"Not an object."}'),
          exchange('application/x-amz-json-1.1', '{}', 400, serialization),
          exchange('application/json', '{}', 500, serialization),
        ]),
      },
      'exchanges.json',
    );
    // Before: error-not-modeled on the first two answers as well, beside the request's own finding.
    expect(documents.map(found)).toEqual([
      ['wire-content-type-invalid /headers/content-type'],
      ['wire-body-not-json /body'],
      ['error-not-modeled /response/body/__type'],
      ['wire-content-type-invalid /headers/content-type', 'error-not-modeled /response/body/__type'],
    ]);
  });

  it('reads base64 content, and checks a CloudWatch Logs answer as its task operation’s', async () => {
    const source = 'arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/0b2f7a4c-9f3e-4c1d-8a55-6c1e2f3d4b5a';
    const body = JSON.stringify({ importSourceArn: source, importRoleArn: 'arn:aws:iam::123456789012:role/Import' });
    const answer = Buffer.from(JSON.stringify({ importId: 'x', importDestinationArn: 'arn:aws:s3:::bucket' })).toString('base64');
    const { documents } = await checkWire({ 'logs.har': har([entry('Logs_20140328.CreateImportTask', body, { status: 200, text: answer, encoding: 'base64' }, LOGS)]) }, 'logs.har');
    expect(found(documents[0])).toEqual(['logs-destination-not-log-group /response/body/importDestinationArn']);
  });

  it('checks the request alone when the answer cannot be read: status 0 (aborted), no text kept', async () => {
    const { code, documents } = await checkWire(
      {
        'recorded.har': har([
          entry('CloudTrail_20131101.GetImport', RETRY_BODY, { status: 0 }),
          entry('CloudTrail_20131101.GetImport', RETRY_BODY, { status: 200 }),
          entry('CloudTrail_20131101.GetImport', '{"ImportId":"nope"}', { status: 0, text: '{"ImportStatus":"DONE"}' }),
        ]),
      },
      'recorded.har',
    );
    expect(code).toBe(1);
    expect(documents.map(found)).toEqual([[], [], ['import-id-invalid /body/ImportId']]);
  });

  it('finds in an answer made of each error fixture what check --kind error finds in the fixture, at its status', async () => {
    const fixtures = loadFixtures().filter((fixture) => fixture.kind === 'errors');
    expect(fixtures.length).toBeGreaterThan(10);
    const entries = fixtures.map((fixture) => entry('CloudTrail_20131101.StartImport', RETRY_BODY, { status: fixture.status ?? 400, text: JSON.stringify(fixture.document) }));
    const { documents } = await checkWire({ 'recorded.har': har(entries) }, 'recorded.har');
    for (const [index, fixture] of fixtures.entries()) {
      const alone = await checkWire({ 'error.json': JSON.stringify(fixture.document) }, '--kind', 'error', '--status', String(fixture.status ?? 400), 'error.json');
      const expected = (alone.documents[0]?.violations ?? []).map((v) => ({ ...v, path: v.code === 'error-status-mismatch' ? '/response/status' : `/response/body${v.path}` }));
      expect(documents[index]?.violations, fixture.name).toEqual(expected);
    }
  });
});

describe('the answer a wire document records as response: { status, body }', () => {
  const document = (response: unknown): string =>
    JSON.stringify({ url: CLOUDTRAIL, headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': 'CloudTrail_20131101.GetImport' }, body: RETRY_BODY, response });

  it('is checked as a HAR entry’s answer is', async () => {
    const { documents } = await checkWire({ 'a.json': document({ status: 200, body: '{"ImportStatus":"DONE"}' }) }, 'a.json');
    expect(found(documents[0])).toEqual(['response-import-status-invalid /response/body/ImportStatus']);
  });

  it('names a response that is no { status, body }, a status that is no HTTP status, and a body that is not text', async () => {
    const { documents } = await checkWire(
      { 'a.json': document(5), 'b.json': document({ status: '200', body: '{}' }), 'c.json': document({ status: 200, body: {} }), 'd.json': document({ status: 200, body: 'not json' }) },
      'a.json',
      'b.json',
      'c.json',
      'd.json',
    );
    expect(documents.map(found)).toEqual([['type-mismatch /response'], ['type-mismatch /response/status'], ['type-mismatch /response/body'], ['type-mismatch /response/body']]);
  });
});

describe('checkRecordedResponse on any recorded value', () => {
  it('never throws, and every finding is under /response', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CONTRACT_OPERATIONS),
        fc.oneof(fc.jsonValue(), fc.record({ status: fc.oneof(fc.integer({ min: 0, max: 700 }), fc.jsonValue()), body: fc.oneof(fc.json(), fc.string(), fc.jsonValue()) }, { requiredKeys: [] })),
        (operation, response) => {
          for (const found of checkRecordedResponse(operation, undefined, response, {})) expect(found.path.startsWith('/response')).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
