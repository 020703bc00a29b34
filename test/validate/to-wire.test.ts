import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_CONVERTED_LIST_LENGTH, SdkInputConversionError, toWireStartImportRequest, type StartImportSdkInput } from '../../src/index.js';
import { sdkWireBody } from '../support/sdk-wire.js';

const text = fc.string({ maxLength: 12 });
const maybe = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | null | undefined> => fc.oneof(arb, fc.constant(null), fc.constant(undefined));
const timestamp = fc.oneof(fc.date({ noInvalidDate: true }), fc.integer({ min: 0, max: 4_102_444_800 }), text);

/** SDK inputs as users' code holds them, typos, nulls and wrong types included. */
const sdkInput = fc.record(
  {
    Destinations: maybe(fc.array(text, { maxLength: 3 })),
    ImportSource: maybe(
      fc.record(
        {
          S3: maybe(fc.record({ S3LocationUri: maybe(text), S3BucketRegion: maybe(text), S3BucketAccessRoleArn: maybe(text), Extra: text }, { requiredKeys: [] })),
          Extra: text,
        },
        { requiredKeys: [] },
      ),
    ),
    StartEventTime: maybe(timestamp),
    EndEventTime: maybe(timestamp),
    ImportId: maybe(text),
    Destination: fc.array(text, { maxLength: 1 }),
  },
  { requiredKeys: [] },
);

describe('toWireStartImportRequest', () => {
  it('produces the body the real JS SDK v3 sends, for any input', async () => {
    await fc.assert(
      fc.asyncProperty(sdkInput, async (input) => {
        const sent = JSON.parse(await sdkWireBody(input)) as unknown;
        expect(toWireStartImportRequest(input as StartImportSdkInput)).toEqual(sent);
      }),
      { numRuns: 150 },
    );
  });

  it('turns a Date into epoch seconds with milliseconds, as the SDK does', () => {
    expect(toWireStartImportRequest({ ImportId: 'x', StartEventTime: new Date(1_704_067_200_123) })).toEqual({ ImportId: 'x', StartEventTime: 1704067200.123 });
  });

  it('turns an Invalid Date into NaN, which the SDK writes as a bare NaN', async () => {
    const input = { EndEventTime: new Date(Number.NaN) };
    expect(toWireStartImportRequest(input)).toEqual({ EndEventTime: Number.NaN });
    expect(await sdkWireBody(input)).toBe('{"EndEventTime":NaN}');
  });

  it('drops unknown keys, as the SDK silently does', () => {
    const input = { Destination: ['arn'], ImportId: 'x' } as StartImportSdkInput;
    expect(toWireStartImportRequest(input)).toEqual({ ImportId: 'x' });
  });

  it('does not change its input', () => {
    const input: StartImportSdkInput = Object.freeze({ ImportSource: Object.freeze({ S3: Object.freeze({ S3LocationUri: 's3://b', S3BucketRegion: undefined, S3BucketAccessRoleArn: 'r' }) }) });
    expect(toWireStartImportRequest(input)).toEqual({ ImportSource: { S3: { S3LocationUri: 's3://b', S3BucketAccessRoleArn: 'r' } } });
  });
});

/** A value whose every read throws: a getter for each member. */
function throwingGetters(): object {
  const value = {};
  for (const name of ['Destinations', 'ImportSource', 'StartEventTime', 'EndEventTime', 'ImportId']) {
    Object.defineProperty(value, name, { enumerable: true, get: (): never => { throw new Error(`no ${name}`); } });
  }
  return value;
}

function revoked(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

/** What `toWireStartImportRequest` throws for `input`, or `undefined` when it returns. */
function thrownBy(input: unknown): unknown {
  try {
    toWireStartImportRequest(input as StartImportSdkInput);
    return undefined;
  } catch (error) {
    return error;
  }
}

describe('toWireStartImportRequest and values that are not SDK input', () => {
  it('drops null items of a list, as the SDK does', async () => {
    const input = { Destinations: ['a', null, 'b', undefined] } as unknown as StartImportSdkInput;
    expect(toWireStartImportRequest(input)).toEqual(JSON.parse(await sdkWireBody(input)));
    expect(toWireStartImportRequest(input)).toEqual({ Destinations: ['a', 'b'] });
  });

  it('sends plain data of the wrong types as it is, as the SDK does', async () => {
    const input = { Destinations: {}, ImportSource: 'x', StartEventTime: {} } as unknown as StartImportSdkInput;
    expect(toWireStartImportRequest(input)).toEqual(JSON.parse(await sdkWireBody(input)));
  });

  it('refuses a member whose getter throws, naming its pointer', () => {
    const error = thrownBy(throwingGetters());
    expect(error).toBeInstanceOf(SdkInputConversionError);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as SdkInputConversionError).path).toBe('/Destinations');
    expect((error as Error).message).toBe('cannot convert the SDK input at /Destinations: reading it threw: no Destinations');
  });

  it('refuses a revoked Proxy at the root and in S3', () => {
    expect((thrownBy(revoked()) as SdkInputConversionError).path).toBe('');
    expect((thrownBy({ ImportSource: { S3: revoked() } }) as SdkInputConversionError).path).toBe('/ImportSource/S3');
  });

  it('refuses a list whose length throws (a Proxy trap), by pointer', () => {
    const list = new Proxy(['a'], { get: (target, key): unknown => (key === 'length' ? (() => { throw new Error('no length'); })() : Reflect.get(target, key)) });
    const error = thrownBy({ Destinations: list });
    expect(error).toBeInstanceOf(SdkInputConversionError);
    expect((error as Error).message).toBe('cannot convert the SDK input at /Destinations: reading it threw: no length');
  });

  it('refuses a value that only claims to be a Date (Symbol.toStringTag), by pointer', () => {
    const error = thrownBy({ StartEventTime: { [Symbol.toStringTag]: 'Date' } });
    expect(error).toBeInstanceOf(SdkInputConversionError);
    expect((error as Error).message).toMatch(/^cannot convert the SDK input at \/StartEventTime: reading it threw: /);
  });

  it.each([1e8, 1e9, 2 ** 32 - 1])('refuses a sparse list of length %d at once, naming MAX_CONVERTED_LIST_LENGTH', (length) => {
    const list: string[] = [];
    list.length = length;
    const start = performance.now();
    const error = thrownBy({ Destinations: list });
    expect(performance.now() - start).toBeLessThan(1000);
    expect(error).toBeInstanceOf(SdkInputConversionError);
    expect((error as Error).message).toBe(`cannot convert the SDK input at /Destinations: a list of ${String(length)} items is longer than MAX_CONVERTED_LIST_LENGTH (${String(MAX_CONVERTED_LIST_LENGTH)})`);
  });

  it('converts a list of MAX_CONVERTED_LIST_LENGTH items', () => {
    expect(toWireStartImportRequest({ Destinations: new Array<string>(MAX_CONVERTED_LIST_LENGTH).fill('a') }).Destinations).toHaveLength(MAX_CONVERTED_LIST_LENGTH);
  });

  /** Hostile values: throwing getters, revoked proxies, proxies whose traps throw, a false Date. */
  const HOSTILE: readonly (() => unknown)[] = [
    throwingGetters,
    revoked,
    () => new Proxy({}, { get: (): never => { throw new RangeError('trap'); }, ownKeys: (): never => { throw new RangeError('keys'); } }),
    () => ({ [Symbol.toStringTag]: 'Date' }),
  ];

  /** Stands for a hostile value: fast-check cannot hold a revoked Proxy, so the property builds it (`materialise`). */
  class Hostile {
    constructor(readonly kind: number) {}
  }

  const hostile = fc.integer({ min: 0, max: HOSTILE.length - 1 }).map((kind) => new Hostile(kind));

  /** `value` with each Hostile, down to the depth the converter reads, replaced by the value it stands for. */
  function materialise(value: unknown, depth = 0): unknown {
    if (value instanceof Hostile) return (HOSTILE[value.kind] as () => unknown)();
    if (depth > 4 || typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== (Array.isArray(value) ? Array.prototype : Object.prototype)) return value;
    if (Array.isArray(value)) return value.map((item: unknown) => materialise(item, depth + 1));
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, materialise(item, depth + 1)]));
  }

  const member = fc.oneof(fc.jsonValue(), fc.anything(), hostile);
  const inputLike = fc.oneof(
    fc.jsonValue(),
    fc.anything({ withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true, withObjectString: true }),
    hostile,
    fc.record(
      {
        Destinations: fc.oneof(member, fc.array(member, { maxLength: 3 })),
        ImportSource: fc.oneof(member, fc.record({ S3: fc.oneof(member, fc.record({ S3LocationUri: member, S3BucketRegion: member, S3BucketAccessRoleArn: member }, { requiredKeys: [] })) }, { requiredKeys: [] })),
        StartEventTime: fc.oneof(member, fc.date()),
        EndEventTime: member,
        ImportId: member,
      },
      { requiredKeys: [] },
    ),
  );

  it('either returns or throws SdkInputConversionError, for any value', () => {
    fc.assert(
      fc.property(inputLike, (input) => {
        const error = thrownBy(materialise(input));
        if (error !== undefined) expect(error).toBeInstanceOf(SdkInputConversionError);
      }),
      { numRuns: 500 },
    );
  });
});
