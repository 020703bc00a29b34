// The reading of a listing behind readListObjectsV2 and planImportStream. Kept apart from the
// public module: these declarations name Node's Buffer, which a consumer without Node's types
// must never be made to load.
import { Buffer } from 'node:buffer';
import { describe } from '../contract/timestamps.js';
import { ListingError } from './listing-error.js';
import { ListingScanner, type ItemSink } from './listing-scanner.js';

/** What a listing is read from: chunks of UTF-8 bytes or of text. */
export type Source = AsyncIterable<string | Uint8Array>;

/** The bytes of each chunk; text chunks are encoded, a surrogate pair split between two kept whole. */
export async function* bytesOf(source: Source): AsyncGenerator<Uint8Array, void, undefined> {
  let high = '';
  for await (const chunk of source as AsyncIterable<unknown>) {
    if (typeof chunk !== 'string') {
      if (!(chunk instanceof Uint8Array)) throw new TypeError(`readListObjectsV2: a listing chunk must be text or bytes (a string or a Uint8Array such as a Buffer; got ${describe(chunk)})`);
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
export function scannerOf(label: string, sink: ItemSink): ListingScanner {
  return new ListingScanner(sink, (what, at) => {
    throw new ListingError(label, what, at);
  });
}

/** Throws a `ListingError` when the text read ends where no listing may, placed at its end. */
export function finish(scanner: ListingScanner, label: string): void {
  if (!scanner.sawValue) throw new ListingError(label, 'is empty');
  if (!scanner.ended) scanner.stopAtEnd('is not UTF-8 text: it ends inside a character (truncated?)');
  if (!scanner.complete) scanner.stopAtEnd('is not valid JSON: it ends in the middle of a value (truncated?)');
}

/** A listing to read: `started` once its pages are asked for. */
export interface Reading {
  readonly source: Source;
  readonly label: string;
  started: boolean;
}

/** What each `readListObjectsV2` generator reads. */
const readings = new WeakMap<object, Reading>();

/** Remembers what the generator `pages` reads, for `readListingInto`. */
export function registerReading(pages: object, reading: Reading): void {
  readings.set(pages, reading);
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
