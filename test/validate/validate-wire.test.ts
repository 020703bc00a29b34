import { fc, test } from '@fast-check/vitest';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { describe as describeValue } from '../../src/contract/timestamps.js';
import { CONTRACT_OPERATIONS, IMPORT_OPERATIONS, LOGS_IMPORT_OPERATIONS, targetsOf, type ContractOperation, type ContractService, type ImportOperation, type LogsImportOperation } from '../../src/contract/operations.js';
import { importRequest, invalidImportRequest } from '../../src/arbitraries/index.js';
import { validateImportHttpRequest, validateImportRequest, validateStartImportRequest, type ImportHttpRequest, type WireValidationOptions } from '../../src/index.js';
import { loadImportPolicy, PolicyError } from '../../src/policy/index.js';
import { loadWireFixtures } from '../support/fixtures.js';

/** A request of fixtures/wire by its name there. */
function wireFixture(name: string): ImportHttpRequest {
  const fixture = loadWireFixtures().find((candidate) => candidate.name === name);
  if (fixture === undefined) throw new Error(`no wire fixture ${name}`);
  return fixture.request;
}

const GET_IMPORT = '{"ImportId":"6a1d3e5f-8b2c-4d7e-9f0a-1b2c3d4e5f60"}';
const HEADERS = { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': 'CloudTrail_20131101.GetImport' };

const messages = (request: ImportHttpRequest): string[] => validateImportHttpRequest(request).violations.map((v) => `${v.path} ${v.code}: ${v.message}`);

describe('validateImportHttpRequest', () => {
  it('accepts every import operation in both target forms and reads it as the kind', () => {
    for (const operation of IMPORT_OPERATIONS) {
      for (const target of targetsOf(operation)) {
        const result = validateImportHttpRequest({ headers: { ...HEADERS, 'X-Amz-Target': target }, body: '{}' });
        expect(result).toEqual({ valid: true, kind: operation, violations: [], body: {} });
      }
    }
  });

  it('reads header names case-insensitively, from a record or a Headers', () => {
    const lower = { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'CloudTrail_20131101.GetImport' };
    const upper = { 'CONTENT-TYPE': 'application/x-amz-json-1.1', 'X-AMZ-TARGET': 'CloudTrail_20131101.GetImport' };
    for (const headers of [lower, upper, new Headers(HEADERS)]) {
      expect(validateImportHttpRequest({ headers, body: GET_IMPORT }).valid).toBe(true);
    }
  });

  it.each(['application/x-amz-json-1.1; charset=utf-8', 'APPLICATION/X-AMZ-JSON-1.1', ' application/x-amz-json-1.1 ;charset=UTF-8'])(
    'accepts the content type %j (media types are case-insensitive, parameters allowed)',
    (contentType) => {
      expect(messages({ headers: { ...HEADERS, 'Content-Type': contentType }, body: GET_IMPORT })).toEqual([]);
    },
  );

  it('rejects a target naming no import operation, saying what it got', () => {
    expect(messages({ headers: { ...HEADERS, 'X-Amz-Target': 'CloudTrail_20131101.CreateTrail' }, body: '{}' })).toEqual([
      "/headers/x-amz-target wire-target-unknown: must name an import operation as CloudTrail_20131101.OPERATION or its qualified botocore form (got 'CloudTrail_20131101.CreateTrail')",
    ]);
    const result = validateImportHttpRequest({ headers: { 'Content-Type': 'application/x-amz-json-1.1' }, body: '{}' });
    expect(result.kind).toBe('unknown');
    expect(result.violations[0]?.message).toMatch(/\(got no X-Amz-Target header\)$/);
    expect(result.violations[0]?.exception).toBe('UnknownOperationException');
  });

  it('rejects a content type other than awsJson1_1, saying what it got', () => {
    expect(messages({ headers: { ...HEADERS, 'Content-Type': 'application/json' }, body: GET_IMPORT })).toEqual([
      "/headers/content-type wire-content-type-invalid: must be application/x-amz-json-1.1 (got 'application/json')",
    ]);
    expect(messages({ headers: { 'X-Amz-Target': HEADERS['X-Amz-Target'] }, body: GET_IMPORT })).toEqual([
      '/headers/content-type wire-content-type-invalid: must be application/x-amz-json-1.1 (got no Content-Type header)',
    ]);
  });

  it.each([
    ['', 'an empty body'],
    [' \r\n', 'a body of white space'],
    ['[{}]', 'an array in JSON'],
    ['42', 'the number 42 in JSON'],
    ['null', 'null in JSON'],
    ['"{}"', "the string '{}' in JSON"],
    ['{"ImportId": ', `text that is not JSON: '{"ImportId": '`],
    ['\u001f\u008b\b\u0000', "text that is not JSON: '\\u001f\\u008b\\u0008\\u0000'"],
  ])('rejects the body %j as not a JSON object (got %s)', (body, got) => {
    const result = validateImportHttpRequest({ headers: HEADERS, body });
    expect(result.violations.map((v) => `${v.path} ${v.code} ${v.exception ?? ''}: ${v.message}`)).toEqual([
      `/body wire-body-not-json SerializationException: must be a JSON object (got ${got})`,
    ]);
    expect(result.body).toBeUndefined();
    expect(result.kind).toBe('GetImport');
  });

  it('clips a long body in its message to one short line', () => {
    const [message = ''] = messages({ headers: HEADERS, body: `{"ImportId":"${'a'.repeat(5000)}\n` });
    expect(message.length).toBeLessThan(200);
    expect(message).toMatch(/…'\)$/);
  });

  it('reports every wire check that fails, in catalogue order, and still parses a good body', () => {
    const result = validateImportHttpRequest({ headers: { 'content-type': 'text/plain;charset=UTF-8' }, body: GET_IMPORT });
    expect(result.violations.map((v) => v.code)).toEqual(['wire-target-unknown', 'wire-content-type-invalid']);
    expect(result.valid).toBe(false);
    expect(result.body).toEqual({ ImportId: '6a1d3e5f-8b2c-4d7e-9f0a-1b2c3d4e5f60' });
  });

  it('ignores the method and the URL, which the handlers match before these checks', () => {
    expect(validateImportHttpRequest({ method: 'GET', url: 'http://localhost/', headers: HEADERS, body: GET_IMPORT }).valid).toBe(true);
  });

  it('reports headers that throw when read by the header checks, and still checks the body', () => {
    const hostile = {
      get headers(): never {
        throw new Error('revoked');
      },
      body: '[]',
    };
    expect(messages(hostile)).toEqual([
      '/headers/x-amz-target wire-target-unknown: must name an import operation as CloudTrail_20131101.OPERATION or its qualified botocore form (got a value that threw when read: revoked)',
      '/headers/content-type wire-content-type-invalid: must be application/x-amz-json-1.1 (got a value that threw when read: revoked)',
      '/body wire-body-not-json: must be a JSON object (got an array in JSON)',
    ]);
  });

  it('reports a body that throws when read by the body check, and still checks the headers', () => {
    const result = validateImportHttpRequest({
      headers: HEADERS,
      get body(): never {
        throw new Error('stream locked');
      },
    });
    expect(result.kind).toBe('GetImport');
    expect(result.violations.map((v) => `${v.path} ${v.code}: ${v.message}`)).toEqual(['/body wire-body-not-json: must be a JSON object (got a value that threw when read: stream locked)']);
  });

  it('reports a body that is a revoked Proxy by the body check', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(validateImportHttpRequest({ headers: HEADERS, body: proxy as unknown as string }).violations.map((v) => `${v.path} ${v.code}`)).toEqual(['/body wire-body-not-json']);
  });

  it.each([null, undefined, 42, 'text'])('reports each part of a request that is %j, not an object', (request) => {
    const result = validateImportHttpRequest(request as unknown as ImportHttpRequest);
    expect(result.violations.map((v) => v.code)).toEqual(['wire-target-unknown', 'wire-content-type-invalid', 'wire-body-not-json']);
    expect(result.violations[2]?.message).toMatch(/\(got no body: the request is .+, not an object\)$/);
  });

  it('reports a header holding an object at that header only, and reads the rest', () => {
    const result = validateImportHttpRequest({ headers: { ...HEADERS, 'Content-Type': { value: 'application/x-amz-json-1.1' } } as never, body: GET_IMPORT });
    expect(result.kind).toBe('GetImport');
    expect(result.body).toEqual(JSON.parse(GET_IMPORT));
    expect(result.violations.map((v) => `${v.path} ${v.code}: ${v.message}`)).toEqual([
      '/headers/content-type wire-content-type-invalid: must be application/x-amz-json-1.1 (got an object in the Content-Type header instead of text)',
    ]);
  });

  it('reports headers.get answering with no text at that header, and reads the rest', () => {
    const headers = { get: (name: string): unknown => (name === 'x-amz-target' ? 42 : 'application/x-amz-json-1.1') };
    const result = validateImportHttpRequest({ headers: headers as never, body: GET_IMPORT });
    expect(result.body).toEqual(JSON.parse(GET_IMPORT));
    expect(result.violations.map((v) => `${v.path} ${v.code}: ${v.message}`)).toEqual([
      "/headers/x-amz-target wire-target-unknown: must name an import operation as CloudTrail_20131101.OPERATION or its qualified botocore form (got the number 42 from headers.get('x-amz-target') instead of text)",
    ]);
  });

  test.prop([fc.record({ headers: fc.anything(), body: fc.anything() }, { requiredKeys: [] }), fc.constantFrom('CloudTrail', 'CloudWatchLogs', undefined)])(
    'never throws, whatever it is given, for either service',
    (request, service) => {
      const result = validateImportHttpRequest(request as ImportHttpRequest, service === undefined ? {} : { service });
      expect(result.valid).toBe(result.violations.length === 0);
    },
  );

  test.prop([fc.constantFrom(...IMPORT_OPERATIONS.flatMap(targetsOf)), fc.json()])('parses any JSON body and reports it only when it is no object', (target, body) => {
    const result = validateImportHttpRequest({ headers: { ...HEADERS, 'X-Amz-Target': target }, body });
    const parsed: unknown = JSON.parse(body);
    const isObject = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
    expect(result.valid).toBe(isObject);
    expect(result.body).toEqual(isObject ? parsed : undefined);
  });
});

describe("validateImportHttpRequest with service: 'CloudWatchLogs'", () => {
  const LOGS_HEADERS = { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': 'Logs_20140328.DescribeImportTasks' };

  it("accepts each of CloudWatch Logs' four import-task operations and reads it as the kind", () => {
    for (const operation of LOGS_IMPORT_OPERATIONS) {
      const result = validateImportHttpRequest({ headers: { ...LOGS_HEADERS, 'X-Amz-Target': `Logs_20140328.${operation}` }, body: '{}' }, { service: 'CloudWatchLogs' });
      expect(result).toEqual({ valid: true, kind: operation, violations: [], body: {} });
    }
  });

  it("rejects CloudTrail's targets and any other Logs operation, saying what a Logs target is; CloudTrail's default rejects the Logs targets", () => {
    for (const [target, got] of [
      ['CloudTrail_20131101.StartImport', "'CloudTrail_20131101.StartImport', an operation of CloudTrail, not of CloudWatch Logs"],
      ['Logs_20140328.PutLogEvents', "'Logs_20140328.PutLogEvents'"],
      ['Logs_20140328.CreateImportTasks', "'Logs_20140328.CreateImportTasks'"],
    ] as const) {
      const result = validateImportHttpRequest({ headers: { ...LOGS_HEADERS, 'X-Amz-Target': target }, body: '{}' }, { service: 'CloudWatchLogs' });
      expect(result.kind).toBe('unknown');
      expect(result.violations.map((v) => `${v.path} ${v.code}: ${v.message}`)).toEqual([
        `/headers/x-amz-target wire-target-unknown: must name a CloudWatch Logs import-task operation as Logs_20140328.OPERATION (got ${got})`,
      ]);
    }
    expect(validateImportHttpRequest({ headers: LOGS_HEADERS, body: '{}' }).violations.map((v) => v.code)).toEqual(['wire-target-unknown']);
    expect(validateImportHttpRequest({ headers: LOGS_HEADERS, body: '{}' }, { service: 'CloudTrail' }).kind).toBe('unknown');
  });

  it("says when a target names an import operation of the other service: a request sent to the wrong endpoint, or checked as the wrong service's", () => {
    const messageOf = (target: string, service: ContractService): string | undefined =>
      validateImportHttpRequest({ headers: { ...LOGS_HEADERS, 'X-Amz-Target': target }, body: '{}' }, { service }).violations[0]?.message;
    expect(messageOf('Logs_20140328.CreateImportTask', 'CloudTrail')).toBe(
      "must name an import operation as CloudTrail_20131101.OPERATION or its qualified botocore form (got 'Logs_20140328.CreateImportTask', an operation of CloudWatch Logs, not of CloudTrail)",
    );
    // Every form a service reads is known as the other's: botocore's qualified CloudTrail target too.
    expect(messageOf('com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.ListImports', 'CloudWatchLogs')).toContain('an operation of CloudTrail, not of CloudWatch Logs)');
    for (const operation of LOGS_IMPORT_OPERATIONS) expect(messageOf(`Logs_20140328.${operation}`, 'CloudTrail')).toContain('an operation of CloudWatch Logs, not of CloudTrail)');
    // A target of neither service's import operations gets no such word.
    for (const target of ['Logs_20140328.GetImport', 'CloudTrail_20131101.CreateTrail', 'Logs_20140328.createimporttask']) {
      expect(messageOf(target, 'CloudTrail')).toMatch(/\(got '[^']+'\)$/);
      expect(messageOf(target, 'CloudWatchLogs')).toMatch(/\(got '[^']+'\)$/);
    }
  });

  it("types kind by the service: CloudTrail's operations by default, Logs' with its service, either with a service known only at run time", () => {
    const request = { headers: LOGS_HEADERS, body: '{}' };
    expectTypeOf(validateImportHttpRequest(request).kind).toEqualTypeOf<ImportOperation | 'unknown'>();
    expectTypeOf(validateImportHttpRequest(request, { service: 'CloudTrail' }).kind).toEqualTypeOf<ImportOperation | 'unknown'>();
    expectTypeOf(validateImportHttpRequest(request, { service: 'CloudWatchLogs' }).kind).toEqualTypeOf<LogsImportOperation | 'unknown'>();
    const service = 'CloudWatchLogs' as ContractService;
    expectTypeOf(validateImportHttpRequest(request, { service }).kind).toEqualTypeOf<ImportOperation | LogsImportOperation | 'unknown'>();
    expect(validateImportHttpRequest(request, { service }).kind).toBe('DescribeImportTasks');
  });

  it('runs the same content-type and body checks as for CloudTrail', () => {
    const result = validateImportHttpRequest({ headers: { ...LOGS_HEADERS, 'Content-Type': 'application/json' }, body: '[]' }, { service: 'CloudWatchLogs' });
    expect(result.kind).toBe('DescribeImportTasks');
    expect(result.violations.map((v) => v.code)).toEqual(['wire-content-type-invalid', 'wire-body-not-json']);
  });

  it.each([null, 42, 'CloudWatchLogs', { service: 'Logs' }, { service: 'cloudtrail' }, { service: 'toString' }, { service: null }])('is a TypeError naming options %j, before reading the request', (options) => {
    let read = false;
    const request = {
      get headers(): Record<string, string> {
        read = true;
        return LOGS_HEADERS;
      },
      body: '{}',
    };
    expect(() => validateImportHttpRequest(request, options as never)).toThrow(TypeError);
    expect(() => validateImportHttpRequest(request, options as never)).toThrow(/^validateImportHttpRequest: options/);
    const service: unknown = typeof options === 'object' && options !== null ? options.service : undefined;
    if (typeof options === 'object' && options !== null) expect(() => validateImportHttpRequest(request, options as never)).toThrow(`(got ${describeValue(service)})`);
    expect(read).toBe(false);
  });
});

describe('validateImportHttpRequest with input: true', () => {
  const NOW = new Date('2026-11-24T00:00:00Z');
  const START_IMPORT_TARGET = 'CloudTrail_20131101.StartImport';
  const httpRequest = (target: string, body: unknown, contentType = 'application/x-amz-json-1.1'): ImportHttpRequest => ({
    headers: { 'content-type': contentType, 'x-amz-target': target },
    body: JSON.stringify(body),
  });
  const targetOf = (operation: ContractOperation): string =>
    (LOGS_IMPORT_OPERATIONS as readonly string[]).includes(operation) ? `Logs_20140328.${operation}` : `CloudTrail_20131101.${operation}`;
  const serviceOf = (operation: ContractOperation): ContractService => ((LOGS_IMPORT_OPERATIONS as readonly string[]).includes(operation) ? 'CloudWatchLogs' : 'CloudTrail');
  const underBody = (value: unknown, operation: ContractOperation, now?: Date): string[] =>
    validateImportRequest(operation, value, now === undefined ? { shape: 'wire' } : { shape: 'wire', now }).violations.map((v) => `/body${v.path} ${v.code}: ${v.message}`);
  const found = (request: ImportHttpRequest, options: WireValidationOptions): string[] => validateImportHttpRequest(request, options).violations.map((v) => `${v.path} ${v.code}: ${v.message}`);

  test.prop([fc.constantFrom(...CONTRACT_OPERATIONS).chain((operation) => fc.tuple(fc.constant(operation), fc.oneof(importRequest(operation, { shape: 'wire' }), invalidImportRequest(operation, { shape: 'wire' }).map((labelled) => labelled.value)))), fc.boolean()])(
    "reports the wire checks' findings, then exactly the named operation's input findings under /body; valid only when neither has an error",
    ([operation, body], goodContentType) => {
      const request = httpRequest(targetOf(operation), body, goodContentType ? 'application/x-amz-json-1.1' : 'application/json');
      const wireOnly = validateImportHttpRequest(request, { service: serviceOf(operation) });
      // One "now" for both sides: the system clock moves between two calls, and the messages print it.
      const result = validateImportHttpRequest(request, { service: serviceOf(operation), input: true, now: NOW });
      // The body went through JSON: the input checked is what the endpoint parses, not the value before.
      const parsed: unknown = JSON.parse(request.body);
      // A body that is no JSON object (an invalid request may be an array) is the wire check's alone.
      const object = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
      const input = object ? underBody(parsed, operation, NOW) : [];
      expect(result.violations.map((v) => `${v.path} ${v.code}: ${v.message}`)).toEqual([...found(request, { service: serviceOf(operation) }), ...input]);
      expect(result.valid).toBe(wireOnly.valid && (!object || validateImportRequest(operation, parsed, { shape: 'wire', now: NOW }).valid));
      expect(result.kind).toBe(operation);
      expect(result.body).toEqual(object ? parsed : undefined);
    },
  );

  it('leaves the body unchecked by default, and when the target names no operation or the body is no JSON object', () => {
    const empty = httpRequest(START_IMPORT_TARGET, {});
    expect(found(empty, {})).toEqual([]);
    expect(found(empty, { input: false })).toEqual([]);
    expect(found(empty, { input: true })).toEqual(underBody({}, 'StartImport'));
    expect(found(empty, { input: true }).map((line) => line.split(':')[0])).toEqual(['/body request-empty']);
    expect(found(httpRequest('CloudTrail_20131101.StartImports', {}), { input: true }).map((line) => line.split(':')[0])).toEqual(['/headers/x-amz-target wire-target-unknown']);
    expect(found({ headers: { 'x-amz-target': START_IMPORT_TARGET, 'content-type': 'application/x-amz-json-1.1' }, body: '[]' }, { input: true }).map((line) => line.split(':')[0])).toEqual(['/body wire-body-not-json']);
  });

  it('reads "now" from options.now for the input checks that read the clock', () => {
    // The JS SDK's StartImport request of the fixture corpus, as it reached the endpoint.
    const request = wireFixture('wire/valid/sdk-start-import.json');
    const body: unknown = JSON.parse(request.body);
    expect(validateImportHttpRequest(request, { input: true }).violations).toEqual([]);
    const now = new Date('2023-06-01T00:00:00Z');
    expect(found(request, { input: true, now })).toEqual(underBody(body, 'StartImport', now));
    expect(found(request, { input: true, now }).map((line) => line.split(':')[0])).toContain('/body/StartEventTime time-range-in-future');
  });

  it("checks a StartImport body against options.policy too, as validateStartImportRequest does, the policy's findings after the contract's under /body", () => {
    // The fixture's request imports in eu-west-1.
    const policy = loadImportPolicy({ version: 1, rules: { 'allowed-regions': { regions: ['eu-central-1'] } } });
    const request = wireFixture('wire/valid/sdk-start-import.json');
    const body: unknown = JSON.parse(request.body);
    const result = validateImportHttpRequest(request, { input: true, now: NOW, policy });
    expect(result.valid).toBe(false);
    expect(result.violations).toEqual(validateStartImportRequest(body, { shape: 'wire', now: NOW, policy }).violations.map((v) => ({ ...v, path: `/body${v.path}` })));
    expect(result.violations.map((v) => v.code)).toContain('policy/allowed-regions');
    // Without input the body is not read: a policy there would pass what it was meant to refuse.
    expect(() => validateImportHttpRequest(request, { policy })).toThrow(new TypeError('validateImportHttpRequest: options.policy applies to the body, which is checked only with options.input: true'));
    expect(() => validateImportHttpRequest(request, { input: false, policy })).toThrow(TypeError);
    // A policy speaks of no other operation's input.
    expect(found(httpRequest('CloudTrail_20131101.GetImport', { ImportId: '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b' }), { input: true, policy })).toEqual([]);
    // A bad policy is the caller's PolicyError, when a StartImport body is checked against it.
    expect(() => validateImportHttpRequest(request, { input: true, policy: { version: 2 } as never })).toThrow(PolicyError);
  });

  it('is a TypeError naming a bad input or now option, before the request is read', () => {
    expect(() => validateImportHttpRequest(httpRequest(START_IMPORT_TARGET, {}), { input: 'yes' as never })).toThrow(new TypeError("validateImportHttpRequest: options.input must be true or false (got the string 'yes')"));
    expect(() => validateImportHttpRequest(httpRequest(START_IMPORT_TARGET, {}), { input: true, now: 'tomorrow' as never })).toThrow(/^validateImportHttpRequest: options\.now must be a valid Date or a function returning one \(got the string 'tomorrow'\)$/);
  });
});
