import { Buffer } from 'node:buffer';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { ListedObject } from '../../src/plan/index.js';
import { MAX_LISTING_VALUE_BYTES } from '../../src/plan/index.js';
import { ListingScanner } from '../../src/plan/listing-scanner.js';
import { listingText, parsedItems } from './listings.js';

/** Scans `bytes` cut at `cuts` with a scanner joining `bridge` bytes of a chunk to an item the last one cut: its items, or its message. */
function scan(bytes: Uint8Array, cuts: readonly number[], bridge: number): ListedObject[] | string {
  const items: ListedObject[] = [];
  const scanner = new ListingScanner(
    (item) => {
      items.push({ Key: item.key(), ...(item.size === undefined ? {} : { Size: item.size }), ...(item.storageClass === undefined ? {} : { StorageClass: item.storageClass }) });
    },
    (what, at) => {
      throw new Error(`${what} @${String(at)}`);
    },
    bridge,
  );
  try {
    let from = 0;
    for (const at of [...cuts.map((n) => n % (bytes.length + 1)), bytes.length].sort((a, b) => a - b)) {
      scanner.write(bytes.subarray(from, at));
      from = at;
    }
  } catch (error) {
    return (error as Error).message;
  }
  return scanner.complete && scanner.ended ? items : 'incomplete';
}

describe('ListingScanner', () => {
  test.prop([listingText, fc.array(fc.nat(), { maxLength: 6 }), fc.integer({ min: 1, max: 64 })])(
    'reads the same items whatever part of a chunk bridges to the item the last chunk cut',
    (text, cuts, bridge) => {
      expect(scan(Buffer.from(text, 'utf8'), cuts, bridge)).toEqual(parsedItems(text));
    },
  );

  test.prop([listingText, fc.nat(), fc.array(fc.nat(), { maxLength: 6 }), fc.integer({ min: 1, max: 64 })])(
    'stops at the same character for a broken listing whatever the bridge and the cuts',
    (text, at, cuts, bridge) => {
      const position = at % text.length;
      const bytes = Buffer.from(`${text.slice(0, position)}}${text.slice(position + 1)}`, 'utf8');
      // The text quoted after "unexpected" is what had arrived of it: the message is otherwise the same.
      const unquoted = (result: ListedObject[] | string): ListedObject[] | string => (typeof result === 'string' ? result.replace(/unexpected '.*' @/s, 'unexpected @') : result);
      expect(unquoted(scan(bytes, cuts, bridge))).toEqual(unquoted(scan(bytes, [], bytes.length)));
    },
  );
});

describe('ListingScanner: MAX_LISTING_VALUE_BYTES', () => {
  const page = (key: string, name = 'bucket'): string => `{"Name":"${name}","Contents":[{"Key":"a","Size":1},{"Key":"${key}","Size":2}]}`;
  const long = 'k'.repeat(MAX_LISTING_VALUE_BYTES);
  /** Cuts every `size` bytes, as a stream's chunks do. */
  const chunked = (bytes: Uint8Array, size: number): number[] => Array.from({ length: Math.floor(bytes.length / size) }, (_, i) => (i + 1) * size);

  it.each([
    ['a Contents item', page(long), '{"Name":"bucket","Contents":[{"Key":"a","Size":1},'.length],
    ['a page member outside Contents', page('b', long), '{"Name":'.length],
  ])('refuses %s over the bound where it starts, in one chunk or in 64 KiB or 4 KiB ones', (_what, text, start) => {
    const bytes = Buffer.from(text, 'utf8');
    const message = `holds a Contents item or a string longer than 1048576 bytes (MAX_LISTING_VALUE_BYTES): no list-objects-v2 page does (a key is at most 1,024 bytes) @${String(start)}`;
    expect(scan(bytes, [], 16_384)).toBe(message);
    expect(scan(bytes, chunked(bytes, 65_536), 16_384)).toBe(message);
    expect(scan(bytes, chunked(bytes, 4_096), 16_384)).toBe(message);
  });

  it('reads a key just within the bound, whatever the chunks', () => {
    const key = 'k'.repeat(MAX_LISTING_VALUE_BYTES - 40);
    const bytes = Buffer.from(page(key), 'utf8');
    expect(scan(bytes, chunked(bytes, 65_536), 16_384)).toEqual([{ Key: 'a', Size: 1 }, { Key: key, Size: 2 }]);
  });
});
