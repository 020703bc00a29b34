import type { Buffer } from 'node:buffer';

// Pieces of a JSON reader over UTF-8 bytes, for the listing scanner: scanning bytes and decoding
// only the strings kept is several times faster than decoding the listing and scanning characters.

export const QUOTE = 0x22;
export const BACKSLASH = 0x5c;

/** The first index at or after `at` that is not JSON whitespace; `end` when there is none before it. */
export function skipSpace(b: Uint8Array, at: number, end: number): number {
  let i = at;
  while (i < end) {
    const c = b[i] ?? 0;
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return i;
    i += 1;
  }
  return end;
}

/**
 * The index of the quote closing the string opened at `at`, not checking its content; -1 when it
 * has not all arrived. Found natively: strings are most of a listing's bytes.
 */
export function stringEnd(b: Buffer, at: number, end: number): number {
  let close = b.indexOf(QUOTE, at + 1);
  while (close >= 0 && close < end) {
    let backslashes = 0;
    while (b[close - 1 - backslashes] === BACKSLASH) backslashes += 1;
    if (backslashes % 2 === 0) return close;
    close = b.indexOf(QUOTE, close + 1);
  }
  return -1;
}

/** Whether the bytes `at`..`at + text.length` spell the ASCII `text`. */
export function bytesEqual(b: Uint8Array, at: number, text: string): boolean {
  for (let i = 0; i < text.length; i += 1) if (b[at + i] !== text.charCodeAt(i)) return false;
  return true;
}

/** Flags of a string read: it has an escape, or a byte that is not ASCII (how to decode it). */
export const STRING_ESCAPED = 1;
export const STRING_NON_ASCII = 2;

/** The string between the quotes at `start - 1` and `end`, decoded as its flags say. */
export function decodeString(b: Buffer, start: number, end: number, flags: number): string {
  if ((flags & STRING_ESCAPED) !== 0) return JSON.parse(b.toString('utf8', start - 1, end + 1)) as string;
  return b.toString((flags & STRING_NON_ASCII) !== 0 ? 'utf8' : 'latin1', start, end);
}

const HEX = /^[0-9a-fA-F]{4}$/;
/** Escapes JSON allows after a backslash besides `u`: `"` `\` `/` b f n r t. */
export const ESCAPES = new Set([0x22, 0x5c, 0x2f, 0x62, 0x66, 0x6e, 0x72, 0x74]);

/** Whether the escape after the backslash at `at` is JSON's: undefined when it has not all arrived, else its length. */
export function escapeLength(b: Buffer, at: number, end: number): number | undefined | false {
  if (at + 1 >= end) return undefined;
  const e = b[at + 1] ?? 0;
  if (e !== 0x75) return ESCAPES.has(e) && 2;
  if (at + 6 > end) return undefined;
  return HEX.test(b.toString('latin1', at + 2, at + 6)) && 6;
}

function digitsEnd(b: Uint8Array, from: number, end: number): number {
  let j = from;
  while (j < end && (b[j] ?? 0) >= 0x30 && (b[j] ?? 0) <= 0x39) j += 1;
  return j;
}

/** The end of the JSON literal or number at `at`: -1 when it may go on past `end`, -2 when it is not one. */
export function scalarEnd(b: Uint8Array, at: number, end: number): number {
  const c = b[at] ?? 0;
  if (c === 0x74 || c === 0x66 || c === 0x6e) {
    const word = c === 0x74 ? 'true' : c === 0x66 ? 'false' : 'null';
    const have = Math.min(word.length, end - at);
    if (!bytesEqual(b, at, word.slice(0, have))) return -2;
    return have < word.length ? -1 : at + word.length;
  }
  let i = at;
  if (c === 0x2d) i += 1;
  if (i >= end) return -1;
  if (b[i] === 0x30) i += 1;
  else {
    const after = digitsEnd(b, i, end);
    if (after === i) return -2;
    i = after;
  }
  if (b[i] === 0x2e) {
    const after = digitsEnd(b, i + 1, end);
    if (after === i + 1) return after >= end ? -1 : -2;
    i = after;
  }
  if (b[i] === 0x65 || b[i] === 0x45) {
    let from = i + 1;
    if (b[from] === 0x2b || b[from] === 0x2d) from += 1;
    const after = digitsEnd(b, from, end);
    if (after === from) return after >= end ? -1 : -2;
    i = after;
  }
  return i >= end ? -1 : i;
}
