import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatViolations, formatViolationsUpTo } from '../../src/validate/index.js';
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
