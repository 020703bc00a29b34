import type { Buffer } from 'node:buffer';
import { BACKSLASH, ESCAPES, QUOTE } from './json-bytes.js';

/** What `scanString` found in a string's content: nothing to say (no escape), or escapes that are all JSON's. */
export const STRING_CLEAN = -1;
export const STRING_HAS_ESCAPES = -2;

/** Where `scanString` puts what it found: `STRING_CLEAN`, `STRING_HAS_ESCAPES`, or the index of the first raw control character or bad escape. */
export interface StringScan {
  fault: number;
}

// The 32-bit view of the last buffer scanned and its offset in it: made once per chunk, not per
// string (reading `buffer` and `byteOffset` of a Buffer costs more than scanning a short string).
let viewed: Uint8Array | undefined;
let words: Int32Array = new Int32Array(0);
let viewOffset = 0;

function view(b: Uint8Array): void {
  viewed = b;
  words = new Int32Array(b.buffer, 0, b.buffer.byteLength >> 2);
  viewOffset = b.byteOffset;
}

function isHex(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}

/**
 * Finds the quote closing the string opened at `at` and checks its content as JSON.parse does (no
 * raw control character, only JSON's escapes), in one pass: the index of the closing quote, with
 * what it found in `scan.fault`; -1 when the string has not all arrived before `end`.
 * The listing reader runs it over every string of every item, so bytes are read four at a time
 * while a word holds no quote, backslash or control character (SWAR: a word x has a byte below n
 * when (x - n×0x01010101) & ~x & 0x80808080 is not zero, and a byte equal to v when x ^ v×0x01010101
 * has a zero byte), and one at a time from a word that may.
 */
export function scanString(b: Buffer, at: number, end: number, scan: StringScan): number {
  if (b !== viewed) view(b);
  const offset = viewOffset;
  const view32 = words;
  const last = (offset + end) >> 2;
  let fault = STRING_CLEAN;
  let i = at + 1;
  for (;;) {
    if (((offset + i) & 3) === 0) {
      let w = (offset + i) >> 2;
      while (w < last) {
        const x = view32[w] as number;
        const q = x ^ 0x22222222;
        const s = x ^ 0x5c5c5c5c;
        if ((((x - 0x20202020) & ~x) | ((q - 0x01010101) & ~q) | ((s - 0x01010101) & ~s)) & 0x80808080) break;
        w += 1;
      }
      i = (w << 2) - offset;
    }
    if (i >= end) return -1;
    const c = b[i] as number;
    if (c === QUOTE) {
      scan.fault = fault;
      return i;
    }
    if (c !== BACKSLASH) {
      if (c < 0x20 && fault < 0) fault = i;
      i += 1;
      continue;
    }
    if (i + 1 >= end) return -1;
    const e = b[i + 1] as number;
    if (e === 0x75) {
      let k = i + 2;
      while (k < i + 6 && k < end && isHex(b[k] as number)) k += 1;
      if (k === i + 6) {
        if (fault === STRING_CLEAN) fault = STRING_HAS_ESCAPES;
        i = k;
        continue;
      }
      if (k >= end) return -1;
    } else if (ESCAPES.has(e)) {
      if (fault === STRING_CLEAN) fault = STRING_HAS_ESCAPES;
      i += 2;
      continue;
    }
    // A bad escape: reported; the byte after the backslash still cannot close the string.
    if (fault < 0) fault = i;
    i += 2;
  }
}
