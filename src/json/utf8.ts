import { isUtf8 } from 'node:buffer';

/** Where the incomplete character at the end of `bytes` starts (their length when none is). */
export function completeLength(bytes: Uint8Array): number {
  const length = bytes.length;
  for (let back = 1; back <= 3 && back <= length; back += 1) {
    const c = bytes[length - back] ?? 0;
    if (c < 0x80) return length;
    if (c >= 0xc0) {
      const needs = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
      return needs > back ? length - back : length;
    }
  }
  return length;
}

/**
 * Where the first character that is not UTF-8 starts in `bytes` (which are not UTF-8): the longest
 * prefix whose complete characters are UTF-8 is found by halving (each step one native check), and
 * the bad character is the one that prefix leaves incomplete or ends before. Run once, on failure.
 */
export function firstBadCharacter(bytes: Uint8Array): number {
  let good = 0;
  let bad = bytes.length;
  while (bad - good > 1) {
    const middle = (good + bad) >>> 1;
    if (isUtf8(bytes.subarray(0, completeLength(bytes.subarray(0, middle))))) good = middle;
    else bad = middle;
  }
  return completeLength(bytes.subarray(0, good));
}
