import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertRejectsInvalidStartImport, assertValidStartImportBuilder, newImportRequest } from '../../src/arbitraries/index.js';
import { validateStartImportRequest, type StartImportSdkInput } from '../../src/index.js';

const STORE = 'arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/0b2f7a4c-9f3e-4c1d-8a55-6c1e2f3d4b5a';
const S3 = { S3LocationUri: 's3://example-trail-logs/AWSLogs/123456789012/CloudTrail/', S3BucketRegion: 'us-east-1', S3BucketAccessRoleArn: 'arn:aws:iam::123456789012:role/Importer' };

/** A builder with a bug: from 5 days on, it names the store twice. */
function buildForDays(days: number): StartImportSdkInput {
  return {
    Destinations: days >= 5 ? [STORE, STORE] : [STORE],
    ImportSource: { S3 },
    StartEventTime: new Date(Date.UTC(2024, 0, 1)),
    EndEventTime: new Date(Date.UTC(2024, 0, 1 + days)),
  };
}
const fixed = (days: number): StartImportSdkInput => buildForDays(Math.min(days, 4));

/** The error a helper threw (or rejected with), to read its message. */
async function failureOf(run: () => unknown): Promise<Error> {
  try {
    await run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the helper to fail');
}

/** Refuses what the contract refuses, as a careful service would. */
const careful = (request: unknown): string => {
  if (!validateStartImportRequest(request).valid) throw new Error('refused');
  return 'started';
};

describe('assertValidStartImportBuilder', () => {
  it('passes when every built request is valid', () => {
    expect(() => {
      assertValidStartImportBuilder(fixed, fc.nat());
    }).not.toThrow();
    expect(() => {
      assertValidStartImportBuilder((request: StartImportSdkInput) => request, newImportRequest(), { numRuns: 300 });
    }).not.toThrow();
  });

  it("throws with the shrunk counterexample's violations, its request and fast-check's report", async () => {
    const error = await failureOf(() => {
      assertValidStartImportBuilder(buildForDays, fc.nat(), { seed: 1 });
    });
    expect(error.message.split('\n').slice(0, 3)).toEqual([
      'assertValidStartImportBuilder: the builder built an invalid StartImport request:',
      '/Destinations error destinations-count: must hold exactly 1 event data store (got 2)',
      `built: ${fc.stringify(buildForDays(5))}`,
    ]);
    expect(error.message).toContain('{ seed: 1, path: ');
    expect(error.message).toContain('Counterexample: [5]');
  });

  it('allows warnings: a half-open time range is valid', () => {
    expect(() => {
      assertValidStartImportBuilder((days: number) => ({ ...fixed(days), EndEventTime: undefined }), fc.nat());
    }).not.toThrow();
  });

  it('reads requests in the sdk shape unless told otherwise: ISO strings fail, and pass as cli', async () => {
    const withStrings = (days: number): unknown => ({ ...fixed(days), StartEventTime: '2024-01-01T00:00:00Z', EndEventTime: '2024-01-02T00:00:00Z' });
    const error = await failureOf(() => {
      assertValidStartImportBuilder(withStrings, fc.nat());
    });
    expect(error.message).toContain("/StartEventTime error timestamp-invalid: must be a Date (got the string '2024-01-01T00:00:00Z'; the SDK would send it as-is)");
    expect(() => {
      assertValidStartImportBuilder(withStrings, fc.nat(), {}, { shape: 'cli' });
    }).not.toThrow();
  });

  it('runs an async builder with fc.asyncProperty and returns a Promise', async () => {
    const passing = assertValidStartImportBuilder((days: number) => Promise.resolve(fixed(days)), fc.nat());
    expect(passing).toBeInstanceOf(Promise);
    await expect(passing).resolves.toBeUndefined();
    await expect(assertValidStartImportBuilder((days: number) => Promise.resolve(buildForDays(days)), fc.nat(), { seed: 1 })).rejects.toThrow(
      /^assertValidStartImportBuilder: the builder built an invalid StartImport request:\n\/Destinations error destinations-count/,
    );
  });

  it("reports a builder's own error", async () => {
    const error = await failureOf(() => {
      assertValidStartImportBuilder((days: number) => (days > 2 ? JSON.parse('{') : fixed(days)) as unknown, fc.nat(), { seed: 1 });
    });
    expect(error.message).toMatch(/^assertValidStartImportBuilder: .*JSON/);
    expect(error.message).toContain('Counterexample: [3]');
  });

  it('passes fcParameters on, and calls the builder once more beforehand to learn whether it is async', () => {
    let calls = 0;
    assertValidStartImportBuilder(
      (days: number) => {
        calls += 1;
        return fixed(days);
      },
      fc.nat(),
      { numRuns: 17 },
    );
    expect(calls).toBe(18);
  });

  it('refuses a builder that is sync on its first call and async afterwards', async () => {
    let calls = 0;
    const sometimes = (days: number): unknown => (calls++ === 0 ? fixed(days) : Promise.resolve(fixed(days)));
    const error = await failureOf(() => {
      assertValidStartImportBuilder(sometimes, fc.nat(), { seed: 1 });
    });
    expect(error.message).toContain('returned a Promise for this input but not for the first one');
  });
});

describe('assertRejectsInvalidStartImport', () => {
  it('passes when the function throws for every labelled invalid request', () => {
    expect(() => {
      assertRejectsInvalidStartImport(careful, { numRuns: 300 });
    }).not.toThrow();
  });

  it('awaits an async function that rejects them', async () => {
    const pending = assertRejectsInvalidStartImport((request) => Promise.resolve(request).then(careful), { numRuns: 100 });
    expect(pending).toBeInstanceOf(Promise);
    await expect(pending).resolves.toBeUndefined();
  });

  it('names the code of the mistake let through, and the shrunk request', async () => {
    const lax = (request: StartImportSdkInput): string => (request.Destinations === undefined && request.ImportId === undefined ? careful(request) : 'started');
    const error = await failureOf(() => {
      assertRejectsInvalidStartImport(lax, { seed: 1 }, { codes: ['time-range-reversed'] });
    });
    const [first = '', second = ''] = error.message.split('\n');
    expect(first).toBe('assertRejectsInvalidStartImport: expected the function to throw or reject a request with time-range-reversed, but it returned "started"');
    expect(second).toMatch(/^request: \{"Destinations":\[.*"StartEventTime":new Date\(".*"\),"EndEventTime":new Date\(".*"\)\}$/);
    expect(error.message).toContain('"expected":"time-range-reversed"');
  });

  it('says what an async function resolved to, and the codes a mistake comes with', async () => {
    await expect(assertRejectsInvalidStartImport(() => Promise.resolve(202), { seed: 1 }, { codes: ['destination-pattern'] })).rejects.toThrow(
      'expected the function to throw or reject a request with destination-pattern (with destination-not-event-data-store), but it resolved to 202',
    );
  });

  it('hands the function requests in the shape asked', () => {
    const seen: unknown[] = [];
    assertRejectsInvalidStartImport(
      (request): void => {
        seen.push(request.StartEventTime);
        throw new Error('refused');
      },
      { numRuns: 50 },
      { shape: 'cli', codes: ['time-range-reversed'] },
    );
    expect(seen.every((time) => typeof time === 'string')).toBe(true);
  });
});

describe('the helpers’ own arguments', () => {
  // A function that is none would throw on every request, which assertRejectsInvalidStartImport
  // reads as every request refused: it must be the caller's TypeError before anything runs.
  it.each([
    [undefined, 'nothing'],
    [null, 'null'],
    [{}, 'an object'],
    ['careful', "the string 'careful'"],
    [42, 'the number 42'],
  ])('refuses a fn or builder that is no function (%j), naming it', (notAFunction, described) => {
    expect(() => { void assertRejectsInvalidStartImport(notAFunction as never, { numRuns: 5 }); }).toThrow(new TypeError(`assertRejectsInvalidStartImport: fn must be a function (got ${described})`));
    expect(() => { void assertValidStartImportBuilder(notAFunction as never, fc.nat(), { numRuns: 5 }); }).toThrow(new TypeError(`assertValidStartImportBuilder: builder must be a function (got ${described})`));
  });

  // No run asserts nothing, and parameters that are no object are ignored by fast-check: either would pass whatever the function does.
  it.each([
    [{ numRuns: 0 }, 'fcParameters.numRuns must be a whole number of runs, at least 1 (got the number 0)'],
    [{ numRuns: 'many' }, "fcParameters.numRuns must be a whole number of runs, at least 1 (got the string 'many')"],
    [{ numRuns: 2.5 }, 'fcParameters.numRuns must be a whole number of runs, at least 1 (got the number 2.5)'],
    [{ numRuns: -5 }, 'fcParameters.numRuns must be a whole number of runs, at least 1 (got the number -5)'],
    [42, "fcParameters must be fast-check's parameters object (got the number 42)"],
    [null, "fcParameters must be fast-check's parameters object (got null)"],
  ])('refuses fcParameters %j that would run nothing or be ignored', (fcParameters, message) => {
    const acceptsAll = (): string => 'started';
    const buildsNothing = (): unknown => ({});
    expect(() => { assertRejectsInvalidStartImport(acceptsAll, fcParameters as never); }).toThrow(new TypeError(`assertRejectsInvalidStartImport: ${message}`));
    expect(() => { assertValidStartImportBuilder(buildsNothing, fc.nat(), fcParameters as never); }).toThrow(new TypeError(`assertValidStartImportBuilder: ${message}`));
  });

  it('refuses an input arbitrary that is none, naming it', () => {
    for (const notAnArbitrary of [undefined, [1, 2], { generate: 'no' }, fc.nat]) {
      expect(() => { assertValidStartImportBuilder(fixed, notAnArbitrary as never, { numRuns: 5 }); }).toThrow(/^assertValidStartImportBuilder: inputArbitrary must be a fast-check Arbitrary \(got /);
    }
  });
});
