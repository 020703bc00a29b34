import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { exactly, startingWith, wildcardCovers, wildcardMatches, wildcardOverlaps } from '../../src/role/wildcard.js';

/** A reference matcher, by the definition: `*` any run, `?` one character, everything else itself. */
function reference(pattern: string, text: string): boolean {
  const memo = new Map<string, boolean>();
  const go = (p: number, t: number): boolean => {
    const key = `${p},${t}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let result: boolean;
    if (p === pattern.length) result = t === text.length;
    else if (pattern[p] === '*') result = go(p + 1, t) || (t < text.length && go(p, t + 1));
    else result = t < text.length && (pattern[p] === '?' || pattern[p] === text[t]) && go(p + 1, t + 1);
    memo.set(key, result);
    return result;
  };
  return go(0, 0);
}

const patternArb = fc.string({ unit: fc.constantFrom('a', 'b', '/', '*', '?'), maxLength: 8 });
const textArb = fc.string({ unit: fc.constantFrom('a', 'b', '/'), maxLength: 8 });

describe('wildcardMatches', () => {
  it('lets * cross / and :, unlike a glob', () => {
    expect(wildcardMatches('arn:aws:s3:::bucket/*', 'arn:aws:s3:::bucket/AWSLogs/1/CloudTrail/x.json.gz')).toBe(true);
    expect(wildcardMatches('arn:*', 'arn:aws:s3:::bucket/a')).toBe(true);
  });

  it('matches ? to exactly one character', () => {
    expect(wildcardMatches('s3:Get?bject', 's3:GetObject')).toBe(true);
    expect(wildcardMatches('s3:Get?', 's3:GetObject')).toBe(false);
  });

  it('treats regular-expression metacharacters as themselves', () => {
    expect(wildcardMatches('a.b', 'axb')).toBe(false);
    expect(wildcardMatches('a.b(+)[x]^$', 'a.b(+)[x]^$')).toBe(true);
  });

  it('is case-sensitive unless asked (resources), case-insensitive when asked (actions)', () => {
    expect(wildcardMatches('arn:aws:s3:::Bucket', 'arn:aws:s3:::bucket')).toBe(false);
    expect(wildcardMatches('S3:get*', 's3:GetObject', true)).toBe(true);
  });

  it('answers in linear time on patterns that make backtracking matchers explode', () => {
    const started = performance.now();
    expect(wildcardMatches(`${'*a'.repeat(200)}*`, `${'a'.repeat(199)}b`.repeat(50))).toBe(true);
    expect(wildcardMatches(`${'*a'.repeat(200)}c`, 'a'.repeat(10_000))).toBe(false);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  test.prop([patternArb, textArb])('agrees with the definition of IAM wildcards', (pattern, text) => {
    expect(wildcardMatches(pattern, text)).toBe(reference(pattern, text));
  });
});

describe('wildcardCovers', () => {
  it('covers a prefix family only with a pattern that matches every key under it', () => {
    const objects = startingWith('arn:aws:s3:::b/AWSLogs/');
    expect(wildcardCovers('arn:aws:s3:::b/*', objects)).toBe(true);
    expect(wildcardCovers('arn:aws:s3:::b/AWSLogs/*', objects)).toBe(true);
    expect(wildcardCovers('arn:aws:s3:::b/AWS*', objects)).toBe(true);
    expect(wildcardCovers('arn:aws:s3:::b/AWSLogs/1/*', objects)).toBe(false);
    expect(wildcardCovers('arn:aws:s3:::b/AWSLogs/', objects)).toBe(false);
    expect(wildcardCovers('arn:aws:s3:::b', exactly('arn:aws:s3:::b'))).toBe(true);
  });

  test.prop([patternArb, textArb, textArb])('never claims a family it does not cover', (pattern, literal, suffix) => {
    fc.pre(wildcardCovers(pattern, startingWith(literal)));
    expect(reference(pattern, literal + suffix)).toBe(true);
  });
});

describe('wildcardOverlaps', () => {
  it('finds a pattern that reaches part of a family', () => {
    const objects = startingWith('arn:aws:s3:::b/AWSLogs/');
    expect(wildcardOverlaps('arn:aws:s3:::b/AWSLogs/1/*', objects)).toBe(true);
    expect(wildcardOverlaps('arn:aws:s3:::b/Other/*', objects)).toBe(false);
    expect(wildcardOverlaps('arn:aws:s3:::b/AWS', objects)).toBe(false);
  });

  test.prop([patternArb, textArb, textArb])('is false only when no value of the family matches', (pattern, literal, suffix) => {
    fc.pre(!wildcardOverlaps(pattern, startingWith(literal)));
    expect(reference(pattern, literal + suffix)).toBe(false);
  });

  test.prop([patternArb, textArb])('is implied by covering', (pattern, literal) => {
    fc.pre(wildcardCovers(pattern, startingWith(literal)));
    expect(wildcardOverlaps(pattern, startingWith(literal))).toBe(true);
  });
});
