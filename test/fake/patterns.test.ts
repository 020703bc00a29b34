import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IMPORT_ID } from '../../src/contract/model.js';
import { IMPORT_ID_PATTERN } from '../../src/fake/ids.js';

// Characters inside and around both patterns' classes, so that any disagreement shows.
const text = fc.string({ unit: fc.constantFrom(...'abfgzAFZ059-._/:\\ \n'.split('')), maxLength: 12 });

describe("the fake's pattern literals", () => {
  it.each([
    ['IMPORT_ID_PATTERN', IMPORT_ID_PATTERN, IMPORT_ID.pattern],
  ] as const)('%s accepts exactly what the model pattern accepts', (_name, literal, model) => {
    const reference = new RegExp(model);
    fc.assert(
      fc.property(text, (value) => {
        expect(literal.test(value)).toBe(reference.test(value));
      }),
      { numRuns: 2000 },
    );
  });
});
