/**
 * An options argument that is not an object (`null` from a JavaScript caller, a number, a string)
 * is the caller's mistake: every function of the package that takes options throws a TypeError
 * naming itself, never the engine's "Cannot read properties of null", never options silently
 * ignored, and never a finding reported as the value's.
 */
import fc from 'fast-check';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  classifyStartImportRequest,
  validateImportError,
  validateImportRequest,
  validateImportResponse,
  validateStartImportError,
  validateStartImportRequest,
  validateStartImportResponse,
} from '../../src/index.js';
import { importContractPlugin } from '../../src/client-plugin/index.js';
import { createFakeCloudTrailImports, createFakeEventDataStores, createLogsImportFake } from '../../src/fake/index.js';
import { cloudTrailImportHandlers, cloudWatchLogsImportHandlers } from '../../src/msw/index.js';
import { planImport, planImportStream, readListObjectsV2 } from '../../src/plan/index.js';
import { validatePartialImportRequest } from '../../src/operations/validate-partial-import.js';
import { validatePartialStartImportRequest } from '../../src/validate/validate-partial.js';
import { EXAMPLE_REQUEST } from '../plan/support.js';
import { requestOptions } from '../../src/matchers/options.js';
import { importOptions } from '../../src/matchers/import-options.js';

/** Each function, called with `options` in its options' place. */
const TAKERS: Readonly<Record<string, (options: unknown) => unknown>> = {
  validateStartImportRequest: (o) => validateStartImportRequest({}, o as never),
  classifyStartImportRequest: (o) => classifyStartImportRequest({}, o as never),
  validateStartImportResponse: (o) => validateStartImportResponse({}, o as never),
  validateStartImportError: (o) => validateStartImportError({ __type: 'ThrottlingException' }, o as never),
  validatePartialStartImportRequest: (o) => validatePartialStartImportRequest({}, o as never),
  validateImportRequest: (o) => validateImportRequest('GetImport', {}, o as never),
  validateImportResponse: (o) => validateImportResponse('GetImport', {}, o as never),
  validateImportError: (o) => validateImportError('GetImport', { __type: 'ThrottlingException' }, o as never),
  validatePartialImportRequest: (o) => validatePartialImportRequest('GetImport', {}, o as never),
  createFakeCloudTrailImports: (o) => createFakeCloudTrailImports(o as never),
  createFakeEventDataStores: (o) => createFakeEventDataStores(o as never),
  createLogsImportFake: (o) => createLogsImportFake(o as never),
  cloudTrailImportHandlers: (o) => cloudTrailImportHandlers(o as never),
  cloudWatchLogsImportHandlers: (o) => cloudWatchLogsImportHandlers(createLogsImportFake(), o as never),
  importContractPlugin: (o) => importContractPlugin(o as never),
  planImport: (o) => planImport(EXAMPLE_REQUEST, [], o as never),
  planImportStream: (o) => planImportStream(EXAMPLE_REQUEST, [], o as never),
  readListObjectsV2: (o) => readListObjectsV2((async function* empty() {})(), o as never),
};

/** A call's TypeError, whether thrown or (for the async one) rejected with. */
async function errorOf(call: () => unknown): Promise<unknown> {
  try {
    await call();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('an options argument that is not an object', () => {
  for (const [name, take] of Object.entries(TAKERS)) {
    it(`${name}: a TypeError naming it, for null and every primitive`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.oneof(fc.constant(null), fc.boolean(), fc.double(), fc.string(), fc.bigInt(), fc.constant(Symbol('s'))), async (options) => {
          const error = await errorOf(() => take(options));
          expect(error).toBeInstanceOf(TypeError);
          expect((error as TypeError).message).toMatch(new RegExp(`^${name}: options must be an object \\(got `));
        }),
        { numRuns: 25 },
      );
    });
    it(`${name}: an empty object is its defaults`, async () => {
      expect(await errorOf(() => take({}))).toBeUndefined();
    });
  }
});

describe('an options object with a key that is no option', () => {
  // A misspelt option would leave its default in force: `{ shap: 'wire' }` read a wire request as
  // sdk, and the request failed (or passed) for the wrong reason.
  for (const [name, take] of Object.entries(TAKERS)) {
    it(`${name}: a TypeError naming the function and the key, listing the options it takes`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.string({ maxLength: 12 }).map((key) => `~${key}`), fc.anything(), async (key, value) => {
          const error = await errorOf(() => take({ [key]: value }));
          expect(error).toBeInstanceOf(TypeError);
          const message = (error as TypeError).message;
          expect(message.startsWith(`${name}: unknown option '${key}' (known: `)).toBe(true);
        }),
        { numRuns: 20 },
      );
    });
  }

  it('names the misspelt key and the options beside it', () => {
    const request = { ImportId: '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b' };
    expect(() => validateStartImportRequest(request, { shap: 'wire' } as never)).toThrow("validateStartImportRequest: unknown option 'shap' (known: shape, now, policy)");
    expect(() => validateImportRequest('ListImports', {}, { Shape: 'wire' } as never)).toThrow("validateImportRequest: unknown option 'Shape' (known: shape, now)");
    // A policy speaks of StartImport alone: the other operations' partial validator takes none.
    expect(() => validatePartialImportRequest('GetImport', {}, { policy: {} } as never)).toThrow("validatePartialImportRequest: unknown option 'policy' (known: unknown, defined, open, now)");
    expect(() => createFakeCloudTrailImports({ acountId: '123456789012' } as never)).toThrow(/^createFakeCloudTrailImports: unknown option 'acountId' \(known: accountId, region, /);
    // Each call to a fake too.
    const retry = { ImportId: '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b' };
    expect(() => createFakeCloudTrailImports().handle('GetImport', retry, { shap: 'wire' } as never)).toThrow("handle: unknown option 'shap' (known: shape, region)");
    expect(() => createLogsImportFake().handle('CancelImportTask', { importId: 'x' }, { Region: 'eu-west-1' } as never)).toThrow("handle: unknown option 'Region' (known: shape, region)");
    expect(() => createFakeCloudTrailImports().handle('GetImport', retry, 5 as never)).toThrow('handle: options must be an object (got the number 5)');
    // The handlers take the fake's options too, and name them all.
    expect(() => cloudTrailImportHandlers({ recoder: undefined } as never)).toThrow(/^cloudTrailImportHandlers: unknown option 'recoder' \(known: accountId, .*, fake, recorder\)$/);
  });

  it('counts own keys only, and a known option left undefined is its default', () => {
    const inherited = Object.create({ shap: 'wire' }) as object;
    expect(validateStartImportRequest({}, inherited).violations.map((v) => v.code)).toEqual(['request-empty']);
    // As a JavaScript caller may write them, and the types take them under exactOptionalPropertyTypes (this file compiles with it).
    expect(validateStartImportRequest({}, { shape: undefined, now: undefined, policy: undefined }).valid).toBe(false);
  });

  it('clips a long key', () => {
    expect(() => validateStartImportRequest({}, { ['k'.repeat(500)]: 1 })).toThrow(/^validateStartImportRequest: unknown option 'k{20,40}…?' \(known/);
  });
});

describe('the error validators’ options.status', () => {
  for (const [name, validate] of [
    ['validateStartImportError', (status: unknown) => validateStartImportError({ __type: 'ThrottlingException' }, { status } as never)],
    ['validateImportError', (status: unknown) => validateImportError('GetImport', { __type: 'ThrottlingException' }, { status } as never)],
  ] as const) {
    it(`${name}: an HTTP status code is read; anything else is a TypeError naming the option`, () => {
      expect(validate(400).valid).toBe(true);
      expect(validate(500).violations.map((v) => v.code)).toEqual(['error-status-mismatch']);
      for (const bad of ['400', 400.5, 99, 600, Number.NaN, null]) {
        expect(() => validate(bad)).toThrow(new RegExp(`^${name}: options.status must be an HTTP status code`));
      }
    });
  }
});

it('readListObjectsV2: a label that is not a string is a TypeError naming the option', () => {
  expect(() => readListObjectsV2((async function* empty() {})(), { label: 5 } as never)).toThrow(/^readListObjectsV2: options.label must be a string \(got the number 5\)$/);
});

describe('options.now: one test of a clock for the validators, the matchers and the client plugin', () => {
  // A Date made in another realm (a vm context, a jsdom window, a worker's structured clone) is no
  // `instanceof Date` here, yet it is a Date: the validators always took it; the matchers and the
  // client plugin refused it with their own, narrower test.
  const elsewhere = runInNewContext('new Date(Date.UTC(2030, 0, 1))') as Date;
  const invalidElsewhere = runInNewContext('new Date(NaN)') as Date;

  it('a valid Date of another realm is a clock to all three', () => {
    expect(elsewhere instanceof Date).toBe(false);
    expect(validateStartImportRequest({ ImportId: '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b' }, { now: elsewhere }).valid).toBe(true);
    expect(() => requestOptions('toBeValidStartImportRequest', { now: elsewhere })).not.toThrow();
    expect(() => importOptions('toBeValidImportRequest', { now: elsewhere })).not.toThrow();
    expect(() => importContractPlugin({ now: elsewhere })).not.toThrow();
  });

  it('an Invalid Date of any realm is refused by all three, named as one', () => {
    for (const now of [invalidElsewhere, new Date(Number.NaN)]) {
      expect(() => validateStartImportRequest({}, { now })).toThrow(/options\.now must be a valid Date .*\(got an Invalid Date\)/);
      expect(() => requestOptions('toBeValidStartImportRequest', { now })).toThrow(/^toBeValidStartImportRequest\(options\): options\.now must be a valid Date or a function returning one \(got an Invalid Date\)$/);
      expect(() => importOptions('toBeValidImportRequest', { now })).toThrow(/^toBeValidImportRequest\(options\): options\.now must be .*\(got an Invalid Date\)$/);
      expect(() => importContractPlugin({ now })).toThrow(/^importContractPlugin: options\.now must be a valid Date or a function returning one \(got an Invalid Date\)$/);
    }
  });
});
