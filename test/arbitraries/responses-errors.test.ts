import * as sdk from '@aws-sdk/client-cloudtrail';
import type { StartImportCommandInput, StartImportResponse } from '@aws-sdk/client-cloudtrail';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TIMESTAMP_MEMBERS } from '../../src/contract/model.js';
import {
  INVALID_START_IMPORT_RESPONSE_CODES,
  invalidStartImportResponse,
  type LabelledInvalidResponse,
  startImportError,
  startImportExchange,
  startImportResponse,
} from '../../src/arbitraries/index.js';
import { catalogueEntry } from '../../src/rules/index.js';
import { IMPORT_STATUSES, START_IMPORT_ERROR_NAMES, START_IMPORT_ERRORS, validateStartImportError, validateStartImportResponse } from '../../src/index.js';
import { hashOf, SHAPES } from './support/labelled.js';
import { DOCUMENTED_COMMON_ERRORS } from '../support/common-errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const NEW_IMPORT = {
  Destinations: ['arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/0b2f7a4c-9f3e-4c1d-8a55-6c1e2f3d4b5a'],
  ImportSource: { S3: { S3LocationUri: 's3://example-trail-logs/AWSLogs/123456789012/CloudTrail/', S3BucketRegion: 'us-east-1', S3BucketAccessRoleArn: 'arn:aws:iam::123456789012:role/Importer' } },
  StartEventTime: '2024-01-01T00:00:00Z',
  EndEventTime: '2024-02-01T00:00:00.250Z',
};
const RETRY = { ImportId: '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b' };


/** A request or response with its timestamps in epoch seconds, read with Date itself rather than the validator's parser. */
function inSeconds(value: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const name of TIMESTAMP_MEMBERS) {
    const time = out[name];
    if (time instanceof Date) out[name] = time.getTime() / 1000;
    if (typeof time === 'string') out[name] = Date.parse(time) / 1000;
  }
  return out;
}

/** What is wrong with a response to `request`, checked without the validator; [] when nothing. Both in the wire shape. */
function answerProblems(request: Record<string, unknown>, response: Record<string, unknown>): string[] {
  const out: string[] = [];
  const created = response['CreatedTimestamp'];
  const updated = response['UpdatedTimestamp'];
  if (typeof created !== 'number' || typeof updated !== 'number' || !(created <= updated)) out.push('created ≤ updated');
  if (!Number.isInteger((created as number) * 1000) || !Number.isInteger((updated as number) * 1000)) out.push('whole milliseconds');
  if (!(IMPORT_STATUSES as readonly unknown[]).includes(response['ImportStatus'])) out.push('a modeled status');
  if ('ImportId' in request) {
    if (response['ImportId'] !== request['ImportId']) out.push("the retry's ImportId");
    return out;
  }
  if (!UUID.test(String(response['ImportId']))) out.push('a fresh lowercase UUID ImportId');
  if (response['ImportStatus'] !== 'INITIALIZING') out.push('INITIALIZING');
  for (const name of ['Destinations', 'ImportSource', 'StartEventTime', 'EndEventTime']) {
    if (JSON.stringify(response[name]) !== JSON.stringify(request[name])) out.push(`echoes ${name}`);
  }
  return out;
}

describe.each(SHAPES)('startImportExchange({ shape: %j })', (shape) => {
  const findings = ({ request, response }: { request: unknown; response: unknown }): string[] => [
    ...validateStartImportResponse(response, { request, shape }).violations.map((v) => `${v.code} ${v.path}`),
    ...answerProblems(inSeconds(request), inSeconds(response)),
  ];

  it('answers every request with a response of no violation at all, meeting every invariant', () => {
    fc.assert(
      fc.property(startImportExchange({ shape }), (exchange) => {
        expect(findings(exchange)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps every value met while shrinking valid', () => {
    const seen: { request: unknown; response: unknown }[] = [];
    // Fails on half the values, so the shrinker walks from the first of them to a minimal one.
    const result = fc.check(
      fc.property(startImportExchange({ shape }), (exchange) => {
        seen.push(exchange);
        return hashOf(exchange) % 2 === 0;
      }),
      { seed: 2, numRuns: 200 },
    );
    expect(result.failed).toBe(true);
    expect(seen.length).toBeGreaterThan(20);
    for (const exchange of seen) expect(findings(exchange)).toEqual([]);
  });
});

describe('startImportResponse', () => {
  it("types sdk values as the SDK's own StartImport input and output, so that mocks take them", () => {
    const [exchange] = fc.sample(startImportExchange({ kind: 'new' }), { seed: 9, numRuns: 1 });
    const input: StartImportCommandInput | undefined = exchange?.request;
    const output: StartImportResponse | undefined = exchange?.response;
    expect(output?.Destinations).toEqual(input?.Destinations);
  });

  it('gives the same values for the same seed', () => {
    const sample = (): unknown[] => fc.sample(startImportResponse(), { seed: 20261124, numRuns: 20 });
    expect(sample()).toEqual(sample());
  });

  it('echoes a given new import, whatever its shape, in the shape asked', () => {
    for (const response of fc.sample(startImportResponse({ request: NEW_IMPORT, shape: 'sdk' }), { seed: 1, numRuns: 50 })) {
      expect(validateStartImportResponse(response, { request: NEW_IMPORT, shape: 'sdk' }).violations).toEqual([]);
      expect(response.StartEventTime).toEqual(new Date('2024-01-01T00:00:00Z'));
      expect(response.EndEventTime).toEqual(new Date('2024-02-01T00:00:00.250Z'));
      expect(response.ImportStatus).toBe('INITIALIZING');
    }
  });

  it("carries a given retry's ImportId, with every status", () => {
    const responses = fc.sample(startImportResponse({ request: RETRY, shape: 'wire' }), { seed: 1, numRuns: 200 });
    for (const response of responses) expect(validateStartImportResponse(response, { request: RETRY, shape: 'wire' }).violations).toEqual([]);
    expect(new Set(responses.map((r) => r.ImportId))).toEqual(new Set([RETRY.ImportId]));
    expect(new Set(responses.map((r) => r.ImportStatus))).toEqual(new Set(IMPORT_STATUSES));
  });

  it('gives a new import the status asked for, which then draws only the response-status-unexpected warning', () => {
    const [response] = fc.sample(startImportResponse({ request: NEW_IMPORT, status: 'IN_PROGRESS', shape: 'cli' }), { seed: 1, numRuns: 1 });
    expect(response?.ImportStatus).toBe('IN_PROGRESS');
    expect(validateStartImportResponse(response, { request: NEW_IMPORT, shape: 'cli' }).violations.map((v) => `${v.severity} ${v.code}`)).toEqual([
      'warning response-status-unexpected',
    ]);
  });

  it.each([
    ['an empty request', {}, 'empty'],
    ['a retry with new-import members', { ...NEW_IMPORT, ...RETRY }, 'ambiguous'],
  ])('refuses to answer %s', (_what, request, kind) => {
    expect(() => startImportResponse({ request })).toThrow(`startImportResponse: request must be a new import or a retry (got a request classified '${kind}')`);
  });

  it('refuses to answer a request AWS refuses (it answers with an error, not a response echoing the mistake), naming the first error', () => {
    const destinations = ['arn:aws:cloudtrail:us-east-1:123456789012:trail/not-a-store'];
    expect(() => startImportResponse({ request: { ...NEW_IMPORT, Destinations: destinations } })).toThrow(
      /^startImportResponse: request must be one AWS accepts, which it answers with a response \(got destination-not-event-data-store at \/Destinations\/0: .+; AWS answers it with EventDataStoreARNInvalidException\)$/,
    );
    expect(() => startImportResponse({ request: { ImportId: 'not-an-import-id!' } })).toThrow(/got import-id-invalid at \/ImportId/);
  });

  it('answers a valid request whose time range is in the future, which is a matter of the clock, not of the request', () => {
    const future = { ...NEW_IMPORT, StartEventTime: '2999-01-01T00:00:00Z', EndEventTime: '2999-02-01T00:00:00Z' };
    expect(fc.sample(startImportResponse({ request: future, shape: 'cli' }), { seed: 1, numRuns: 1 })[0]?.StartEventTime).toBe('2999-01-01T00:00:00.000Z');
  });

  it('draws the same status and timestamps for a seed (snapshot)', () => {
    const drawn = fc.sample(startImportResponse({ request: NEW_IMPORT, shape: 'wire' }), { seed: 42, numRuns: 3 });
    expect(drawn.map(({ ImportId, ImportStatus, CreatedTimestamp, UpdatedTimestamp }) => ({ ImportId, ImportStatus, CreatedTimestamp, UpdatedTimestamp }))).toMatchInlineSnapshot(`
      [
        {
          "CreatedTimestamp": 1845221241.441,
          "ImportId": "ffffffe8-9cf2-8819-8000-0004ffffffe4",
          "ImportStatus": "INITIALIZING",
          "UpdatedTimestamp": 1845221241.441,
        },
        {
          "CreatedTimestamp": 1735689600.01,
          "ImportId": "44b9461a-fffd-8fff-bfff-ffe800000005",
          "ImportStatus": "INITIALIZING",
          "UpdatedTimestamp": 1735689600.01,
        },
        {
          "CreatedTimestamp": 1735689600,
          "ImportId": "24660b08-0003-1000-ba61-e5457a08ec4f",
          "ImportStatus": "INITIALIZING",
          "UpdatedTimestamp": 1735689600.011,
        },
      ]
    `);
  });
});

describe('invalidStartImportResponse', () => {
  describe.each(SHAPES)('shape %j', (shape) => {
    it.each(INVALID_START_IMPORT_RESPONSE_CODES)('labels every value with %s, the one violation it carries, also while shrinking', (code) => {
      const { severity } = catalogueEntry(code);
      const arbitrary = invalidStartImportResponse({ codes: [code], shape });
      const shrunk: LabelledInvalidResponse<typeof shape>[] = [];
      // Fails on a third of the values, so the shrinker walks from the first of them to a minimal one.
      const result = fc.check(
        fc.property(arbitrary, (value) => {
          shrunk.push(value);
          return hashOf(value) % 3 !== 0;
        }),
        { seed: 3 },
      );
      expect(result.failed).toBe(true);
      for (const { response, request, expected } of [...fc.sample(arbitrary, { seed: 3, numRuns: 150 }), ...shrunk]) {
        expect(expected).toBe(code);
        expect(request !== undefined).toBe(code === 'response-mismatch-request' || code === 'response-status-unexpected');
        const violations = validateStartImportResponse(response, request === undefined ? { shape } : { request, shape }).violations;
        expect(new Set(violations.map((v) => `${v.severity} ${v.code}`))).toEqual(new Set([`${severity} ${code}`]));
      }
    });
  });

  it('draws every error code, and no warning code, by default', () => {
    const drawn = new Set(fc.sample(invalidStartImportResponse(), { seed: 4, numRuns: 1000 }).map((v) => v.expected));
    expect([...drawn].sort()).toEqual(INVALID_START_IMPORT_RESPONSE_CODES.filter((code) => catalogueEntry(code).severity === 'error').sort());
  });

  it('gives the same values for the same seed', () => {
    const sample = (): unknown[] => fc.sample(invalidStartImportResponse({ shape: 'wire' }), { seed: 5, numRuns: 30 });
    expect(sample()).toEqual(sample());
  });

  it.each([
    [['partition-mismatch'], "invalidStartImportResponse: cannot produce 'partition-mismatch'"],
    [[], 'invalidStartImportResponse: codes must name at least one code'],
  ] as const)('refuses codes %j', (codes, message) => {
    expect(() => invalidStartImportResponse({ codes })).toThrow(message);
  });
});

describe('startImportError', () => {
  it("is an instance of the SDK's exception class, with the model's status and a 4–1000 character message, in the sdk shape", () => {
    const names = new Set<string>();
    for (const error of fc.sample(startImportError(), { seed: 6, numRuns: 500 })) {
      names.add(error.name);
      expect(error).toBeInstanceOf(sdk[error.name as keyof typeof START_IMPORT_ERRORS]);
      expect(error).toBeInstanceOf(sdk.CloudTrailServiceException);
      expect(error.$metadata.httpStatusCode).toBe(START_IMPORT_ERRORS[error.name as keyof typeof START_IMPORT_ERRORS]);
      expect(error.message.length).toBeGreaterThanOrEqual(4);
      expect(error.message.length).toBeLessThanOrEqual(1000);
      expect(validateStartImportError(error).violations).toEqual([]);
    }
    expect([...names].sort()).toEqual([...START_IMPORT_ERROR_NAMES].sort());
  });

  it('is the awsJson body and the HTTP status, 404 for the two not-found errors, in the wire shape', () => {
    for (const { status, body } of fc.sample(startImportError({ shape: 'wire' }), { seed: 7, numRuns: 500 })) {
      expect(status).toBe(['EventDataStoreNotFoundException', 'ImportNotFoundException'].includes(body.__type) ? 404 : 400);
      expect(Object.keys(body)).toEqual(['__type', 'message']);
      expect(body.message.length).toBeGreaterThanOrEqual(4);
      expect(body.message.length).toBeLessThanOrEqual(1000);
      expect(validateStartImportError(body, { status }).violations).toEqual([]);
    }
  });

  it("adds AWS's common errors with their statuses, as the SDK throws them, with common", () => {
    const statuses = new Map<string, number>();
    for (const error of fc.sample(startImportError({ common: true }), { seed: 9, numRuns: 1000 })) {
      statuses.set(error.name, error.$metadata.httpStatusCode ?? 0);
      expect(error).toBeInstanceOf(sdk.CloudTrailServiceException);
      expect(error.$fault).toBe((error.$metadata.httpStatusCode ?? 0) >= 500 ? 'server' : 'client');
      expect(validateStartImportError(error).violations).toEqual([]);
    }
    expect(statuses.size).toBe(START_IMPORT_ERROR_NAMES.length + 11);
    expect(Object.fromEntries([...statuses].filter(([name]) => !(START_IMPORT_ERROR_NAMES as readonly string[]).includes(name)))).toEqual(Object.fromEntries(DOCUMENTED_COMMON_ERRORS));
  });

  it('gives a common error named, in the wire shape with its status', () => {
    for (const { status, body } of fc.sample(startImportError({ name: 'ServiceUnavailable', shape: 'wire' }), { seed: 10, numRuns: 20 })) {
      expect([status, body.__type]).toEqual([503, 'ServiceUnavailable']);
      expect(validateStartImportError(body, { status }).violations).toEqual([]);
    }
  });

  it('gives only the exception named, and the same values for the same seed', () => {
    const sample = (): unknown[] => fc.sample(startImportError({ name: 'ImportNotFoundException', shape: 'wire' }), { seed: 8, numRuns: 50 });
    expect(sample()).toEqual(sample());
    expect(new Set(sample().map((error) => JSON.stringify((error as { status: number }).status)))).toEqual(new Set(['404']));
    for (const error of fc.sample(startImportError({ name: 'InvalidParameterException' }), { seed: 8, numRuns: 20 })) {
      expect(error).toBeInstanceOf(sdk.InvalidParameterException);
    }
  });
});
