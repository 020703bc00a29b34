import fc from 'fast-check';

const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';

/** A string of `min`–`max` characters drawn from `alphabet` (shrinks towards its first character). */
export function stringOf(alphabet: string, min: number, max: number): fc.Arbitrary<string> {
  return fc.string({ unit: fc.constantFrom(...Array.from(alphabet)), minLength: min, maxLength: max });
}

/** Lower-case letters and digits. */
export function lowerAlnum(min: number, max: number): fc.Arbitrary<string> {
  return stringOf(`${LOWER}${DIGITS}`, min, max);
}

/** A lower-case letter. */
export function lowerLetter(): fc.Arbitrary<string> {
  return fc.constantFrom(...Array.from(LOWER));
}

/** Digits. */
export function digits(length: number): fc.Arbitrary<string> {
  return stringOf(DIGITS, length, length);
}
