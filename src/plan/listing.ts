import { jsonParser, type Token } from 'stream-json/parser.js';
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

// stream-chain's `none` (registered with Symbol.for): the call that flushes the tokenizer.
const FLUSH = Symbol.for('object-stream.none');
type Tokenizer = (chunk: string | symbol) => { readonly values?: readonly Token[] } | symbol;

/** Where the reader is in the document. */
const enum At {
  /** Between top-level values. */
  Top,
  /** Inside a top-level array of pages. */
  Pages,
  /** Inside a page, at its members. */
  Page,
  /** Inside `Contents`, between items. */
  Contents,
  /** Inside an item, at its members. */
  Item,
  /** Inside a value nobody reads (a nested object or array); `skipDepth` says how deep. */
  Skip,
}

/** Reads the tokens of list-objects-v2 pages into `Contents` items, one token at a time. */
class PageReader {
  private at: At = At.Top;
  private skipDepth = 0;
  private afterSkip: At = At.Top;
  private pagesDepth = 0;
  private member = '';
  private key: string | undefined;
  private size: number | undefined;
  private storageClass: string | undefined;
  private items = 0;
  readonly out: ListedObject[] = [];

  constructor(private readonly fail: (what: string) => never) {}

  private skip(then: At): void {
    this.at = At.Skip;
    this.skipDepth = 1;
    this.afterSkip = then;
  }

  private openItem(): void {
    this.at = At.Item;
    this.key = undefined;
    this.size = undefined;
    this.storageClass = undefined;
  }

  private closeItem(): void {
    const index = this.items;
    this.items += 1;
    if (this.key === undefined) this.fail(`Contents item ${String(index)} has no Key`);
    const item: { Key: string; Size?: number; StorageClass?: string } = { Key: this.key };
    if (this.size !== undefined) item.Size = this.size;
    if (this.storageClass !== undefined) item.StorageClass = this.storageClass;
    this.out.push(item);
    this.at = At.Contents;
  }

  private itemValue(token: Token): void {
    const index = this.items;
    if (this.member === 'Key') {
      if (token.name !== 'stringValue') this.fail(`Contents item ${String(index)}: Key must be a string`);
      this.key = token.value;
    } else if (this.member === 'Size') {
      const size = token.name === 'numberValue' ? Number(token.value) : Number.NaN;
      if (!Number.isSafeInteger(size) || size < 0) this.fail(`Contents item ${String(index)}: Size must be a whole number of bytes`);
      this.size = size;
    } else if (this.member === 'StorageClass' && token.name === 'stringValue') {
      this.storageClass = token.value;
    }
  }

  /** Reads one token; `fail`s on a structure that is not list-objects-v2 pages. */
  read(token: Token): void {
    const name = token.name;
    switch (this.at) {
      case At.Skip:
        if (name === 'startObject' || name === 'startArray') this.skipDepth += 1;
        else if ((name === 'endObject' || name === 'endArray') && --this.skipDepth === 0) this.at = this.afterSkip;
        return;
      case At.Item:
        if (name === 'keyValue') this.member = token.value;
        else if (name === 'endObject') this.closeItem();
        else if (name === 'startObject' || name === 'startArray') this.skip(At.Item);
        else this.itemValue(token);
        return;
      case At.Contents:
        if (name === 'startObject') this.openItem();
        else if (name === 'endArray') this.at = At.Page;
        else this.fail(`Contents item ${String(this.items)} must be an object`);
        return;
      case At.Page:
        if (name === 'keyValue') this.member = token.value;
        else if (name === 'endObject') this.at = this.pagesDepth > 0 ? At.Pages : At.Top;
        else if (this.member === 'Contents') {
          if (name !== 'startArray') this.fail('Contents must be an array');
          this.at = At.Contents;
        } else if (name === 'startObject' || name === 'startArray') this.skip(At.Page);
        return;
      case At.Pages:
        if (name === 'startObject') this.at = At.Page;
        else if (name === 'endArray') {
          this.pagesDepth = 0;
          this.at = At.Top;
        } else this.fail('an array of pages must hold only page objects');
        return;
      case At.Top:
        if (name === 'startObject') this.at = At.Page;
        else if (name === 'startArray') {
          this.pagesDepth = 1;
          this.at = At.Pages;
        } else this.fail('must be a list-objects-v2 page (an object with Contents) or an array of pages');
        return;
    }
  }

  /** Whether the document ended between top-level values. */
  get complete(): boolean {
    return this.at === At.Top;
  }
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
  let offset = 0;
  function fail(what: string): never {
    throw new ListingError(`${label}: ${what} (at or after character ${String(offset)})`);
  }
  const tokenize = jsonParser({ packValues: true, streamValues: false, jsonStreaming: true }) as unknown as Tokenizer;
  const reader = new PageReader(fail);
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  const feed = (text: string | symbol): void => {
    let tokens;
    try {
      tokens = tokenize(text);
    } catch (error) {
      fail(`is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (typeof tokens !== 'symbol' && tokens.values !== undefined) for (const token of tokens.values) reader.read(token);
    if (typeof text === 'string') offset += text.length;
  };
  for await (const chunk of source) {
    let text: string;
    try {
      text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    } catch {
      fail('is not UTF-8 text');
    }
    feed(text);
    if (reader.out.length > 0) {
      yield { Contents: reader.out.splice(0) };
    }
  }
  feed(FLUSH);
  if (offset === 0) fail('is empty');
  if (!reader.complete) fail('ends in the middle of a page (truncated?)');
  if (reader.out.length > 0) yield { Contents: reader.out };
}
