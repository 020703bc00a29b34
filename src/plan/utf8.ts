import { Buffer, isAscii, isUtf8 } from 'node:buffer';

/**
 * UTF-16 code units a JavaScript string has fewer than the UTF-8 bytes `from`..`to` (valid
 * UTF-8): one per continuation byte, less one per four-byte character (a surrogate pair). Messages
 * count characters as JavaScript does; the listing is read as bytes.
 */
export function excessOf(bytes: Uint8Array, from: number, to: number): number {
  let excess = 0;
  for (let i = from; i < to; i += 1) {
    const c = bytes[i] ?? 0;
    if ((c & 0xc0) === 0x80) excess += 1;
    else if (c >= 0xf0) excess -= 1;
  }
  return excess;
}

/** Where the incomplete character at the end of `bytes` starts (their length when none is). */
function completeLength(bytes: Uint8Array): number {
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

const NOTHING = new Uint8Array(0);

/**
 * Checks that bytes arriving in chunks are UTF-8 (a character may be split between chunks) and
 * counts their `excessOf`. ASCII chunks, nearly all of a listing, cost one native check each.
 */
export class Utf8Check {
  private carry: Uint8Array = NOTHING;
  /** `excessOf` every byte written. */
  excess = 0;

  /** Checks the next chunk; false when the bytes so far are not UTF-8. */
  write(chunk: Uint8Array): boolean {
    if (this.carry.length === 0 && isAscii(chunk)) return true;
    const bytes = this.carry.length === 0 ? chunk : Buffer.concat([this.carry, chunk]);
    const complete = completeLength(bytes);
    if (!isUtf8(bytes.subarray(0, complete))) return false;
    this.carry = Buffer.from(bytes.subarray(complete));
    this.excess += excessOf(chunk, 0, chunk.length);
    return true;
  }

  /** Whether the bytes ended between characters. */
  get ended(): boolean {
    return this.carry.length === 0;
  }
}
