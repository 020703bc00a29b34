import { BACKSLASH, isSpace, ItemReader, QUOTE } from './listing-item.js';
import type { ListedObject } from './types.js';

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


/**
 * Finds the `Contents` items of list-objects-v2 pages in text that arrives in chunks and reads
 * their Key, Size and StorageClass (`ItemReader`): a JSON tokenizer in JavaScript, or JSON.parse
 * of every item, reads a million-key listing in seconds, this in about one. What lies outside the items (the pages' other members) is kept, with
 * each item as `{}`, and parsed when a top-level value ends, so that its syntax is checked too.
 */
export class ListingScanner {
  private buf = '';
  private pos = 0;
  /** Characters dropped from the front of `buf`, for messages. */
  private base = 0;
  private readonly stack: Role[] = [];
  /** In a page: whether the next string is a member name, and the last name read. */
  private expectName = false;
  private name = '';
  /** The start of the item being read, or -1. */
  private itemStart = -1;
  private items = 0;
  private skeleton = '';
  private segmentStart = 0;
  readonly out: ListedObject[] = [];
  private readonly item = new ItemReader((what, at) => this.stop(what, at));

  /** Whether a top-level value has begun. */
  sawValue = false;

  /** `fail` is called with what is wrong and the position (in characters) where it was found. */
  constructor(private readonly fail: (what: string, at: number) => never) {}

  private stop(what: string, at: number): never {
    return this.fail(what, this.base + at);
  }

  /** Whether the text so far ends between top-level values. */
  get complete(): boolean {
    return this.stack.length === 0 && this.itemStart < 0 && this.pos >= this.buf.length;
  }

  /** Characters read so far. */
  get length(): number {
    return this.base + this.buf.length;
  }

  /** Reads a chunk; items found go to `out`. */
  write(chunk: string): void {
    const keep = this.itemStart >= 0 ? this.itemStart : this.pos;
    this.skeleton += this.buf.slice(this.segmentStart, keep);
    this.buf = this.buf.slice(keep) + chunk;
    this.base += keep;
    this.pos -= keep;
    if (this.itemStart >= 0) this.itemStart = 0;
    this.segmentStart = 0;
    this.scan();
  }

  /** The end of the string whose opening quote is at `at`, or -1 when it has not all arrived. */
  private stringEnd(at: number): number {
    const buf = this.buf;
    let end = buf.indexOf('"', at + 1);
    while (end >= 0) {
      let backslashes = 0;
      while (buf.charCodeAt(end - 1 - backslashes) === BACKSLASH) backslashes += 1;
      if (backslashes % 2 === 0) return end;
      end = buf.indexOf('"', end + 1);
    }
    return -1;
  }

  private scan(): void {
    const buf = this.buf;
    while (this.pos < buf.length) {
      if (this.itemStart >= 0) {
        if (!this.scanItem()) return;
        continue;
      }
      const c = buf.charCodeAt(this.pos);
      if (isSpace(c)) {
        this.pos += 1;
        continue;
      }
      const role = this.stack[this.stack.length - 1];
      if (c === QUOTE && (role === Role.Page || role === Role.Other)) {
        const end = this.stringEnd(this.pos);
        if (end < 0) return;
        if (role === Role.Page && this.expectName) {
          this.name = buf.slice(this.pos + 1, end);
          if (this.name === 'Key') this.stop('holds Contents items where pages belong (list the pages, not --query Contents)', this.pos);
        }
        this.pos = end + 1;
        continue;
      }
      if (role === undefined) this.openTop(c);
      else if (role === Role.Pages) this.inPages(c);
      else if (role === Role.Contents) this.inContents(c);
      else this.inObjectOrOther(c, role);
    }
  }

  private push(role: Role): void {
    this.stack.push(role);
    this.expectName = role === Role.Page;
    this.pos += 1;
  }

  private pop(): void {
    this.stack.pop();
    this.pos += 1;
    this.expectName = false;
    if (this.stack.length === 0) this.endValue();
  }

  private openTop(c: number): void {
    this.sawValue = true;
    if (c === 0x7b) this.push(Role.Page);
    else if (c === 0x5b) this.push(Role.Pages);
    else this.stop('must be a list-objects-v2 page (an object with Contents) or an array of pages', this.pos);
  }

  private inPages(c: number): void {
    if (c === 0x7b) this.push(Role.Page);
    else if (c === 0x5d) this.pop();
    else if (c === 0x2c) this.pos += 1;
    else this.stop('an array of pages must hold only page objects', this.pos);
  }

  private inContents(c: number): void {
    if (c === 0x7b) this.itemStart = this.pos;
    else if (c === 0x5d) this.pop();
    else if (c === 0x2c) this.pos += 1;
    else this.stop(`Contents item ${String(this.items)} must be an object`, this.pos);
  }

  private inObjectOrOther(c: number, role: Role): void {
    if (c === 0x7b || c === 0x5b) {
      const contents = role === Role.Page && this.name === 'Contents';
      if (contents && c !== 0x5b) this.stop('Contents must be an array', this.pos);
      this.push(contents ? Role.Contents : Role.Other);
      return;
    }
    if (c === 0x7d || c === 0x5d) {
      this.pop();
      this.expectName = false;
      return;
    }
    if (role === Role.Page) {
      if (c === 0x2c) this.expectName = true;
      else if (c === 0x3a) this.expectName = false;
    }
    this.pos += 1;
  }

  /** Reads on in the item at `itemStart`; false when it has not all arrived. */
  private scanItem(): boolean {
    const buf = this.buf;
    const item = this.item;
    item.reset(this.items);
    for (let i = this.itemStart + 1; i < buf.length; ) {
      const c = buf.charCodeAt(i);
      if (isSpace(c)) {
        i += 1;
        continue;
      }
      const next = c === QUOTE ? this.stringEnd(i) + 1 : i;
      if (next === 0) return false;
      const after = item.read(buf, i, c, next);
      if (after < 0) return false;
      if (item.done) {
        this.items += 1;
        this.out.push(item.object());
        this.skeleton += `${buf.slice(this.segmentStart, this.itemStart)}{}`;
        this.segmentStart = after;
        this.itemStart = -1;
        this.pos = after;
        return true;
      }
      i = after;
    }
    return false;
  }

  /** A top-level value ended: its text outside the items must be JSON. */
  private endValue(): void {
    const text = this.skeleton + this.buf.slice(this.segmentStart, this.pos);
    this.skeleton = '';
    this.segmentStart = this.pos;
    try {
      JSON.parse(text);
    } catch (error) {
      this.stop(`is not valid JSON: ${error instanceof Error ? error.message : String(error)}`, this.pos);
    }
  }
}
