import { checkOptionsObject, type OptionNames } from '../contract/options.js';
import { isAsyncIterable, isIterable } from '../contract/record.js';
import { describe } from '../contract/timestamps.js';
import { ListingError } from './listing-error.js';
import { bytesOf, finish, registerReading, scannerOf, type Reading } from './listing-read.js';
import type { ListedObject, ListObjectsV2Page } from './types.js';

export { ListingError };

/** Options of `readListObjectsV2`. */
export interface ListingReadOptions {
  /** How errors name the source, such as its file name; default `listing`. */
  readonly label?: string | undefined;
}

const LISTING_OPTIONS = { label: true } as const satisfies OptionNames<ListingReadOptions>;

async function* pagesOf(reading: Reading): AsyncGenerator<ListObjectsV2Page, void, undefined> {
  reading.started = true;
  let out: ListedObject[] = [];
  const scanner = scannerOf(reading.label, (item) => {
    const object: { Key: string; Size?: number; StorageClass?: string } = { Key: item.key() };
    if (item.size !== undefined) object.Size = item.size;
    if (item.storageClass !== undefined) object.StorageClass = item.storageClass;
    out.push(object);
  });
  for await (const chunk of bytesOf(reading.source)) {
    scanner.write(chunk);
    if (out.length > 0) {
      const page = { Contents: out };
      out = [];
      yield page;
    }
  }
  finish(scanner, reading.label);
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
export function readListObjectsV2(source: AsyncIterable<string | Uint8Array>, options: ListingReadOptions = {}): AsyncGenerator<ListObjectsV2Page, void, undefined> {
  checkOptionsObject('readListObjectsV2', options, LISTING_OPTIONS);
  if (!isAsyncIterable(source) && !isIterable(source)) {
    throw new TypeError(`readListObjectsV2: source must be an async iterable of text or bytes, such as a read stream (got ${describe(source)})`);
  }
  const label: unknown = options.label ?? 'listing';
  if (typeof label !== 'string') throw new TypeError(`readListObjectsV2: options.label must be a string (got ${describe(label)})`);
  const reading: Reading = { source, label, started: false };
  const pages = pagesOf(reading);
  registerReading(pages, reading);
  return pages;
}

