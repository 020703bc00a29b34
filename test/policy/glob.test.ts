import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { compileGlob } from '../../src/policy/glob.js';
import { loadImportPolicy, PolicyError } from '../../src/policy/index.js';
import { validateStartImportRequest } from '../../src/validate/index.js';
import { NOW, policyOf, REQUEST } from './support.js';

// Issue 14: picomatch took about 1 s for this on 31 characters, ten times more per three more.
const PATHOLOGICAL = `${'*a'.repeat(16)}*b`;

describe('compileGlob', () => {
  it.each([
    ['AWSLogs/*/CloudTrail', 'AWSLogs/123456789012/CloudTrail', true],
    ['AWSLogs/*/CloudTrail', 'AWSLogs/1/2/CloudTrail', false],
    ['AWSLogs/*', 'AWSLogs/', false],
    ['AWSLogs/o-*/*/CloudTrail/**', 'AWSLogs/o-1/123/CloudTrail/us-east-1/2024', true],
    ['AWSLogs/**', 'AWSLogs', true],
    ['a/**/b', 'a/b', true],
    ['a/**/b', 'a/x/y/b', true],
    ['**/CloudTrail', 'CloudTrail', true],
    ['a**b', 'ax/xb', false],
    ['org-log-archive-*', 'org-log-archive-', true],
    ['log?', 'logs', true],
    ['log?', 'log/', false],
    ['logs-[0-9]', 'logs-7', true],
    ['logs-[!0-9]', 'logs-7', false],
    ['logs-[^0-9]', 'logs-/', false],
    ['[]x]', ']', true],
    ['{prod,stage}-logs', 'stage-logs', true],
    ['{prod,{dev,test}-x}-logs', 'test-x-logs', true],
    ['{prod,stage}-logs', 'qa-logs', false],
    ['\\*', '*', true],
    ['\\*', 'x', false],
  ] as const)('matches %s against %s: %s', (pattern, text, expected) => {
    expect(compileGlob(pattern).matches(text)).toBe(expected);
  });

  it.each([
    ['logs-[a', /the \[ at 5 is not closed/],
    ['logs-{a,b', /the \{ at 5 is not closed/],
    ['logs-@(a|b)', /'\(' at 6: regex groups and extglobs are not supported/],
    ['!logs', /negation \(a leading !\) is not supported/],
    ['[[:alpha:]]', /POSIX classes/],
    ['logs\\', /ends in a lone \\/],
    ['logs-[z-a]', /the range z-a in the \[ at 5 runs backwards and matches nothing \(write a-z\)/],
    ['[0-9a-Z]', /the range a-Z in the \[ at 0 runs backwards/],
  ])('rejects %s, saying why', (pattern, reason) => {
    expect(() => compileGlob(pattern)).toThrow(reason);
  });

  it('matches the pathological pattern in work linear in the text (40 and 400 characters)', () => {
    const glob = compileGlob(PATHOLOGICAL);
    const short = glob.work('a'.repeat(40));
    const long = glob.work('a'.repeat(400));
    expect([short.matched, long.matched]).toEqual([false, false]);
    expect(glob.work(`${'a'.repeat(400)}b`).matched).toBe(true);
    // At most a few steps per pattern character per text character; ten times the text, about ten times the work.
    expect(long.steps).toBeLessThanOrEqual(4 * PATHOLOGICAL.length * 401);
    expect(long.steps / short.steps).toBeLessThan(13);
  });
});

describe('validateStartImportRequest with pathological policy globs', () => {
  const uri = (bucket: string, prefix: string): Record<string, unknown> => ({ ...REQUEST, ImportSource: { S3: { ...REQUEST.ImportSource.S3, S3LocationUri: `s3://${bucket}/${prefix}` } } });

  it.each([40, 400])('checks required-prefix and role-name-pattern against a %i-character input at once', (length) => {
    const policy = policyOf({ 'required-prefix': { patterns: [PATHOLOGICAL] }, 'role-name-pattern': { patterns: [PATHOLOGICAL] } });
    const started = performance.now();
    const { violations } = validateStartImportRequest(uri('aws-cloudtrail-logs-1', 'a'.repeat(length)), { shape: 'wire', now: NOW, policy });
    // A backstop only: the work bound is asserted on the matcher above.
    expect(performance.now() - started).toBeLessThan(200);
    expect(violations.map((v) => v.code)).toEqual(expect.arrayContaining(['policy/required-prefix', 'policy/role-name-pattern']));
  });

  it('checks allowed-buckets against a 63-character bucket at once', () => {
    const started = performance.now();
    const { violations } = validateStartImportRequest(uri('a'.repeat(63), 'x'), { shape: 'wire', now: NOW, policy: policyOf({ 'allowed-buckets': { buckets: [PATHOLOGICAL] } }) });
    expect(performance.now() - started).toBeLessThan(200);
    expect(violations.map((v) => v.code)).toContain('policy/allowed-buckets');
  });

  it('reports an unsupported glob as a PolicyError naming the pattern, where it is and why', () => {
    expect(() => loadImportPolicy({ version: 1, rules: { 'required-prefix': { patterns: ['AWSLogs/+(a|b)'] } } })).toThrow(PolicyError);
    expect(() => loadImportPolicy({ version: 1, rules: { 'required-prefix': { patterns: ['AWSLogs/+(a|b)'] } } })).toThrow(
      /\/rules\/required-prefix\/patterns\/0.*'AWSLogs\/\+\(a\|b\)' is not a valid glob pattern \('\(' at 9: regex groups/,
    );
  });

  it('reports a backwards range as a PolicyError, its characters escaped like the pattern\'s', () => {
    expect(() => loadImportPolicy({ version: 1, rules: { 'allowed-buckets': { buckets: ['logs-[\u0007-\u0001]'] } } })).toThrow(
      "'logs-[\\u0007-\\u0001]' is not a valid glob pattern (the range \\u0007-\\u0001 in the [ at 5 runs backwards and matches nothing (write \\u0001-\\u0007))",
    );
  });
});

// The reference: a backtracking regex written from the same rules, token by token (short inputs only).
const TOKENS = ['a', 'b', '/', '?', '*', '**', '[ab]', '[!a]', '{a,b}', '{a/,}', '\\?'] as const;
const REGEX: Readonly<Record<string, string>> = { '?': '[^/]', '[ab]': '[ab]', '[!a]': '[^a/]', '{a,b}': '(?:a|b)', '{a/,}': '(?:a/|)', '\\?': '\\?', a: 'a', b: 'b', '/': '/' };

function reference(tokens: readonly string[]): RegExp {
  // Adjacent stars are one run in the pattern text, so merge them here too.
  const merged = tokens.reduce<string[]>((out, t) => (t.startsWith('*') && out.at(-1)?.startsWith('*') === true ? [...out.slice(0, -1), `${out.at(-1) ?? ''}${t}`] : [...out, t]), []);
  let source = '';
  for (let k = 0; k < merged.length; k += 1) {
    const token = merged[k] ?? '';
    const segmentStart = k === 0 || merged[k - 1] === '/';
    const next = merged[k + 1];
    if (token === '/' && next !== undefined && next.length >= 2 && next.startsWith('**') && next.length === 2 && k + 2 === merged.length) {
      source += '(?:/.*)?';
      k += 1;
    } else if (token.startsWith('*') && token.length >= 2 && segmentStart && next === '/') {
      source += '(?:.*/)?';
      k += 1;
    } else if (token.startsWith('*') && token.length >= 2 && segmentStart && next === undefined) {
      source += '.*';
    } else if (token.startsWith('*')) {
      source += segmentStart && (next === undefined || next === '/') ? '[^/]+' : '[^/]*';
    } else {
      source += REGEX[token] ?? '';
    }
  }
  return new RegExp(`^${source}$`);
}

describe('compileGlob against a regex reference (property)', () => {
  test.prop([fc.array(fc.constantFrom(...TOKENS), { maxLength: 6 }), fc.array(fc.constantFrom('a', 'b', 'c', '/', '?'), { maxLength: 8 })], { numRuns: 2000 })(
    'decides every short text as the reference does',
    (tokens, chars) => {
      const text = chars.join('');
      expect(compileGlob(tokens.join('')).matches(text)).toBe(reference(tokens).test(text));
    },
  );

  test.prop([fc.array(fc.constantFrom(...TOKENS), { maxLength: 12 }), fc.array(fc.constantFrom('a', 'b', '/'), { maxLength: 200 })])(
    'takes at most a few steps per pattern character per text character',
    (tokens, chars) => {
      const pattern = tokens.join('');
      const { steps } = compileGlob(pattern).work(chars.join(''));
      expect(steps).toBeLessThanOrEqual(8 * (pattern.length + 1) * (chars.length + 1));
    },
  );
});
