import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatViolations, formatViolationsUpTo, validateStartImportRequest } from '../../src/validate/index.js';
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
