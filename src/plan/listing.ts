import { Buffer, isAscii } from 'node:buffer';
import { ListingScanner } from './listing-scanner.js';
import type { ListObjectsV2Page } from './types.js';

/** Thrown by `readListObjectsV2` for a listing that is not list-objects-v2 JSON; the message names the source. */
export class ListingError extends Error {
  override readonly name = 'ListingError';
}

/** Options of `readListObjectsV2`. */
export interface ListingReadOptions {
  /** How errors name the source, such as its file name; default `listing`. */
  readonly label?: string;
}

/**
 * Streams the `Contents` items of `aws s3api list-objects-v2` output — one page, pages written one
 * after another, or an array of pages — without holding the document: the items of each chunk
 * read are handed on as a page `{ Contents: [{ Key, Size?, StorageClass? }, …] }`, the entries
 * `planImportStream` takes. Throws a `ListingError` naming the source and
 * what is wrong for text that is not JSON or not such pages.
 *
 * @example
 * const plan = await planImportStream(request, readListObjectsV2(createReadStream('listing.json'), { label: 'listing.json' }));
 */
export async function* readListObjectsV2(source: AsyncIterable<string | Uint8Array>, options: ListingReadOptions = {}): AsyncGenerator<ListObjectsV2Page, void, undefined> {
  const label = options.label ?? 'listing';
  const scanner = new ListingScanner((what, at) => {
    throw new ListingError(`${label}: ${what} (at or after character ${String(at)})`);
  });
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  let ascii = true;
  for await (const chunk of source) {
    let text: string;
    try {
      if (typeof chunk === 'string') {
        ascii = false;
        text = chunk;
      } else if (ascii && isAscii(chunk)) {
        // While every byte so far is ASCII the decoder holds nothing back, and latin1 reads ASCII alike, several times faster.
        text = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('latin1');
      } else {
        ascii = false;
        text = decoder.decode(chunk, { stream: true });
      }
    } catch {
      throw new ListingError(`${label}: is not UTF-8 text (at or after character ${String(scanner.length)})`);
    }
    scanner.write(text);
    if (scanner.out.length > 0) yield { Contents: scanner.out.splice(0) };
  }
  try {
    const rest = decoder.decode();
    if (rest !== '') scanner.write(rest);
  } catch {
    throw new ListingError(`${label}: is not UTF-8 text: it ends inside a character (truncated?)`);
  }
  if (!scanner.sawValue) throw new ListingError(`${label}: is empty`);
  if (!scanner.complete) throw new ListingError(`${label}: is not valid JSON: it ends in the middle of a value (truncated?)`);
}
