/**
 * The validators over the shared hostile values (test/support/hostile-arbitrary.ts): never a throw,
 * a result of the documented shape, no prototype pollution; plain data is never changed.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  validateImportHttpRequest,
  validateStartImportError,
  validateStartImportRequest,
  validateStartImportResponse,
  type ImportHttpRequest,
} from '../../src/index.js';
import { requestLike, responseLike, SHAPES } from '../support/fuzz-arbitraries.js';
import { recordingWrites, resultProblems } from '../support/fuzz-invariants.js';
import { hostileValue, isPrototypePolluted, withHostileMember, type Hostile } from '../support/hostile-arbitrary.js';

const NOW = new Date('2026-01-01T00:00:00Z');
const MEMBERS = ['Destinations', 'ImportSource', 'StartEventTime', 'EndEventTime', 'ImportId', 'ImportStatus', 'CreatedTimestamp', 'UpdatedTimestamp'];
const hostile = hostileValue(MEMBERS);

afterEach(() => {
  expect(isPrototypePolluted(), 'Object.prototype was polluted').toBe(false);
});

describe('validateStartImportRequest, validateStartImportResponse and validateStartImportError, fuzzed with hostile values', () => {
  it.each(SHAPES)('keep their contract in the %s shape for any hostile value, alone or as a member', (shape) => {
    const value = fc.oneof(hostile, fc.tuple(requestLike, fc.constantFrom(...MEMBERS), hostile).map(([request, name, member]): Hostile => ({ label: `${name}: ${member.label}`, make: () => withHostileMember(request, name, member) })));
    fc.assert(
      fc.property(value, (hostileInput) => {
        const input = hostileInput.make();
        expect(resultProblems(validateStartImportRequest(input, { shape, now: NOW }), 'request')).toEqual([]);
        expect(resultProblems(validateStartImportResponse(input, { shape, request: input }), 'response')).toEqual([]);
        expect(resultProblems(validateStartImportError(input), 'error')).toEqual([]);
      }),
      { numRuns: 250 },
    );
  });

  it('never write to plain data, whatever it holds', () => {
    fc.assert(
      fc.property(fc.oneof(requestLike, responseLike), fc.constantFrom(...SHAPES), (input, shape) => {
        const watched = recordingWrites(input);
        validateStartImportRequest(watched.value, { shape, now: NOW });
        validateStartImportResponse(watched.value, { shape, request: watched.value });
        validateStartImportError(watched.value);
        expect(watched.writes).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('leave Object.prototype alone when fed __proto__ and constructor payloads through JSON.parse', () => {
    const payload = fc.constantFrom('{"__proto__":{"polluted":1}}', '{"constructor":{"prototype":{"polluted":1}}}', '{"ImportSource":{"__proto__":{"polluted":1},"S3":{"__proto__":{"polluted":1}}}}');
    fc.assert(
      fc.property(payload, fc.constantFrom(...SHAPES), (text, shape) => {
        const value: unknown = JSON.parse(text);
        validateStartImportRequest(value, { shape, now: NOW });
        validateStartImportResponse(value, { shape, request: value });
        validateStartImportError(value);
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      }),
      { numRuns: 60 },
    );
  });
});

const TARGETS = ['CloudTrail_20131101.StartImport', 'CloudTrail_20131101.GetImport', 'com.amazonaws.cloudtrail.v20131101#CloudTrail_20131101.ListImports', 'CloudTrail_20131101.CreateTrail', ''];
const text = (value: string): Hostile => ({ label: JSON.stringify(value), make: () => value });
const headerValue = fc.oneof(fc.constantFrom(...TARGETS, 'application/x-amz-json-1.1', 'application/json').map(text), hostile);
const headers = fc.oneof(
  fc.tuple(headerValue, headerValue).map(([target, type]): Hostile => ({ label: 'record', make: () => ({ 'X-Amz-Target': target.make(), 'Content-Type': type.make() }) })),
  fc.tuple(headerValue, headerValue).map(([target, type]): Hostile => ({ label: 'lookup', make: () => ({ get: (name: string): unknown => (name === 'x-amz-target' ? target.make() : type.make()) }) })),
  hostile,
);
const body = fc.oneof(fc.json().map(text), fc.string().map(text), hostile);
const request = fc.oneof(
  fc.tuple(headers, body).map(([h, b]): Hostile => ({ label: `{ headers: ${h.label}, body: ${b.label} }`, make: () => ({ headers: h.make(), body: b.make() }) })),
  hostile,
);

describe('validateImportHttpRequest, fuzzed with hostile requests', () => {
  it('answers every request with one violation per failing part, never throwing', () => {
    fc.assert(
      fc.property(request, (hostileRequest) => {
        const result = validateImportHttpRequest(hostileRequest.make() as ImportHttpRequest);
        expect(result.valid).toBe(result.violations.length === 0);
        const codes = result.violations.map((v) => v.code);
        expect(new Set(codes).size, 'one violation per part').toBe(codes.length);
        for (const code of codes) expect(['wire-target-unknown', 'wire-content-type-invalid', 'wire-body-not-json']).toContain(code);
        expect(codes.includes('wire-body-not-json')).toBe(result.body === undefined);
        expect(result.kind === 'unknown').toBe(codes.includes('wire-target-unknown'));
      }),
      { numRuns: 1000 },
    );
  });
});
