import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatViolation, formatViolations, formatViolationsUpTo, validateStartImportRequest } from '../../src/validate/index.js';
import { formatRoleViolations } from '../../src/role/index.js';
import { violation } from '../../src/rules/index.js';

const violations = fc.array(
  fc.record({ path: fc.string({ maxLength: 20 }), message: fc.string({ maxLength: 60 }) }).map(({ path, message }) => violation('unknown-member', path, message)),
  { maxLength: 30 },
);

describe('formatViolationsUpTo', () => {
  it('is formatViolations cut after the first line that passes maxLength', () => {
    fc.assert(
      fc.property(violations, fc.nat({ max: 2000 }), (list, maxLength) => {
        const all = formatViolations(list);
        const text = formatViolationsUpTo(list, maxLength);
        expect(all.startsWith(text)).toBe(true);
        const lines = text === '' ? 0 : text.split('\n').length;
        // Every line it left out would have followed a text already past maxLength.
        if (lines < list.length) expect(text.length).toBeGreaterThan(maxLength);
        // The last line it added started within maxLength.
        if (lines > 1) expect(text.lastIndexOf('\n')).toBeLessThanOrEqual(maxLength);
      }),
    );
  });

  it('formats only the lines that fit, not every violation', () => {
    const many = Array.from({ length: 100_000 }, (_, i) => violation('unknown-member', `/Key${String(i)}`, 'must not be here'));
    expect(formatViolationsUpTo(many, 1000).split('\n').length).toBeLessThan(40);
  });
});

describe('formatViolation', () => {
  it('keeps a violation on one line whatever keys its path holds: control and bidi characters escaped, as in the message', () => {
    const { violations } = validateStartImportRequest({ ImportId: '0b2f7a4c-9f3e-4c1d-8a55-6c1e2f3d4b5a', 'x\ny': 1, 'Imp\u202eortId\u001b[31m': 2 });
    expect(violations.map((v) => v.path)).toEqual(['/x\ny', '/Imp\u202eortId\u001b[31m']);
    expect(formatViolations(violations).split('\n')).toEqual([
      expect.stringMatching(/^\/x\\ny error unknown-member: /),
      expect.stringMatching(/^\/Imp\\u202eortId\\u001b\[31m error unknown-member: /),
    ]);
  });
});

describe('the formatters given something other than violations', () => {
  const valid = violation('unknown-member', '/Key', 'must not be here');
  // Each was printed as 'undefined undefined undefined: undefined' or failed inside with a raw TypeError.
  it.each([
    ['null', null, /formatViolation: its argument must be a violation \{ path, severity, code, message \} \(got null\)/],
    ['a number', 5, /\(got the number 5\)/],
    ['an object without the members', { bogus: 1 }, /\(its path, severity, code, message are not a string\)/],
    ['a violation whose message is no string', { ...valid, message: 5 }, /\(its message is not a string\)/],
  ])('formatViolation refuses %s with a TypeError naming what is wrong', (_, value, message) => {
    expect(() => formatViolation(value as never)).toThrow(TypeError);
    expect(() => formatViolation(value as never)).toThrow(message);
  });

  it('formatViolations names a value that is no array, and the first item that is no violation', () => {
    expect(() => formatViolations(null as never)).toThrow(/^formatViolations: violations must be an array of violations \(got null\)$/);
    expect(() => formatViolations('x' as never)).toThrow(/\(got the string 'x'\)/);
    expect(() => formatViolations([valid, valid, { ...valid, code: undefined }] as never)).toThrow(/^formatViolations: violations\[2\] must be a violation .*\(its code is not a string\)$/);
  });

  it('formatRoleViolations names itself', () => {
    expect(() => formatRoleViolations([null] as never)).toThrow(/^formatRoleViolations: violations\[0\] must be a violation/);
  });

  it('still formats every violation the checks give, whatever their texts', () => {
    fc.assert(
      fc.property(violations, (list) => {
        expect(formatViolations(list).split('\n').length).toBe(Math.max(list.length, 1));
        for (const item of list) expect(formatViolation(item)).toContain(item.code);
      }),
    );
  });
});
