import type { ListedObject } from './types.js';

export const QUOTE = 0x22;
export const BACKSLASH = 0x5c;
/** JSON whitespace. */
export const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/** The members an item is read for; names are compared in place, never sliced out. */
const enum Member {
  Key,
  Size,
  StorageClass,
  Other,
}

/** Which member the name between the quotes at `at` and `next - 1` is. */
function memberAt(buf: string, at: number, next: number): Member {
  const length = next - at - 2;
  if (length === 3 && buf.startsWith('Key', at + 1)) return Member.Key;
  if (length === 4 && buf.startsWith('Size', at + 1)) return Member.Size;
  if (length === 12 && buf.startsWith('StorageClass', at + 1)) return Member.StorageClass;
  return Member.Other;
}

const enum Expect {
  NameOrEnd,
  Name,
  Colon,
  Value,
  CommaOrEnd,
}

const NUMBER_OR_LITERAL = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)$/;
const WHOLE = /^(?:0|[1-9]\d*)$/;

/**
 * Reads one `Contents` item token by token: checks the syntax of its own members (nested values
 * such as `Owner` are only balanced) and keeps Key, Size and StorageClass, decoding a string with
 * JSON.parse only when it has an escape.
 */
export class ItemReader {
  private expect = Expect.NameOrEnd;
  private depth = 0;
  private name = Member.Other;
  private key: string | undefined;
  private size: number | undefined;
  private storageClass: string | undefined;
  done = false;
  /** The item's index in the listing, for messages. */
  index = 0;

  constructor(private readonly stop: (what: string, at: number) => never) {}

  /** Starts on the next item: one reader serves them all, so that a million items allocate no readers. */
  reset(index: number): void {
    this.expect = Expect.NameOrEnd;
    this.depth = 0;
    this.key = undefined;
    this.size = undefined;
    this.storageClass = undefined;
    this.done = false;
    this.index = index;
  }

  private fail(what: string, at: number): never {
    return this.stop(`Contents item ${String(this.index)}${what}`, at);
  }

  private text(buf: string, start: number, end: number): string {
    const raw = buf.slice(start + 1, end - 1);
    return raw.includes('\\') ? (JSON.parse(buf.slice(start, end)) as string) : raw;
  }

  /**
   * Reads the token at `at` (first character `c`; a string ends before `next`). Returns where
   * reading goes on, or -1 when the token may continue past the text so far.
   */
  read(buf: string, at: number, c: number, next: number): number {
    if (this.depth > 0) {
      if (c === 0x7b || c === 0x5b) this.depth += 1;
      else if (c === 0x7d || c === 0x5d) this.depth -= 1;
      return c === QUOTE ? next : at + 1;
    }
    switch (this.expect) {
      case Expect.NameOrEnd:
      case Expect.Name:
        if (c === QUOTE) {
          this.name = memberAt(buf, at, next);
          this.expect = Expect.Colon;
          return next;
        }
        if (c === 0x7d && this.expect === Expect.NameOrEnd) return this.end(at);
        return this.fail(' is not valid JSON: expected a member name', at);
      case Expect.Colon:
        if (c !== 0x3a) this.fail(" is not valid JSON: expected ':'", at);
        this.expect = Expect.Value;
        return at + 1;
      case Expect.Value:
        this.expect = Expect.CommaOrEnd;
        return this.value(buf, at, c, next);
      case Expect.CommaOrEnd:
        if (c === 0x2c) {
          this.expect = Expect.Name;
          return at + 1;
        }
        if (c === 0x7d) return this.end(at);
        return this.fail(" is not valid JSON: expected ',' or '}'", at);
    }
  }

  private value(buf: string, at: number, c: number, next: number): number {
    if (c === QUOTE) {
      if (this.name === Member.Key) this.key = this.text(buf, at, next);
      else if (this.name === Member.StorageClass) this.storageClass = this.text(buf, at, next);
      else if (this.name === Member.Size) this.fail(': Size must be a whole number of bytes', at);
      return next;
    }
    if (this.name === Member.Key) this.fail(': Key must be a string', at);
    if (c === 0x7b || c === 0x5b) {
      if (this.name === Member.Size) this.fail(': Size must be a whole number of bytes', at);
      this.depth = 1;
      return at + 1;
    }
    let end = at;
    while (end < buf.length) {
      const d = buf.charCodeAt(end);
      if (d === 0x2c || d === 0x7d || d === 0x5d || isSpace(d)) break;
      end += 1;
    }
    if (end >= buf.length) return -1;
    const token = buf.slice(at, end);
    if (!NUMBER_OR_LITERAL.test(token)) this.fail(` is not valid JSON: unexpected '${token.slice(0, 20)}'`, at);
    if (this.name === Member.Size && token !== 'null') {
      const size = WHOLE.test(token) ? Number(token) : Number.NaN;
      if (!Number.isSafeInteger(size)) this.fail(': Size must be a whole number of bytes', at);
      this.size = size;
    }
    return end;
  }

  private end(at: number): number {
    if (this.key === undefined) this.fail(' has no Key', at);
    this.done = true;
    return at + 1;
  }

  /** The item read, once `done`. */
  object(): ListedObject {
    const object: { Key: string; Size?: number; StorageClass?: string } = { Key: this.key ?? '' };
    if (this.size !== undefined) object.Size = this.size;
    if (this.storageClass !== undefined) object.StorageClass = this.storageClass;
    return object;
  }
}
