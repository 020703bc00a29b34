import { Buffer } from 'node:buffer';
import { DEPTH_MESSAGE, MAX_JSON_DEPTH } from '../json/read-json.js';
import { bytesEqual, QUOTE, skipSpace, stringEnd } from './json-bytes.js';
import { ItemReader } from './listing-item.js';
import { PAGE_MEMBERS } from './types.js';
import { excessOf, Utf8Check } from './utf8.js';
import { MAX_LISTING_VALUE_BYTES } from './limits.js';

/** What an open bracket is, to the scanner. */
const enum Role {
  /** A top-level array: of pages. */
  Pages,
  /** A list-objects-v2 page. */
  Page,
  /** A page's `Contents`. */
  Contents,
  /** Any other object or array: skipped, though kept for the syntax check. */
  Other,
}

/** Where a `Contents` array is: just opened, after an item, after a comma. */
const enum InContents {
  Open,
  AfterItem,
  AfterComma,
}

/** Receives each item read, in the reader, which the next item changes. */
export type ItemSink = (item: ItemReader) => void;

const EMPTY = Buffer.alloc(0);

const LONG_VALUE = `holds a Contents item or a string longer than ${String(MAX_LISTING_VALUE_BYTES)} bytes (MAX_LISTING_VALUE_BYTES): no list-objects-v2 page does (a key is at most 1,024 bytes)`;

const CONTENTS_NOT_ARRAY = 'Contents must be an array';
const NOT_A_PAGE = `the object that ends here is not a list-objects-v2 page: it has neither Contents nor any other member of one (${PAGE_MEMBERS.slice(0, 3).join(', ')}, …)`;

/** Whether the member name `start`..`end` (its bytes, unescaped) is one a page has besides `Contents`. */
function isPageMember(b: Uint8Array, start: number, end: number): boolean {
  return PAGE_MEMBERS.some((name) => name.length === end - start && bytesEqual(b, start, name));
}

/**
 * Finds the `Contents` items of list-objects-v2 pages in UTF-8 bytes that arrive in chunks and
 * hands their Key, Size and StorageClass to a sink (`ItemReader` checks each item's syntax). What
 * lies outside the `Contents` arrays (the pages' other members) is kept and parsed when a
 * top-level value ends, so that its syntax is checked too.
 */
export class ListingScanner {
  private buf: Buffer = EMPTY;
  /** The bytes of the chunk being read that follow `buf`, while `buf` is a bridge (see `append`). */
  private rest: Uint8Array = EMPTY;
  private pos = 0;
  /** Bytes dropped from the front of `buf`. */
  private base = 0;
  private readonly stack: Role[] = [];
  /** In a page: whether the next string is a member name, and whether the last name read is `Contents`. */
  private expectName = false;
  private nameIsContents = false;
  /** Whether the page being read has `Contents` or another page member: a page of none of them is no page. */
  private pageKnown = false;
  private contents = InContents.Open;
  private items = 0;
  /** The text outside `Contents` items, from `segmentStart` of `buf` on (-1 inside a `Contents` array). */
  private readonly skeleton: Buffer[] = [];
  private segmentStart = 0;
  private readonly utf8 = new Utf8Check();
  private readonly item = new ItemReader((what, at) => this.stop(what, at));

  /** Whether a top-level value has begun. */
  sawValue = false;
  /** Whether a top-level array of pages has begun: it must be the whole listing. */
  private sawPages = false;

  /**
   * `fail` is called with what is wrong and where, in characters (UTF-16 code units) read before
   * it; `bridge` is how many bytes of a chunk are first joined to an item the last one cut.
   */
  constructor(
    private readonly sink: ItemSink,
    private readonly fail: (what: string, at: number) => never,
    private readonly bridge = 16_384,
  ) {}

  /** Stops at byte `at` of `buf`: characters before it are its bytes less the excess of those before it. */
  private stop(what: string, at: number): never {
    const after = excessOf(this.buf, at, this.buf.length) + excessOf(this.rest, 0, this.rest.length);
    return this.fail(what, this.base + at - (this.utf8.excess - after));
  }

  /** Stops at the end of the text read so far: a listing cut short is placed where it ends. */
  stopAtEnd(what: string): never {
    return this.fail(what, this.base + this.buf.length - this.utf8.excess);
  }

  /** Whether the text so far ends between top-level values. */
  get complete(): boolean {
    return this.stack.length === 0 && this.pos >= this.buf.length;
  }

  /** Whether the bytes so far end between characters. */
  get ended(): boolean {
    return this.utf8.ended;
  }

  /** Reads a chunk of bytes; its items go to the sink. */
  write(chunk: Uint8Array): void {
    const bad = this.utf8.write(chunk);
    // Placed at the bad character: the bytes before it (those read so far, then the chunk's) less their excess.
    if (bad !== undefined) this.fail('is not UTF-8 text', this.base + this.buf.length + bad - this.utf8.excessBefore(chunk, bad));
    this.append(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength), this.bridge);
    // What is left (an item cut short) is copied: a source may reuse a chunk's memory for the next.
    if (this.segmentStart >= 0 && this.segmentStart < this.pos) this.skeleton.push(Buffer.from(this.buf.subarray(this.segmentStart, this.pos)));
    if (this.segmentStart >= 0) this.segmentStart = 0;
    this.buf = Buffer.from(this.buf.subarray(this.pos));
    this.base += this.pos;
    this.pos = 0;
  }

  /**
   * Scans `bytes` after what is left of `buf` (an item the last chunk cut). That is joined to the
   * first `bridge` new bytes only, then the scan goes on in `bytes` themselves: a chunk is not
   * copied whole, which for a million items saves copying the whole listing once.
   */
  private append(bytes: Buffer, bridge: number): void {
    const keep = this.pos;
    const left = this.buf.length - keep;
    // A value not ended within the bound (checked again as each chunk arrives) is refused where it starts, as one ended within a chunk is.
    if (left > MAX_LISTING_VALUE_BYTES) this.stop(LONG_VALUE, keep);
    if (this.segmentStart >= 0 && this.segmentStart < keep) this.skeleton.push(Buffer.from(this.buf.subarray(this.segmentStart, keep)));
    if (this.segmentStart >= 0) this.segmentStart = 0;
    this.base += keep;
    this.pos = 0;
    if (left === 0 || bytes.length <= bridge) {
      this.buf = left === 0 ? bytes : Buffer.concat([this.buf.subarray(keep), bytes]);
      this.scan();
      return;
    }
    this.buf = Buffer.concat([this.buf.subarray(keep), bytes.subarray(0, bridge)]);
    this.rest = bytes.subarray(bridge);
    this.scan();
    this.rest = EMPTY;
    // What was left has not ended within the bridge: join on, with a longer one.
    if (this.pos < left) {
      this.append(bytes.subarray(bridge), bridge * 2);
      return;
    }
    if (this.segmentStart >= 0 && this.segmentStart < this.pos) this.skeleton.push(Buffer.from(this.buf.subarray(this.segmentStart, this.pos)));
    if (this.segmentStart >= 0) this.segmentStart = this.pos - left;
    this.base += left;
    this.pos -= left;
    this.buf = bytes;
    this.scan();
  }

  private scan(): void {
    const buf = this.buf;
    while (this.pos < buf.length) {
      const role = this.stack[this.stack.length - 1];
      if (role === Role.Contents) {
        if (!this.inContents()) return;
        continue;
      }
      const c = buf[this.pos] ?? 0;
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) {
        this.pos += 1;
        continue;
      }
      if (c === QUOTE && (role === Role.Page || role === Role.Other)) {
        const end = stringEnd(buf, this.pos, buf.length);
        if (end < 0) return;
        if (end - this.pos > MAX_LISTING_VALUE_BYTES) this.stop(LONG_VALUE, this.pos);
        if (role === Role.Page && this.expectName) {
          this.nameIsContents = end - this.pos === 9 && bytesEqual(buf, this.pos + 1, 'Contents');
          if (end - this.pos === 4 && bytesEqual(buf, this.pos + 1, 'Key')) this.stop('holds Contents items where pages belong (list the pages, not --query Contents)', this.pos);
          this.pageKnown ||= this.nameIsContents || isPageMember(buf, this.pos + 1, end);
        } else if (role === Role.Page && this.nameIsContents) this.stop(CONTENTS_NOT_ARRAY, this.pos);
        this.pos = end + 1;
        continue;
      }
      if (role === undefined) {
        // A byte order mark, which a UTF-8 decoder drops.
        if (c === 0xef && this.base + this.pos === 0) {
          if (buf.length < 3) return;
          if (buf[1] === 0xbb && buf[2] === 0xbf) {
            this.pos = 3;
            this.segmentStart = 3;
            continue;
          }
        }
        this.openTop(c);
      } else if (role === Role.Pages) this.inPages(c);
      else this.inObjectOrOther(c, role);
    }
  }

  private push(role: Role): void {
    if (this.stack.length >= MAX_JSON_DEPTH) this.stop(DEPTH_MESSAGE, this.pos);
    this.stack.push(role);
    this.expectName = role === Role.Page;
    if (role === Role.Page) this.pageKnown = false;
    this.pos += 1;
  }

  private pop(): void {
    this.stack.pop();
    this.pos += 1;
    this.expectName = false;
    if (this.stack.length === 0) this.endValue();
  }

  private openTop(c: number): void {
    // Pages written one after another, or one array of pages (the README's three forms): never both, never two arrays.
    if (this.sawPages || (this.sawValue && c === 0x5b)) this.stop('an array of pages must be the whole listing: no page or array may come before or after it', this.pos);
    this.sawValue = true;
    if (c === 0x7b) this.push(Role.Page);
    else if (c === 0x5b) {
      this.sawPages = true;
      this.push(Role.Pages);
    } else this.stop('must be a list-objects-v2 page (an object with Contents) or an array of pages', this.pos);
  }

  private inPages(c: number): void {
    if (c === 0x7b) this.push(Role.Page);
    else if (c === 0x5d) this.pop();
    else if (c === 0x2c) this.pos += 1;
    else this.stop('an array of pages must hold only page objects', this.pos);
  }

  private inObjectOrOther(c: number, role: Role): void {
    if (c === 0x7b || c === 0x5b) {
      const contents = role === Role.Page && this.nameIsContents && !this.expectName;
      if (contents && c !== 0x5b) this.stop(CONTENTS_NOT_ARRAY, this.pos);
      this.push(contents ? Role.Contents : Role.Other);
      if (contents) {
        // The items are checked by the item reader: the skeleton holds an empty array.
        this.skeleton.push(Buffer.from(this.buf.subarray(this.segmentStart, this.pos)));
        this.segmentStart = -1;
        this.contents = InContents.Open;
      }
      return;
    }
    if (c === 0x7d || c === 0x5d) {
      if (role === Role.Page && !this.pageKnown) this.stop(NOT_A_PAGE, this.pos);
      this.pop();
      return;
    }
    if (role === Role.Page) {
      if (c === 0x2c) this.expectName = true;
      else if (c === 0x3a) this.expectName = false;
      // A number or literal where the value of Contents belongs.
      else if (this.nameIsContents && !this.expectName) this.stop(CONTENTS_NOT_ARRAY, this.pos);
    }
    this.pos += 1;
  }

  /** Reads items and commas up to the `]` of the `Contents` array; false when the text so far ends first. */
  private inContents(): boolean {
    const buf = this.buf;
    const end = buf.length;
    let i = this.pos;
    let state = this.contents;
    for (;;) {
      i = skipSpace(buf, i, end);
      this.pos = i;
      this.contents = state;
      if (i >= end) return false;
      const c = buf[i] ?? 0;
      if (c === 0x7b && state !== InContents.AfterItem) {
        const after = this.item.read(buf, i, end, this.items, this.stack.length + 1);
        if (after < 0) return false;
        if (after - i > MAX_LISTING_VALUE_BYTES) this.stop(LONG_VALUE, i);
        this.items += 1;
        this.sink(this.item);
        i = after;
        state = InContents.AfterItem;
      } else if (c === 0x2c && state === InContents.AfterItem) {
        i += 1;
        state = InContents.AfterComma;
      } else if (c === 0x5d && state !== InContents.AfterComma) {
        this.segmentStart = i;
        this.nameIsContents = false;
        this.pop();
        return true;
      } else if (state === InContents.AfterItem) this.stop(`is not valid JSON: expected ',' or ']' after Contents item ${String(this.items - 1)}`, i);
      else this.stop(`Contents item ${String(this.items)} must be an object`, i);
    }
  }

  /** A top-level value ended: its text outside the items must be JSON. */
  private endValue(): void {
    const text = Buffer.concat([...this.skeleton.splice(0), this.buf.subarray(this.segmentStart, this.pos)]).toString('utf8');
    this.segmentStart = this.pos;
    try {
      JSON.parse(text);
    } catch (error) {
      this.stop(`is not valid JSON: ${error instanceof Error ? error.message : String(error)}`, this.pos);
    }
  }
}
