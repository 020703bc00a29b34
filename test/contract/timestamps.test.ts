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

  it.each(['2024-01-01T00:00:00+99:99', '2024-02-01T00:00:00+23:60', '2024-01-01T00:00:00-24:00', '2024-01-01T00:00:00+2500', '2024-01-01T00:00:00+00:60'])(
    'rejects the out-of-range UTC offset of %j (ISO 8601 and RFC 3339 refuse it) rather than shifting the time by it',
    (text) => {
      expect(parseIso8601(text)).toBeUndefined();
    },
  );

  it('reads every offset from -23:59 to +23:59, with or without its colon', () => {
    fc.assert(
      fc.property(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.boolean(), (sign, hours, minutes, colon) => {
        const zone = `${sign}${String(hours).padStart(2, '0')}${colon ? ':' : ''}${String(minutes).padStart(2, '0')}`;
        const shift = (sign === '-' ? -1 : 1) * (hours * 3600 + minutes * 60);
        expect(parseIso8601(`2024-01-01T12:00:00${zone}`)).toBe(1704110400 - shift);
      }),
    );
  });

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

  it('escapes a lone surrogate (half a pair, which prints as U+FFFD or a bare escape) and keeps whole pairs as they are', () => {
    expect(clip('a\ud83db\ude00c\u{1F600}')).toBe('a\\ud83db\\ude00c\u{1F600}');
    expect(clip('\ude00\ud83d')).toBe('\\ude00\\ud83d');
  });

  it('escapes the invisible zero-width characters, so that a name holding one does not print as the name without it', () => {
    expect(clip('Import\u200dId')).toBe('Import\\u200dId');
    expect(clip('\ufeff{}')).toBe('\\ufeff{}');
    expect(clip('a\u200bb\u200cc\u2060d')).toBe('a\\u200bb\\u200cc\\u2060d');
  });

  it('never cuts a surrogate pair in half: a cut that would fall inside one leaves the whole character out', () => {
    expect(clip('\u{1F600}'.repeat(36))).toBe(`${'\u{1F600}'.repeat(29)}…`);
    // eslint-disable-next-line no-control-regex -- the characters clip escapes, left out so that the cut alone is tested
    const printable = fc.string({ unit: 'grapheme', maxLength: 80 }).filter((text) => !/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/u.test(text));
    fc.assert(
      fc.property(printable, fc.integer({ min: 2, max: 70 }), (text, max) => {
        const cut = clip(text, max);
        if (text.length <= max) {
          expect(cut).toBe(text);
          return;
        }
        // A prefix of whole characters, one unit shorter at most than the bound allows, then `…`.
        const body = cut.slice(0, -1);
        expect(cut.endsWith('…')).toBe(true);
        expect(text.startsWith(body)).toBe(true);
        expect(body.length).toBeGreaterThanOrEqual(max - 2);
        expect(body.length).toBeLessThanOrEqual(max - 1);
        expect(/\p{Surrogate}/u.test(body)).toBe(false);
      }),
    );
  });
});
