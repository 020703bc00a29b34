import { Buffer } from 'node:buffer';
import { ListingScanner, type ItemSink } from './listing-scanner.js';
import type { ListedObject, ListObjectsV2Page } from './types.js';

/** Thrown by `readListObjectsV2` for a listing that is not list-objects-v2 JSON; the message names the source. */
export class ListingError extends Error {
  override readonly name = 'ListingError';
}

/** Options of `readListObjectsV2`. */
export interface ListingReadOptions {
  /** How errors name the source, such as its file name; default `listing`. */
  readonly label?: string;
}

type Source = AsyncIterable<string | Uint8Array>;

/** The bytes of each chunk; text chunks are encoded, a surrogate pair split between two kept whole. */
async function* bytesOf(source: Source): AsyncGenerator<Uint8Array, void, undefined> {
  let high = '';
  for await (const chunk of source) {
    if (typeof chunk !== 'string') {
      yield chunk;
      continue;
    }
    const text = high + chunk;
    const last = text.charCodeAt(text.length - 1);
    high = last >= 0xd800 && last <= 0xdbff ? text.slice(-1) : '';
    yield Buffer.from(high === '' ? text : text.slice(0, -1), 'utf8');
  }
  if (high !== '') yield Buffer.from(high, 'utf8');
}

/** A scanner of the listing `label` whose errors are `ListingError`s naming it. */
function scannerOf(label: string, sink: ItemSink): ListingScanner {
  return new ListingScanner(sink, (what, at) => {
    throw new ListingError(`${label}: ${what} (at or after character ${String(at)})`);
  });
}

/** Throws a `ListingError` when the text read ends where no listing may. */
function finish(scanner: ListingScanner, label: string): void {
  if (!scanner.sawValue) throw new ListingError(`${label}: is empty`);
  if (!scanner.ended) throw new ListingError(`${label}: is not UTF-8 text: it ends inside a character (truncated?)`);
  if (!scanner.complete) throw new ListingError(`${label}: is not valid JSON: it ends in the middle of a value (truncated?)`);
}

/** A listing to read: `started` once its pages are asked for. */
interface Reading {
  readonly source: Source;
  readonly label: string;
  started: boolean;
}

/** What each `readListObjectsV2` generator reads. */
const readings = new WeakMap<object, Reading>();

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
export function readListObjectsV2(source: Source, options: ListingReadOptions = {}): AsyncGenerator<ListObjectsV2Page, void, undefined> {
  const reading: Reading = { source, label: options.label ?? 'listing', started: false };
  const pages = pagesOf(reading);
  readings.set(pages, reading);
  return pages;
}

/**
 * When `objects` is a `readListObjectsV2` generator not yet started, reads its source straight
 * into `sink`, with no page or item objects in between, and resolves to true; else to false.
 */
export async function readListingInto(objects: unknown, sink: ItemSink): Promise<boolean> {
  const reading = typeof objects === 'object' && objects !== null ? readings.get(objects) : undefined;
  if (reading === undefined || reading.started) return false;
  reading.started = true;
  // Its pages are never asked for: the generator ends without reading.
  await (objects as AsyncGenerator).return(undefined);
  const scanner = scannerOf(reading.label, sink);
  for await (const chunk of bytesOf(reading.source)) scanner.write(chunk);
  finish(scanner, reading.label);
  return true;
}
