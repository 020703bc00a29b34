import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  classifyStartImportRequest,
  ruleCatalogue,
  validateStartImportError,
  validateStartImportRequest,
  validateStartImportResponse,
  type ShapeOption,
  type ValidationResult,
} from '../../src/index.js';
import { ANYTHING, errorLike, requestLike, responseLike, SHAPES } from '../support/fuzz-arbitraries.js';
import { deepFreeze, recordingWrites, resultProblems, snapshot, UNREADABLE, type InvariantOptions, type ValueSubject } from '../support/fuzz-invariants.js';
import {
  ARN,
  deepArray,
  deepObject,
  IMPORT_ID,
  newImportRequest,
  newImportResponse,
  revokedProxy,
  S3,
  throwingGetters,
  throwingProxy,
  unprintable,
  withMemberAt,
} from '../support/hostile-values.js';

const NOW = new Date('2026-01-01T00:00:00Z');

/** Every validator, run on one value in one shape; with `echo`, the response validator also compares the value with itself as the request. */
function validateAll(value: unknown, shape: ShapeOption, echo = true): Record<ValueSubject, ValidationResult<string>> {
  return {
    request: validateStartImportRequest(value, { shape, now: NOW }),
    response: validateStartImportResponse(value, echo ? { shape, request: value } : { shape }),
    error: validateStartImportError(value),
  };
}

/** Every code the fuzzed values were reported with, by subject: shows the fuzzing reaches the checks deep inside. */
const reached: Record<ValueSubject, Set<string>> = { request: new Set(), response: new Set(), error: new Set() };

interface ExerciseOptions extends InvariantOptions {
  /** Compare snapshots before and after (default true; off for values a snapshot would have to read through a Proxy). */
  readonly snapshot?: boolean;
  /** Pass the value as the response validator's `request` too (default true). */
  readonly echo?: boolean;
}

/**
 * Runs every validator and `classifyStartImportRequest` on `value` and asserts what holds for
 * any input: no throw, no change to the value, a well-formed result. Returns the results.
 */
function exercise(value: unknown, shape: ShapeOption, options: ExerciseOptions = {}): Record<ValueSubject, ValidationResult<string>> {
  const before = options.snapshot === false ? [] : snapshot(value);
  const results = validateAll(value, shape, options.echo);
  const kind = classifyStartImportRequest(value);
  if (options.snapshot !== false) expect(snapshot(value), 'the value was changed').toEqual(before);
  for (const subject of ['request', 'response', 'error'] as const) {
    expect(resultProblems(results[subject], subject, options), `${subject} result`).toEqual([]);
    for (const { code } of results[subject].violations) reached[subject].add(code);
  }
  expect(['new', 'retry', 'ambiguous', 'empty']).toContain(kind);
  if (shape === 'sdk') expect(kind, 'classifyStartImportRequest agrees with validateStartImportRequest').toBe(results.request.kind);
  return results;
}

function found(result: ValidationResult<string>): string[] {
  return result.violations.map((v) => `${v.code} ${v.path}`);
}

function unreadable(result: ValidationResult<string>): boolean {
  return !result.valid && result.violations.some((v) => v.path === '' && v.message.startsWith(UNREADABLE));
}

// 10,000 values in all: 4 shapes × (500 + 700 + 700 + 400), plus 400 errors and 400 write-checked requests.
describe('the validators, fuzzed', () => {
  describe.each(SHAPES)('in the %s shape', (shape) => {
    it('keep their contract for any JSON value', () => {
      fc.assert(fc.property(fc.jsonValue(), (value) => void exercise(value, shape, { plainData: true })), { numRuns: 500 });
    });

    it('keep their contract for any JavaScript value (Maps, Sets, typed arrays, boxed values, null prototypes, sparse arrays, bigints, Dates)', () => {
      fc.assert(fc.property(fc.anything(ANYTHING), (value) => void exercise(value, shape, { plainData: true })), { numRuns: 700 });
    });

    it('keep their contract for request-like values whose members are right or anything', () => {
      fc.assert(fc.property(requestLike, (value) => void exercise(value, shape, { plainData: true })), { numRuns: 700 });
    });

    it('keep their contract for response-like values', () => {
      fc.assert(fc.property(responseLike, (value) => void exercise(value, shape, { plainData: true })), { numRuns: 400 });
    });

    it('keep their contract for response-like values checked against another request', () => {
      // Against itself, a response rarely disagrees with its request: another request makes response-mismatch-request likely.
      fc.assert(
        fc.property(responseLike, requestLike, (response, request) => {
          const result = validateStartImportResponse(response, { shape, request });
          expect(resultProblems(result, 'response', { plainData: true }), 'response result').toEqual([]);
          for (const { code } of result.violations) reached.response.add(code);
        }),
        { numRuns: 200 },
      );
    });
  });

  it('keep their contract for thrown errors and error bodies', () => {
    fc.assert(fc.property(errorLike, fc.constantFrom(...SHAPES), (value, shape) => void exercise(value, shape, { plainData: true })), { numRuns: 400 });
  });

  it('never write to a value: deep-frozen, or behind a Proxy that records every write', () => {
    fc.assert(
      fc.property(requestLike, fc.constantFrom(...SHAPES), (value, shape) => {
        const plain = validateAll(value, shape);
        const recorded = recordingWrites(value);
        expect(validateAll(recorded.value, shape)).toEqual(plain);
        expect(recorded.writes).toEqual([]);
        exercise(deepFreeze(value), shape, { plainData: true });
      }),
      { numRuns: 400 },
    );
  });

  // Runs after the properties above (tests of a file run in order): the fuzzing must reach every check, not only the first ones.
  it.each(['request', 'response', 'error'] as const)('reached every %s check of the catalogue', (subject) => {
    const codes = ruleCatalogue.filter((entry) => entry.subjects.includes(subject) && entry.basis !== 'policy').map((entry) => entry.code);
    expect(codes.filter((code) => !reached[subject].has(code))).toEqual([]);
  });
});

describe('the validators, given hostile or extreme values', () => {
  describe('__proto__ and constructor keys (own properties, from JSON.parse)', () => {
    const document = `{"__proto__": {"ImportId": "${IMPORT_ID}"}, "constructor": {"name": "x"}, "ImportId": "${IMPORT_ID}"}`;

    it.each(SHAPES)('reports them at the root as unknown-member (%s shape)', (shape) => {
      const { request, response } = exercise(JSON.parse(document) as unknown, shape, { plainData: true });
      expect(found(request)).toEqual(expect.arrayContaining(['unknown-member /__proto__', 'unknown-member /constructor']));
      expect(found(response)).toEqual(expect.arrayContaining(['unknown-member /__proto__', 'unknown-member /constructor']));
      expect(request.kind).toBe('retry');
    });

    const nested = JSON.stringify({ Destinations: [ARN], ImportSource: { S3 } })
      .replace('"ImportSource":{', '"ImportSource":{"__proto__":{"S3":{}},"constructor":1,')
      .replace('"S3":{"S3LocationUri"', '"S3":{"__proto__":{"x":1},"constructor":2,"S3LocationUri"');
    const expected = ['/ImportSource/__proto__', '/ImportSource/constructor', '/ImportSource/S3/__proto__', '/ImportSource/S3/constructor'].map((path) => `unknown-member ${path}`);

    it.each(['wire', 'cli', 'auto'] as const)('reports them inside ImportSource and S3 as unknown-member (%s shape)', (shape) => {
      const { request } = exercise(JSON.parse(nested) as unknown, shape, { plainData: true });
      expect(found(request).filter((line) => line.startsWith('unknown-member'))).toEqual(expected);
    });

    it('reports them inside ImportSource and S3 as unknown-member (sdk shape)', () => {
      const { request } = exercise(JSON.parse(nested) as unknown, 'sdk', { plainData: true });
      expect(found(request).filter((line) => line.startsWith('unknown-member'))).toEqual(expected);
    });
  });

  describe('sparse arrays in Destinations', () => {
    it.each(SHAPES)('reports each hole as type-mismatch (%s shape)', (shape) => {
      // eslint-disable-next-line no-sparse-arrays -- the holes are the point
      const holes: unknown[] = [ARN, , ARN];
      const { request } = exercise({ ...newImportRequest(), Destinations: holes }, shape, { plainData: true });
      expect(found(request)).toEqual(expect.arrayContaining(['type-mismatch /Destinations/1', 'destinations-count /Destinations']));
      const { request: single } = exercise({ ...newImportRequest(), Destinations: new Array(1) }, shape, { plainData: true });
      expect(found(single)).toContain('type-mismatch /Destinations/0');
    });
  });

  describe('huge strings', () => {
    const SIZE = 10_000_000;
    const huge = ['a'.repeat(SIZE), `s3://${'a'.repeat(SIZE)}`, `arn:aws:iam::123456789012:role/${'a'.repeat(SIZE)}`, `us-${'1-'.repeat(SIZE / 2)}`, `2024-01-01T00:00:00${'0'.repeat(SIZE)}`];
    const members: readonly { readonly subject: ValueSubject; readonly path: readonly string[]; readonly base: () => Record<string, unknown> }[] = [
      ...[['Destinations'], ['ImportSource', 'S3', 'S3LocationUri'], ['ImportSource', 'S3', 'S3BucketRegion'], ['ImportSource', 'S3', 'S3BucketAccessRoleArn'], ['ImportId'], ['StartEventTime'], ['EndEventTime']]
        .map((path) => ({ subject: 'request' as const, path, base: newImportRequest })),
      ...[['ImportStatus'], ['CreatedTimestamp'], ['UpdatedTimestamp']].map((path) => ({ subject: 'response' as const, path, base: newImportResponse })),
      ...[['__type'], ['message'], ['Message']].map((path) => ({ subject: 'error' as const, path, base: () => ({ __type: 'InvalidParameterException', message: 'Bad request.' }) })),
    ];

    it.each(members.map((m) => ({ ...m, where: `/${m.path.join('/')}` })))('checks a 10 MB $where of a $subject quickly and clips it in messages', ({ subject, path, base }) => {
      for (const text of huge) {
        const value = withMemberAt(base(), path, path[0] === 'Destinations' ? [text] : text);
        for (const shape of ['cli', 'wire'] as const) {
          const started = performance.now();
          const result = subject === 'request' ? validateStartImportRequest(value, { shape, now: NOW }) : subject === 'response' ? validateStartImportResponse(value, { shape, request: newImportRequest() }) : validateStartImportError(value);
          expect(performance.now() - started, `${shape} shape, ${text.slice(0, 30)}…`).toBeLessThan(3000);
          expect(resultProblems(result, subject, { plainData: true })).toEqual([]);
          expect(Math.max(0, ...result.violations.map((v) => v.message.length))).toBeLessThan(1000);
        }
      }
    });

    it('checks a 10 MB unknown key and a 10 MB Error name quickly', () => {
      const key = 'k'.repeat(SIZE);
      const started = performance.now();
      const { request, error } = exercise({ ...newImportRequest(), [key]: 1 }, 'auto', { plainData: true, snapshot: false });
      expect(found(request)).toContain(`unknown-member /${key}`);
      expect(error.violations.every((v) => v.message.length < 1000)).toBe(true);
      const thrown = new Error('x');
      thrown.name = key;
      expect(found(validateStartImportError(thrown))).toEqual(['error-not-modeled /name']);
      expect(performance.now() - started).toBeLessThan(3000);
    });
  });

  describe('10,000-deep nesting', () => {
    const DEPTH = 10_000;
    const places = [[], ['Destinations'], ['ImportSource'], ['ImportSource', 'S3'], ['ImportSource', 'S3', 'S3LocationUri'], ['StartEventTime'], ['ImportId'], ['ImportStatus'], ['Unknown']];

    it.each(places.map((path) => ({ path, where: path.length === 0 ? 'the root' : `/${path.join('/')}` })))('checks objects and arrays 10,000 deep at $where without overflowing the stack', ({ path }) => {
      for (const deep of [deepObject(DEPTH), deepArray(DEPTH)]) {
        for (const base of [newImportResponse(), { __type: 'InvalidParameterException' }]) {
          const value = deepFreeze(path.length === 0 ? deep : withMemberAt(base, path, deep));
          for (const shape of SHAPES) exercise(value, shape, { plainData: true, echo: false });
        }
      }
    });

    it.each([
      { description: 'a retry', member: 'ImportId', mismatched: '/ImportId', request: (deep: unknown) => ({ ImportId: deep }) },
      // The outer array is a list; its one item, an array, is the member of the wrong type.
      { description: 'a new import', member: 'Destinations', mismatched: '/Destinations/0', request: (deep: unknown) => ({ ...newImportRequest(), Destinations: deep }) },
    ])("compares $description's response with its request when both hold 10,000-deep $member values", ({ mismatched, request }) => {
      const response = { ...request(deepArray(DEPTH)), ImportStatus: 'INITIALIZING' };
      const result = validateStartImportResponse(response, { request: request(deepArray(DEPTH)) });
      expect(resultProblems(result, 'response', { plainData: true })).toEqual([]);
      expect(found(result)).toContain(`type-mismatch ${mismatched}`);
    });
  });

  describe('frozen values', () => {
    it.each(SHAPES)('are checked exactly as their unfrozen twins (%s shape)', (shape) => {
      const twin = (): Record<string, unknown> =>
        shape === 'sdk' ? { ...newImportRequest(), StartEventTime: new Date('2024-01-01T00:00:00Z'), EndEventTime: new Date('2024-02-01T00:00:00Z') } : shape === 'wire' ? { ...newImportRequest(), StartEventTime: 1704067200, EndEventTime: 1706745600 } : newImportRequest();
      const frozen = exercise(deepFreeze(twin()), shape, { plainData: true });
      expect(frozen).toEqual(validateAll(twin(), shape));
      expect(frozen.request.valid).toBe(true);
    });
  });

  describe('values whose reading throws', () => {
    /** Each place a validator reads, with a fresh value that belongs there. */
    const places: readonly { readonly where: string; readonly path: readonly string[]; readonly target: () => object }[] = [
      { where: 'the root', path: [], target: newImportResponse },
      { where: '/ImportSource', path: ['ImportSource'], target: () => ({ S3: { ...S3 } }) },
      { where: '/ImportSource/S3', path: ['ImportSource', 'S3'], target: () => ({ ...S3 }) },
      { where: '/Destinations', path: ['Destinations'], target: () => [ARN] },
    ];
    const makers: readonly { readonly description: string; readonly make: (target: object) => object; readonly skip?: string }[] = [
      { description: 'a Proxy whose get trap throws', make: (target) => throwingProxy(target, ['get']) },
      // A list is read by index and length, never by enumerating its keys.
      { description: 'a Proxy whose ownKeys trap throws', make: (target) => throwingProxy(target, ['ownKeys']), skip: '/Destinations' },
      { description: 'a revoked Proxy', make: () => revokedProxy() },
      { description: 'an object whose getters throw an Error', make: (target) => throwingGetters(target, new Error('boom')) },
      { description: 'an object whose getters throw a Symbol', make: (target) => throwingGetters(target, Symbol('boom')) },
      { description: 'an object whose getters throw undefined', make: (target) => throwingGetters(target, undefined) },
    ];
    const cases = makers.flatMap((maker) => places.filter((place) => place.where !== maker.skip).map((place) => ({ ...maker, ...place })));

    it.each(cases)('reports $description at $where as unreadable, never throwing', ({ make, path, target }) => {
      for (const shape of SHAPES) {
        const value = path.length === 0 ? make(target()) : withMemberAt(newImportResponse(), path, make(target()));
        const results = exercise(value, shape, { snapshot: false });
        expect(unreadable(results.request), `request, ${shape} shape`).toBe(true);
        expect(unreadable(results.response), `response, ${shape} shape`).toBe(true);
      }
    });

    it.each([
      { description: 'an Error behind a Proxy whose getPrototypeOf trap throws', value: () => throwingProxy(new Error('x'), ['getPrototypeOf']) },
      { description: 'an Error whose name getter throws', value: () => throwingGetters(Object.assign(new Error('x'), { name: 'InvalidParameterException' }), new Error('boom')) },
      { description: 'an error body whose __type getter throws', value: () => throwingGetters({ __type: 'InvalidParameterException' }, new Error('boom')) },
      { description: 'a revoked Proxy', value: revokedProxy },
    ])('reports $description as an unreadable error, never throwing', ({ value }) => {
      const result = validateStartImportError(value());
      expect(resultProblems(result, 'error')).toEqual([]);
      expect(unreadable(result)).toBe(true);
    });

    it.each(['nullPrototype', 'throwingToString'] as const)('reports a getter that throws a value with no string form (%s) as unreadable, never throwing', (which) => {
      const value = throwingGetters({ ImportSource: {} }, unprintable()[which]);
      expect(() => validateStartImportRequest(value)).not.toThrow();
      expect(() => validateStartImportResponse(value)).not.toThrow();
      expect(() => validateStartImportError(throwingGetters({ __type: 'x' }, unprintable()[which]))).not.toThrow();
      expect(unreadable(validateStartImportRequest(value))).toBe(true);
    });
  });

  describe('cyclic values', () => {
    function cyclicRequest(): Record<string, unknown> {
      const request = newImportRequest();
      const source = request['ImportSource'] as Record<string, Record<string, unknown>>;
      const destinations: unknown[] = [ARN];
      destinations.push(destinations);
      Object.assign(request, { Self: request, Destinations: destinations });
      Object.assign(source, { Self: source });
      Object.assign(source['S3'] ?? {}, { Root: request });
      return request;
    }

    it.each(SHAPES)('are checked without looping (%s shape)', (shape) => {
      const { request, response } = exercise(cyclicRequest(), shape, { plainData: true, echo: false });
      const expected = ['unknown-member /Self', 'unknown-member /ImportSource/Self', 'unknown-member /ImportSource/S3/Root', 'type-mismatch /Destinations/1'];
      expect(found(request)).toEqual(expect.arrayContaining(expected));
      expect(found(response)).toEqual(expect.arrayContaining(expected));
      const body: Record<string, unknown> = { __type: 'InvalidParameterException' };
      body['message'] = body;
      expect(found(exercise(body, shape, { plainData: true }).error)).toEqual(['error-body-invalid /message']);
    });

    it('compares a response with a request that shares a cycle without looping', () => {
      const value = cyclicRequest();
      const result = validateStartImportResponse(value, { request: value });
      expect(resultProblems(result, 'response', { plainData: true })).toEqual([]);
      expect(found(result)).toContain('unknown-member /ImportSource/Self');
    });
  });

  describe('Errors with a name that is not a string', () => {
    it.each([42, Symbol('InvalidParameterException'), undefined])('reports the name %s as error-not-modeled', (name) => {
      const thrown = new Error('x');
      Object.defineProperty(thrown, 'name', { value: name });
      const result = validateStartImportError(thrown);
      expect(resultProblems(result, 'error', { plainData: true })).toEqual([]);
      expect(found(result)).toEqual(['error-not-modeled /name']);
    });
  });

  describe('line breaks in checked strings', () => {
    it.each([
      { where: '/ImportId', value: { ImportId: 'not\nan id' } },
      { where: '/Destinations/0', value: { ...newImportRequest(), Destinations: ['arn:aws:cloudtrail\nx'] } },
      { where: '/ImportSource/S3/S3BucketRegion', value: withMemberAt(newImportRequest(), ['ImportSource', 'S3', 'S3BucketRegion'], 'us-east-1\r\n') },
      { where: 'an unknown key', value: { ...newImportRequest(), 'Destination\u2028s': [ARN] } },
      { where: 'a getter throwing a two-line Error', value: throwingGetters({ ImportId: IMPORT_ID }, new Error('first line\nsecond line')) },
    ])('writes every message on one line when $where holds a line break', ({ value }) => {
      expect(resultProblems(validateStartImportRequest(value, { now: NOW }), 'request')).toEqual([]);
    });
  });
});

describe('the checks of this fuzzing (test/support/fuzz-invariants.ts)', () => {
  const ok = { code: 'unknown-member', severity: 'error', path: '/Destination', message: "must not have member 'Destination'", basis: 'model' };

  it.each([
    { broken: 'a code not in the catalogue', result: { valid: false, kind: 'new', violations: [{ ...ok, code: 'made-up' }] }, problem: 'not in ruleCatalogue' },
    { broken: 'a severity other than the catalogue', result: { valid: true, kind: 'new', violations: [{ ...ok, severity: 'warning' }] }, problem: 'has severity warning' },
    { broken: 'a path that is not a JSON Pointer', result: { valid: false, kind: 'new', violations: [{ ...ok, path: 'Destination' }] }, problem: 'not a JSON Pointer' },
    { broken: 'a tilde not escaping anything', result: { valid: false, kind: 'new', violations: [{ ...ok, path: '/a~b' }] }, problem: 'not a JSON Pointer' },
    { broken: 'a message of two lines', result: { valid: false, kind: 'new', violations: [{ ...ok, message: 'must\nnot' }] }, problem: 'more than one line' },
    { broken: 'valid despite an error', result: { valid: true, kind: 'new', violations: [ok] }, problem: 'valid is true but an error violation' },
    { broken: 'an unknown kind', result: { valid: true, kind: 'maybe', violations: [] }, problem: 'kind is not one of' },
    { broken: 'a response code on a request', result: { valid: true, kind: 'new', violations: [{ ...ok, code: 'response-missing-import-id', severity: 'warning', basis: 'inferred' }] }, problem: 'does not report for a request' },
  ])('finds $broken', ({ result, problem }) => {
    expect(resultProblems(result, 'request')).toEqual([expect.stringContaining(problem)]);
  });

  it.each([
    { change: 'a Map entry', make: () => new Map([['a', 1]]), mutate: (v: Map<string, number>) => v.set('a', 2) },
    { change: 'a Date', make: () => ({ d: new Date(0) }), mutate: (v: { d: Date }) => v.d.setTime(1) },
    { change: 'a typed array byte', make: () => [new Uint8Array(2)], mutate: (v: Uint8Array[]) => v[0]?.fill(1) },
    { change: 'a prototype', make: () => ({}), mutate: (v: object) => Reflect.setPrototypeOf(v, null) },
    { change: 'a property made read-only', make: () => ({ a: 1 }), mutate: (v: object) => Object.defineProperty(v, 'a', { writable: false }) },
    { change: 'a member 10,000 levels down', make: () => deepObject(10_000), mutate: (v: unknown) => { let at = v as { a?: unknown }; while (typeof at.a === 'object' && at.a !== null) at = at.a; at.a = 1; } },
  ] as const)('notices $change changed', ({ make, mutate }) => {
    const value = make();
    const before = snapshot(value);
    (mutate as (v: unknown) => unknown)(value);
    expect(snapshot(value)).not.toEqual(before);
  });
});
