import { Buffer } from 'node:buffer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanString, STRING_CLEAN, STRING_HAS_ESCAPES, type StringScan } from '../../src/plan/json-string.js';

/** The reference: the closing quote by counting backslashes, then the content checked byte by byte as JSON.parse does. */
function reference(b: Buffer, at: number, end: number): { close: number; fault: number } {
  let close = -1;
  for (let i = at + 1; i < end; i += 1) {
    if (b[i] === 0x5c) i += 1;
    else if (b[i] === 0x22) {
      close = i;
      break;
    }
  }
  if (close < 0) return { close: -1, fault: STRING_CLEAN };
  let fault = STRING_CLEAN;
  for (let i = at + 1; i < close; i += 1) {
    const c = b[i] ?? 0;
    if (c < 0x20) return { close, fault: i };
    if (c !== 0x5c) continue;
    const e = String.fromCharCode(b[i + 1] ?? 0);
    const hex = b.toString('latin1', i + 2, i + 6);
    if (e === 'u' && i + 6 <= close && /^[0-9a-fA-F]{4}$/.test(hex)) i += 5;
    else if (e !== 'u' && i + 1 < close && '"\\/bfnrt'.includes(e)) i += 1;
    else return { close, fault: i };
    fault = STRING_HAS_ESCAPES;
  }
  return { close, fault };
}

// Bytes that matter to a JSON string (quote, backslash, escape letters, hex digits, control and non-ASCII bytes) among plain ones.
const byte = fc.oneof(fc.constantFrom(0x22, 0x5c, 0x75, 0x6e, 0x41, 0x66, 0x30, 0x00, 0x0a, 0x1f, 0x7f, 0xc3, 0xa9, 0x20), fc.integer({ min: 0x20, max: 0xff }));

describe('scanString', () => {
  it('finds the same closing quote and the same first fault as a byte-by-byte reader, at any alignment', () => {
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 64 }), fc.nat({ max: 7 }), fc.nat({ max: 8 }), (content, lead, cut) => {
        // A string opened `lead` bytes into a buffer that itself starts at an odd offset of its memory.
        const memory = Buffer.alloc(lead + content.length + 16);
        const b = memory.subarray(1 + (cut % 3));
        b[lead] = 0x22;
        b.set(content, lead + 1);
        const end = Math.max(lead + 1, lead + 1 + content.length - cut);
        const scan: StringScan = { fault: 99 };
        const close = scanString(b, lead, end, scan);
        const expected = reference(b, lead, end);
        expect(close).toBe(expected.close);
        if (close >= 0) expect(scan.fault).toBe(expected.fault);
      }),
      { numRuns: 5000 },
    );
  });

  it('reads long clean runs a word at a time and still stops at a fault past them', () => {
    const text = `"${'a'.repeat(1001)}\u0001${'b'.repeat(50)}\\q"`;
    const scan: StringScan = { fault: STRING_CLEAN };
    const b = Buffer.from(text, 'latin1');
    expect(scanString(b, 0, b.length, scan)).toBe(b.length - 1);
    expect(scan.fault).toBe(1002);
  });
});
