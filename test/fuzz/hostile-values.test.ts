/**
 * The partial validators and the nine operations' validators over hostile values (throwing and
 * revoked Proxies, cycles, 100,000-deep nesting, getters, BigInt, Symbols, boxed values, Dates):
 * a list of violations, never a throw; and whatever the validators call valid, ajv running the
 * generated schema accepts too (for plain data, as JSON carries it).
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { importRequest } from '../../src/arbitraries/index.js';
import { CONTRACT_OPERATIONS, type ContractOperation } from '../../src/contract/operations.js';
import { validateImportRequest, validateImportResponse, validatePartialImportRequest, type CompiledOperation } from '../../src/operations/index.js';
import { classifyStartImportRequest, validatePartialStartImportRequest, validateStartImportRequest, validateStartImportResponse } from '../../src/validate/index.js';
import { hostileValue, isPrototypePolluted, isReadable, withHostileMember, type Hostile } from '../support/hostile-arbitrary.js';
import { deepArray, deepObject } from '../support/hostile-values.js';
import { PolicyError } from '../../src/policy/index.js';

afterEach(() => {
  expect(isPrototypePolluted(), 'Object.prototype was polluted').toBe(false);
});

const NOW = new Date('2026-01-01T00:00:00Z');
const COMPILED = CONTRACT_OPERATIONS.filter((operation): operation is CompiledOperation => operation !== 'StartImport');
const MEMBERS = ['ImportSource', 'S3', 'Destinations', 'ImportId', 'importFilter', 'importId', 'taskId', 'MaxResults', 'limit', 'batchImportStatus'];

/** A value holding itself, where a member and the structures under it belong. */
function cyclic(): unknown {
  const request: Record<string, unknown> = { Destinations: ['x'] };
  request['ImportSource'] = { S3: request, Other: request };
  request['importFilter'] = request;
  return request;
}

const of = (label: string, make: () => unknown): Hostile => ({ label, make });
/** Cycles and 100,000-deep nesting where every operation's structures and lists are. */
const deep: fc.Arbitrary<Hostile> = fc.constantFrom(
  of('cycle', cyclic),
  of('100,000-deep ImportSource', () => ({ ImportSource: deepObject(100_000) })),
  of('100,000-deep S3', () => ({ ImportSource: { S3: deepObject(100_000) } })),
  of('100,000-deep unknown member', () => ({ Extra: deepObject(100_000), importFilter: deepObject(100_000) })),
  of('100,000-deep arrays', () => ({ Destinations: deepArray(100_000), batchImportStatus: deepArray(100_000) })),
);
const hostile = fc.oneof(hostileValue(MEMBERS), deep, fc.tuple(fc.constantFrom(...MEMBERS), hostileValue(MEMBERS)).map(([name, member]) => of(`${name}: ${member.label}`, () => withHostileMember({ Destinations: ['x'] }, name, member))));

/** What a call did: 'violations' for a result holding a list of them, else what it threw. */
function outcome(call: () => { violations: unknown }): string {
  try {
    return Array.isArray(call().violations) ? 'violations' : 'a result without a list of violations';
  } catch (error) {
    return `threw ${error instanceof Error ? `${error.name}: ${error.message.slice(0, 120)}` : 'a non-Error'}`;
  }
}

describe('validatePartialStartImportRequest and validatePartialImportRequest, over hostile values', () => {
  it('return violations for any value, with no pointers or the whole request open, never throwing', () => {
    fc.assert(
      fc.property(hostile, fc.boolean(), (value, spread) => {
        const options = spread ? { open: new Set(['']) } : {};
        expect(outcome(() => validatePartialStartImportRequest(value.make(), options)), value.label).toBe('violations');
        for (const operation of COMPILED) expect(outcome(() => validatePartialImportRequest(operation, value.make(), options)), `${operation}: ${value.label}`).toBe('violations');
      }),
      { numRuns: 80 },
    );
  });

  it('report a cycle in the known request as the validator does, and a value that throws while read as unreadable', () => {
    const codes = validatePartialStartImportRequest(cyclic()).violations.map((v) => `${v.code} ${v.path}`);
    expect(codes).toContain('unknown-member /ImportSource/Other');
    expect(codes).toContain('unknown-member /ImportSource/S3/Destinations');
    const throwing = new Proxy({}, { getPrototypeOf: () => { throw new Error('refused'); } });
    expect(validatePartialStartImportRequest({ ImportSource: { S3: throwing } }).violations).toEqual([
      { code: 'type-mismatch', severity: 'error', path: '', message: 'must be readable plain data (reading it threw: refused)', basis: 'model' },
    ]);
  });

  // Found by the property above (seed -544624767): deciding whether a missing member may come from a
  // spread read the value again, outside the validator, and a trap that throws only there escaped.
  it.each(['GetImport', 'CreateImportTask'] as const)('report a %s value that throws only when its members are looked up one by one, as StartImport does', (operation) => {
    const lookups = new Proxy({}, { getOwnPropertyDescriptor: () => { throw new Error('refused'); } });
    expect(validatePartialImportRequest(operation, lookups).violations.map((v) => v.code)).toContain('required-member-missing');
    const unreadable = [{ code: 'type-mismatch', severity: 'error', path: '', message: 'must be readable plain data (reading it threw: refused)', basis: 'model' }];
    expect(validatePartialImportRequest(operation, lookups, { open: new Set(['']) }).violations).toEqual(unreadable);
    expect(validatePartialStartImportRequest(lookups, { open: new Set(['']) }).violations).toEqual(unreadable);
  });
});

const ajv = new Ajv2020({ allErrors: true, strict: true });
ajv.addSchema(JSON.parse(readFileSync(new URL('../../schemas/common.schema.json', import.meta.url), 'utf8')) as object);
function schemaOf(operation: ContractOperation): (value: unknown) => boolean {
  const file = `${operation.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()}-request.schema.json`;
  const validate = ajv.compile(JSON.parse(readFileSync(new URL(`../../schemas/${file}`, import.meta.url), 'utf8')) as object);
  return (value) => validate(value);
}

describe('validateImportRequest, over valid requests with a member made hostile', () => {
  it.each(CONTRACT_OPERATIONS)('calls a %s request valid only when ajv on the generated schema accepts it as JSON carries it', (operation) => {
    const schemaValid = schemaOf(operation);
    fc.assert(
      fc.property(importRequest(operation, { shape: 'wire' }), fc.oneof(fc.constantFrom(...MEMBERS), fc.string({ maxLength: 6 })), hostileValue(MEMBERS).filter(isReadable), (request, name, member) => {
        const value = withHostileMember(request, name, member);
        const result = validateImportRequest(operation, value, { shape: 'wire', now: NOW });
        let json: unknown;
        try {
          json = JSON.parse(JSON.stringify(value, (_key, item: unknown) => (typeof item === 'bigint' ? `${String(item)}n` : item)));
        } catch {
          return; // a cycle: JSON cannot carry it
        }
        if (result.valid) expect(schemaValid(json), `${name}: ${member.label}`).toBe(true);
      }),
      { numRuns: 120 },
    );
  });
});

/** Every validator taking `shape` (and, but validateStartImportResponse, `now`), by name, over a plain value. */
const WITH_OPTIONS: readonly (readonly [string, (options: object) => unknown])[] = [
  ['validateStartImportRequest', (options) => validateStartImportRequest({ ImportId: '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b' }, options)],
  ['validateStartImportResponse', (options) => validateStartImportResponse({}, options)],
  ...CONTRACT_OPERATIONS.map((operation) => [`validateImportRequest('${operation}')`, (options: object) => validateImportRequest(operation, {}, options)] as const),
  ...COMPILED.map((operation) => [`validateImportResponse('${operation}')`, (options: object) => validateImportResponse(operation, {}, options)] as const),
];
const SHAPE_OPTIONS: readonly unknown[] = ['sdk', 'wire', 'cli', 'auto', undefined];

describe('the validators, given a bad option', () => {
  it('throw a TypeError naming options.shape for any shape but sdk, wire, cli and auto, instead of reading timestamps in no encoding', () => {
    fc.assert(
      fc.property(fc.constantFrom(...WITH_OPTIONS), fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('json', 'SDK', '__proto__', null), fc.anything()).filter((shape) => !SHAPE_OPTIONS.includes(shape)), ([, validate], shape) => {
        expect(() => validate({ shape })).toThrow(TypeError);
        expect(() => validate({ shape })).toThrow(/^options\.shape must be 'sdk', 'wire', 'cli' or 'auto' \(got /);
      }),
      { numRuns: 200 },
    );
  });

  it("classifyStartImportRequest throws the same TypeError for a bad shape, rather than answering 'empty' for a request it never read", () => {
    const retry = { ImportId: '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b' };
    for (const shape of SHAPE_OPTIONS) expect(classifyStartImportRequest(retry, { shape } as never)).toBe('retry');
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('json', 'SDK', null), fc.anything()).filter((shape) => !SHAPE_OPTIONS.includes(shape)), (shape) => {
        expect(() => classifyStartImportRequest(retry, { shape } as never)).toThrow(/^options\.shape must be 'sdk', 'wire', 'cli' or 'auto' \(got /);
      }),
      { numRuns: 100 },
    );
  });

  it('throw a TypeError naming options.now for a now that is no valid Date nor a function, which would pass every time check', () => {
    for (const [name, validate] of WITH_OPTIONS.filter(([name]) => name !== 'validateStartImportResponse')) {
      for (const [label, now] of Object.entries({ 'an Invalid Date': new Date(Number.NaN), 'a string': '2026-01-01T00:00:00Z', 'a number': 1_780_000_000, null: null, 'an object': {} })) {
        expect(() => validate({ now }), `${name} with now ${label}`).toThrow(/^options\.now must be a valid Date or a function returning one \(got /);
      }
      expect(() => validate({ now: new Date(0), shape: 'wire' }), name).not.toThrow();
    }
    expect(() => validatePartialStartImportRequest({}, { now: new Date(Number.NaN) })).toThrow(TypeError);
    expect(() => validatePartialImportRequest('ListImports', {}, { now: new Date(Number.NaN) })).toThrow(TypeError);
    // A bad policy stays the caller's PolicyError in partial mode too, never a finding of the value.
    expect(() => validatePartialStartImportRequest({ ImportId: 'x' }, { unknown: new Set(['/Destinations']), policy: { version: 99 } as never })).toThrow(PolicyError);
  });

  it("reports a clock function's answer that is no valid Date, naming options.now(), rather than comparing with NaN", () => {
    const task = { importSourceArn: 'arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b', importRoleArn: 'arn:aws:iam::123456789012:role/R', importFilter: { startEventTime: 1_700_000_000_000 } };
    const result = validateImportRequest('CreateImportTask', task, { now: () => new Date(Number.NaN) });
    expect(result.violations.map((v) => `${v.code} ${v.path} ${v.message}`)).toEqual(['type-mismatch  options.now() must return a valid Date (got an Invalid Date): no time check could be made']);
  });

  it('reports a clock that throws or gives no Date beside every other finding, naming options.now(), and makes no time check', () => {
    const reversed = { Destinations: 'x', StartEventTime: new Date('2024-01-01'), EndEventTime: new Date('2023-01-01') };
    const withClock = validateStartImportRequest(reversed, { now: new Date('2026-01-01T00:00:00Z') }).violations;
    expect(withClock.map((v) => v.code)).toEqual(expect.arrayContaining(['type-mismatch', 'time-range-reversed']));
    const throwing = (): never => {
      throw new Error('clock unplugged');
    };
    for (const [now, message] of [
      [(): Date => 5 as unknown as Date, 'options.now() must return a valid Date (got the number 5): no time check could be made'],
      [throwing, 'options.now() threw (clock unplugged): no time check could be made'],
    ] as const) {
      const { violations, valid } = validateStartImportRequest(reversed, { now });
      expect(valid).toBe(false);
      expect(violations.filter((v) => v.path === '').map((v) => `${v.code} ${v.message}`)).toEqual([`type-mismatch ${message}`]);
      expect(violations.filter((v) => v.path !== '')).toEqual(withClock);
    }
    // A time after "now" is not judged against a time the clock did not give.
    const future = { Destinations: ['0b4f7c1e-9d2a-4c3b-8e5f-6a7b8c9d0e1f'], StartEventTime: new Date('2999-01-01'), EndEventTime: new Date('2999-02-01') };
    expect(validateStartImportRequest(future, { now: throwing }).violations.map((v) => v.code)).not.toContain('time-range-in-future');
  });
});
