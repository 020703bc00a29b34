import { Buffer, isAscii, isUtf8 } from 'node:buffer';
import { completeLength, firstBadCharacter } from '../json/utf8.js';

const NOTHING = new Uint8Array(0);

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

/**
 * Checks that bytes arriving in chunks are UTF-8 (a character may be split between chunks) and
 * counts their `excessOf`. ASCII chunks, nearly all of a listing, cost one native check each.
 */
export class Utf8Check {
  private carry: Uint8Array = NOTHING;
  /** `excessOf` every byte written. */
  excess = 0;

  /**
   * Checks the next chunk: `undefined` when the bytes so far are UTF-8, else where the first bad
   * character starts, in bytes from the start of `chunk` (negative when it began in the last one).
   */
  write(chunk: Uint8Array): number | undefined {
    if (this.carry.length === 0 && isAscii(chunk)) return undefined;
    const bytes = this.carry.length === 0 ? chunk : Buffer.concat([this.carry, chunk]);
    const complete = completeLength(bytes);
    if (!isUtf8(bytes.subarray(0, complete))) return firstBadCharacter(bytes) - this.carry.length;
    this.carry = Buffer.from(bytes.subarray(complete));
    this.excess += excessOf(chunk, 0, chunk.length);
    return undefined;
  }

  /** `excessOf` every byte before `at` of `chunk`, which `write` refused (`at` as it returned it). */
  excessBefore(chunk: Uint8Array, at: number): number {
    return at >= 0 ? this.excess + excessOf(chunk, 0, at) : this.excess - excessOf(this.carry, this.carry.length + at, this.carry.length);
  }

  /** Whether the bytes ended between characters. */
  get ended(): boolean {
    return this.carry.length === 0;
  }
}
