/**
 * `nearMiss` judges a mistyped key by its edit distance to each member, computed only near the
 * table's diagonal (Ukkonen's band): it must equal the whole table's Levenshtein distance wherever
 * that is below the limit, and say "the limit" otherwise.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cappedEditDistance, nearMiss } from '../../src/rules/near-miss.js';

/** Levenshtein distance over the whole table: the oracle. */
function levenshtein(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const next = [i];
    for (let j = 1; j <= b.length; j += 1) {
      next[j] = Math.min((row[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1), (row[j] as number) + 1, (next[j - 1] as number) + 1);
    }
    row = next;
  }
  return row[b.length] as number;
}

// Short strings over few letters, so that near misses (distance 0–3) are common.
const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 14 });

describe('cappedEditDistance', () => {
  it('is the Levenshtein distance when that is below the limit, and the limit otherwise, for any two strings and limit', () => {
    fc.assert(
      fc.property(word, word, fc.integer({ min: 1, max: 5 }), (a, b, limit) => {
        expect(cappedEditDistance(a, b, limit)).toBe(Math.min(levenshtein(a, b), limit));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives the same answers whatever was computed before it (its rows are reused)', () => {
    expect(cappedEditDistance('abcdefghijklmnop', 'abcdefghijklmnoq', 3)).toBe(1);
    expect(cappedEditDistance('ab', 'ba', 3)).toBe(2);
    expect(cappedEditDistance('Destination', 'destinations', 3)).toBe(2);
    expect(cappedEditDistance('ImportSource', 'ImportSorce', 3)).toBe(1);
    expect(cappedEditDistance('ImportSource', 'S3', 3)).toBe(3);
  });
});

describe('nearMiss', () => {
  it('names the first member of least distance below 3, as the whole table judges it, for any key and members', () => {
    fc.assert(
      fc.property(word, fc.array(word, { minLength: 1, maxLength: 6 }), (key, members) => {
        let expected: string | undefined;
        let least = 3;
        for (const member of members) {
          const distance = levenshtein(key.toLowerCase(), member.toLowerCase());
          if (distance < least) {
            expected = member;
            least = distance;
          }
        }
        expect(nearMiss(key, members)).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('names the member one or two edits away, ignoring case, and none further', () => {
    const members = ['Destinations', 'ImportSource', 'StartEventTime', 'EndEventTime', 'ImportId'];
    expect(nearMiss('Destination', members)).toBe('Destinations');
    expect(nearMiss('importsource', members)).toBe('ImportSource');
    expect(nearMiss('ImportID', members)).toBe('ImportId');
    expect(nearMiss('StartTime', members)).toBeUndefined();
    expect(nearMiss('Imprtd', members)).toBe('ImportId');
    expect(nearMiss('Source', members)).toBeUndefined();
  });

  it('names the first member at the least distance below 3 from the key in lower case, for any key and members', () => {
    // Words in both cases: a key equal to a member but for case meets members equal to each other but for case.
    const cased = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'A', 'B'), maxLength: 6 });
    fc.assert(
      fc.property(cased, fc.array(cased, { maxLength: 6 }), (key, members) => {
        const distances = members.map((member) => levenshtein(key.toLowerCase(), member.toLowerCase()));
        const least = Math.min(3, ...distances);
        expect(nearMiss(key, members)).toBe(least < 3 ? members[distances.indexOf(least)] : undefined);
      }),
      { numRuns: 3000 },
    );
  });
});
