import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clip, parseIso8601, readTimestamp } from '../../src/contract/timestamps.js';

describe('parseIso8601', () => {
  it.each([
    ['2024-01-01', 1704067200],
    ['2024-01-01T00:00:00Z', 1704067200],
    ['2024-01-01T00:00Z', 1704067200],
    ['2024-01-01T00:00:00', 1704067200],
    ['2024-01-01 00:00:00z', 1704067200],
    ['2024-01-01T01:00:00+01:00', 1704067200],
    ['2023-12-31T19:00:00-0500', 1704067200],
    ['2023-08-11T16:08:12.934000+00:00', 1691770092.934],
    ['2024-02-29T00:00:00Z', 1709164800],
    ['0050-01-01T00:00:00Z', -60589296000],
  ])('reads %s as %d epoch seconds', (text, seconds) => {
    expect(parseIso8601(text)).toBeCloseTo(seconds, 6);
  });

  it.each(['yesterday', '2024-02-30', '2023-02-29T00:00:00Z', '2024-13-01', '2024-01-01T24:00:00Z', '2024-01-01T00:60:00Z', '2024-1-1', '1704067200', ''])(
    'rejects %j',
    (text) => {
      expect(parseIso8601(text)).toBeUndefined();
    },
  );

  it('reads back every Date.toISOString() to the millisecond', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('0000-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }), (date) => {
        expect(parseIso8601(date.toISOString())).toBeCloseTo(date.getTime() / 1000, 6);
      }),
    );
  });
});

describe('readTimestamp', () => {
  it('takes only valid Dates in the sdk shape', () => {
    expect(readTimestamp(new Date(1_704_067_200_123), 'sdk')).toEqual({ seconds: 1704067200.123 });
    expect(readTimestamp(new Date(Number.NaN), 'sdk')).toHaveProperty('problem', 'must be a valid Date (an Invalid Date is sent as NaN)');
    expect(readTimestamp('2024-01-01', 'sdk')).toHaveProperty('problem', "must be a Date (got the string '2024-01-01'; the SDK would send it as-is)");
    expect(readTimestamp(1704067200, 'sdk')).toHaveProperty('problem');
  });

  it('takes only finite numbers in the wire shape', () => {
    expect(readTimestamp(1704067200.5, 'wire')).toEqual({ seconds: 1704067200.5 });
    expect(readTimestamp('2024-01-01', 'wire')).toHaveProperty('problem');
    expect(readTimestamp(Number.POSITIVE_INFINITY, 'wire')).toHaveProperty('problem');
  });

  it('takes ISO-8601 strings and finite numbers in the cli shape', () => {
    expect(readTimestamp('2024-01-01T00:00:00Z', 'cli')).toEqual({ seconds: 1704067200 });
    expect(readTimestamp(1704067200, 'cli')).toEqual({ seconds: 1704067200 });
    expect(readTimestamp(null, 'cli')).toHaveProperty('problem', 'must be an ISO-8601 string or epoch seconds (got null)');
    expect(readTimestamp(new Date(), 'cli')).toHaveProperty('problem');
  });
});

describe('clip', () => {
  it('escapes line breaks and the bidi controls that would make a message read other than it is', () => {
    expect(clip('a\nb\u2028c\u202ed\u2066e\u200ff')).toBe('a\\nb\\u2028c\\u202ed\\u2066e\\u200ff');
  });

  it('cuts a long value to its bound, but not when the bound is Infinity', () => {
    expect(clip('x'.repeat(100), 10)).toBe(`${'x'.repeat(9)}…`);
    expect(clip('x'.repeat(100), Infinity)).toBe('x'.repeat(100));
  });
});
