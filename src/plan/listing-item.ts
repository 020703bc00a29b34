import { Buffer } from 'node:buffer';
import { clip } from '../contract/timestamps.js';
import { DEPTH_MESSAGE, MAX_JSON_DEPTH } from '../json/read-json.js';
import { BACKSLASH, bytesEqual, decodeString, escapeLength, QUOTE, scalarEnd, skipSpace, STRING_ESCAPED, STRING_NON_ASCII } from './json-bytes.js';
import { scanString, STRING_CLEAN, STRING_HAS_ESCAPES, type StringScan } from './json-string.js';

/** The members an item is read for; names are compared as bytes, never decoded. */
const enum Member {
  Key,
  Size,
  StorageClass,
  Other,
}

const enum Expect {
  NameOrEnd,
  Name,
  Colon,
  Value,
  ValueOrEnd,
  CommaOrEnd,
}

const EMPTY = Buffer.alloc(0);

/** Storage classes decoded so far: an item's class is one of a handful, so is not decoded again. */
const MAX_CLASSES = 16;

/**
 * Reads one `Contents` item from UTF-8 bytes, its syntax checked token by token (nested values such
 * as `Owner` too), and keeps Key, Size and StorageClass. Every string is found and has its content
 * checked (raw control characters, escapes) as JSON.parse checks it in one pass (`scanString`).
 * One reader serves every item, so that a million items allocate nothing but their keys.
 */
export class ItemReader {
  /** The Key: its UTF-8 bytes `keyStart`..`keyEnd` of `keyBytes`, and its text when it had escapes (decoded then). */
  keyBytes: Buffer = EMPTY;
  keyStart = 0;
  keyEnd = 0;
  keyText: string | undefined;
  size: number | undefined;
  storageClass: string | undefined;
  /** Per level of nesting below the item: 1 for an array, 0 for an object. */
  private readonly nesting: number[] = [];
  private readonly classes: string[] = [];
  private index = 0;
  private readonly scan: StringScan = { fault: STRING_CLEAN };

  /** `stop` is called with what is wrong and the byte index in the text where it was found. */
  constructor(private readonly stop: (what: string, at: number) => never) {}

  private fail(what: string, at: number): never {
    return this.stop(`Contents item ${String(this.index)}${what}`, at);
  }

  /**
   * Reads item `index`, whose `{` is at `start` of `b` (text up to `end`) and at level `level` of
   * the listing (its pages' levels and its own): the index after its `}`, or -1 when it has not all
   * arrived. The item's members are then in `key`, `size`, `storageClass`. A value in it nested past
   * `MAX_JSON_DEPTH` levels of the listing stops the reading, as the CLI's other files do.
   */
  read(b: Buffer, start: number, end: number, index: number, level: number): number {
    this.index = index;
    let i = start + 1;
    let depth = 0;
    let expect = Expect.NameOrEnd;
    let member = Member.Other;
    let keyStart = -1;
    let keyEnd = -1;
    let keyEscaped = false;
    this.size = undefined;
    this.storageClass = undefined;
    for (;;) {
      i = skipSpace(b, i, end);
      if (i >= end) return -1;
      const c = b[i] ?? 0;
      if (expect === Expect.Value || expect === Expect.ValueOrEnd) {
        if (c === QUOTE) {
          const close = scanString(b, i, end, this.scan);
          if (close < 0) return -1;
          // A StorageClass is checked by classOf, with its own words.
          const escaped = depth === 0 && member === Member.StorageClass ? false : this.checkString(b);
          if (depth === 0 && member !== Member.Other) {
            if (member === Member.Key) {
              keyStart = i + 1;
              keyEnd = close;
              keyEscaped = escaped;
            } else if (member === Member.StorageClass) this.storageClass = this.classOf(b, i + 1, close);
            else this.fail(': Size must be a whole number of bytes', i);
          }
          i = close + 1;
          expect = Expect.CommaOrEnd;
        } else if (c === 0x7b || c === 0x5b) {
          if (depth === 0) this.scalarMember(member, i);
          if (level + depth >= MAX_JSON_DEPTH) this.fail(` ${DEPTH_MESSAGE}`, i);
          this.nesting[depth] = c === 0x5b ? 1 : 0;
          depth += 1;
          expect = c === 0x5b ? Expect.ValueOrEnd : Expect.NameOrEnd;
          i += 1;
        } else if (c === 0x5d && expect === Expect.ValueOrEnd) {
          depth -= 1;
          expect = Expect.CommaOrEnd;
          i += 1;
        } else {
          const after = scalarEnd(b, i, end);
          if (after === -1) return -1;
          if (after < 0) this.fail(` is not valid JSON: unexpected '${clip(b.toString('utf8', i, Math.min(end, i + 20)), Number.POSITIVE_INFINITY)}'`, i);
          if (depth === 0 && member !== Member.Other) this.scalar(member, b, i, after);
          i = after;
          expect = Expect.CommaOrEnd;
        }
      } else if (expect === Expect.CommaOrEnd) {
        const inArray = depth > 0 && this.nesting[depth - 1] === 1;
        if (c === 0x2c) {
          expect = inArray ? Expect.Value : Expect.Name;
          i += 1;
        } else if (c === (inArray ? 0x5d : 0x7d)) {
          i += 1;
          if (depth === 0) return this.end(b, keyStart, keyEnd, keyEscaped, i);
          depth -= 1;
        } else this.fail(` is not valid JSON: expected ',' or '${inArray ? ']' : '}'}'`, i);
      } else if (expect === Expect.Colon) {
        if (c !== 0x3a) this.fail(" is not valid JSON: expected ':'", i);
        expect = Expect.Value;
        i += 1;
      } else if (c === QUOTE) {
        const close = scanString(b, i, end, this.scan);
        if (close < 0) return -1;
        this.checkString(b);
        if (depth === 0) member = this.memberOf(b, i + 1, close);
        expect = Expect.Colon;
        i = close + 1;
      } else if (c === 0x7d && expect === Expect.NameOrEnd) {
        i += 1;
        if (depth === 0) return this.end(b, keyStart, keyEnd, keyEscaped, i);
        depth -= 1;
        expect = Expect.CommaOrEnd;
      } else this.fail(' is not valid JSON: expected a member name', i);
    }
  }

  /** The flags (`STRING_*`) of the storage class `start`..`end`, its content checked as JSON's. */
  private contentFlags(b: Buffer, start: number, end: number): number {
    let flags = 0;
    for (let i = start; i < end; i += 1) {
      const c = b[i] ?? 0;
      if (c === BACKSLASH) {
        const length = escapeLength(b, i, end);
        if (length === undefined || length === false) this.fail(' is not valid JSON: a string has a bad escape', i);
        flags |= STRING_ESCAPED;
        i += length - 1;
      } else if (c < 0x20) this.fail(' is not valid JSON: a string holds a control character', i);
      else if (c >= 0x80) flags |= STRING_NON_ASCII;
    }
    return flags;
  }

  /**
   * Reports what `scanString` found in the string just scanned — a raw control character or a bad
   * escape — as JSON.parse would refuse it; else says whether it has an escape. Every string of an
   * item is checked, the ones skipped too.
   */
  private checkString(b: Buffer): boolean {
    const { fault } = this.scan;
    if (fault === STRING_CLEAN) return false;
    if (fault === STRING_HAS_ESCAPES) return true;
    const c = b[fault] ?? 0;
    if (c === BACKSLASH) return this.fail(' is not valid JSON: a string has a bad escape', fault);
    return this.fail(` is not valid JSON: a string holds a raw control character (U+${c.toString(16).toUpperCase().padStart(4, '0')}; write it escaped)`, fault);
  }

  /** Which member the name `start`..`end` is: compared as bytes (a name spelled with escapes is none of them). */
  private memberOf(b: Buffer, start: number, end: number): Member {
    const length = end - start;
    if (length === 3) return bytesEqual(b, start, 'Key') ? Member.Key : Member.Other;
    if (length === 4) return bytesEqual(b, start, 'Size') ? Member.Size : Member.Other;
    return length === 12 && bytesEqual(b, start, 'StorageClass') ? Member.StorageClass : Member.Other;
  }

  /** Key, Size and StorageClass never hold an object or array. */
  private scalarMember(member: Member, at: number): void {
    if (member === Member.Key) this.fail(': Key must be a string', at);
    if (member === Member.Size) this.fail(': Size must be a whole number of bytes', at);
    if (member === Member.StorageClass) this.fail(': StorageClass must be a string', at);
  }

  /** A member kept whose value is the number or literal `start`..`end`. */
  private scalar(member: Member, b: Buffer, start: number, end: number): void {
    const isNull = b[start] === 0x6e;
    if (member === Member.Key || (member === Member.StorageClass && !isNull)) this.scalarMember(member, start);
    if (member !== Member.Size || isNull) return;
    let size = 0;
    for (let i = start; i < end; i += 1) {
      const digit = (b[i] ?? 0) - 0x30;
      if (!(digit >= 0 && digit <= 9)) this.fail(': Size must be a whole number of bytes', start);
      size = size * 10 + digit;
    }
    if (!Number.isSafeInteger(size)) this.fail(': Size must be a whole number of bytes', start);
    this.size = size;
  }

  /** The storage class between `start` and `end`, decoded once per distinct class. */
  private classOf(b: Buffer, start: number, end: number): string {
    // A class seen before was checked then.
    for (const known of this.classes) if (known.length === end - start && bytesEqual(b, start, known)) return known;
    const flags = this.contentFlags(b, start, end);
    const decoded = decodeString(b, start, end, flags);
    if (flags === 0 && this.classes.length < MAX_CLASSES) this.classes.push(decoded);
    return decoded;
  }

  private end(b: Buffer, keyStart: number, keyEnd: number, keyEscaped: boolean, after: number): number {
    if (keyStart < 0) this.fail(' has no Key', after - 1);
    if (keyEscaped) {
      try {
        this.keyText = JSON.parse(b.toString('utf8', keyStart - 1, keyEnd + 1)) as string;
      } catch {
        this.fail(' is not valid JSON: the Key has a bad escape or a control character', keyStart);
      }
      this.keyBytes = Buffer.from(this.keyText, 'utf8');
      this.keyStart = 0;
      this.keyEnd = this.keyBytes.length;
    } else {
      this.keyText = undefined;
      this.keyBytes = b;
      this.keyStart = keyStart;
      this.keyEnd = keyEnd;
    }
    return after;
  }

  /** The Key as text. */
  key(): string {
    return this.keyText ?? this.keyBytes.toString('utf8', this.keyStart, this.keyEnd);
  }
}
