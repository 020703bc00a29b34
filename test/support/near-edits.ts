/**
 * Strings one edit away from valid ones: the property tests of the common-form shortcuts hold each
 * shortcut to the full reading on values near the forms it accepts, where a shortcut goes wrong.
 */
import fc from 'fast-check';

/** `valid`, or `valid` with one of `edits`: a character replaced by it, it inserted, or a character removed. */
export function nearly(valid: fc.Arbitrary<string>, edits: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    valid,
    fc.tuple(valid, fc.nat(), fc.constantFrom(...edits), fc.constantFrom('replace', 'insert', 'remove')).map(([text, at, edit, how]) => {
      const i = at % (text.length + 1);
      if (how === 'insert') return text.slice(0, i) + edit + text.slice(i);
      return text.slice(0, i) + (how === 'replace' ? edit : '') + text.slice(i + 1);
    }),
  );
}
