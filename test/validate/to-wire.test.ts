import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toWireStartImportRequest, type StartImportSdkInput } from '../../src/index.js';
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
