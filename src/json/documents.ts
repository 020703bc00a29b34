import { isAscii, isUtf8 } from 'node:buffer';
import { firstBadCharacter } from './utf8.js';
import { MAX_JSON_TEXT_BYTES, outlineBytes, parseOutlined, utf16Length, type ByteOutline, type JsonRead } from './read-json.js';

/** One document of a file read by `readJsonDocuments` (the file's value, or one element of the array it holds) or by `readJsonLines` (one line's value). */
export interface JsonDocument {
  /** The element's index when the file holds an array, the line's among the lines that are not blank for JSON Lines; undefined for the file's one value. */
  readonly index: number | undefined;
  readonly value: unknown;
  /** The document's own text (an element's with the whitespace around it), which `./locate.ts` places violations in. */
  readonly text: string;
  /** The 1-based line and column (UTF-16 code units) in the file where `text` starts. */
  readonly line: number;
  readonly column: number;
}

/** What `readJsonDocuments` made of a file: how many documents it handed over (and whether they are an array's elements), or why the file is not JSON (and its text, to place that). */
export type DocumentsRead = { readonly count: number; readonly array: boolean } | { readonly failed: JsonFailure; readonly text: string };

/**
 * Why a text is not a JSON text `readJson` reads, or why it was not read at all: `tooLarge` (its
 * bytes), or `notText` (what is wrong, at the 0-based UTF-16 `offset` of the first bad character).
 */
export type JsonFailure =
  | Exclude<JsonRead, { readonly value: unknown }>
  | { readonly tooLarge: number }
  | { readonly notText: string; readonly offset: number };

/** Why UTF-8 bytes are not text, and where (UTF-16 units before the first bad byte); `undefined` for text. */
function notText(bytes: Uint8Array): { readonly notText: string; readonly offset: number } | undefined {
  const nul = bytes.indexOf(0);
  if (!isUtf8(bytes)) {
    const bad = firstBadCharacter(bytes);
    if (nul === -1 || nul > bad) return { notText: 'is not text (it is not valid UTF-8)', offset: utf16Length(bytes, 0, bad) };
  }
  return nul === -1 ? undefined : { notText: 'is not text (it holds a NUL byte)', offset: utf16Length(bytes, 0, nul) };
}

/** The failure of a text of `bytes` bytes, longer than `MAX_JSON_TEXT_BYTES`. */
const tooLarge = (bytes: number): { readonly failed: JsonFailure; readonly text: string } => ({ failed: { tooLarge: bytes }, text: '' });

/** A line of a JSON Lines file that holds no JSON text: its index among the lines that are not blank, its 1-based line, its text and why. */
export interface UnreadLine {
  readonly index: number;
  readonly line: number;
  readonly text: string;
  readonly failed: JsonFailure;
}

const JSON_SPACE = (byte: number | undefined): boolean => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;

/** Whether `bytes[from..to)` (all of them by default) is only JSON whitespace: space, tab, line feed, carriage return. */
export function blank(bytes: Uint8Array, from = 0, to = bytes.length): boolean {
  for (let i = from; i < to; i += 1) if (!JSON_SPACE(bytes[i])) return false;
  return true;
}

/** Whether an outline is that of `ws [ … , … ] ws`: boundaries at the first and last bytes that are not whitespace, commas between. */
function isTopLevelArray(bytes: Uint8Array, { boundaries }: ByteOutline): boolean {
  const first = boundaries[0];
  const last = boundaries.at(-1);
  if (first === undefined || last === undefined || first === last || bytes[first] !== 0x5b || bytes[last] !== 0x5d) return false;
  if (!blank(bytes, 0, first) || !blank(bytes, last + 1, bytes.length)) return false;
  for (let b = 1; b < boundaries.length - 1; b += 1) if (bytes[boundaries[b] as number] !== 0x2c) return false;
  return true;
}

/**
 * Reads UTF-8 bytes (checked, without a byte order mark) as strict JSON, one document at a time,
 * handing each to `each` as it is parsed: a file holding an array is outlined once (`outlineBytes`)
 * and each element is decoded and parsed on its own, so the file never becomes one string nor one
 * value, and what a document leaves behind is garbage once `each` returns. Any other file is one
 * document. A file that is not JSON (or nests deeper than `limit`) gets `readJson`'s answer for
 * its whole text; `each` may then have seen its first elements, which the caller drops. A text
 * (the file's one value, or one element) of more than `maxTextBytes` (`MAX_JSON_TEXT_BYTES`;
 * smaller in tests) is not decoded: `tooLarge`.
 */
export function readJsonDocuments(bytes: Buffer, limit: number, each: (document: JsonDocument) => void, maxTextBytes = MAX_JSON_TEXT_BYTES): DocumentsRead {
  const outline = outlineBytes(bytes, limit);
  if (outline.beyond !== -1) {
    if (bytes.length > maxTextBytes) return tooLarge(bytes.length);
    const text = bytes.toString('utf8');
    return { failed: { beyond: utf16Length(bytes, 0, outline.beyond) }, text };
  }
  if (!isTopLevelArray(bytes, outline)) return readWhole(bytes, each, maxTextBytes);
  const { boundaries, lines, lineStarts } = outline;
  const ascii = isAscii(bytes);
  // The UTF-16 column of an element's start: bytes from its line's start, counted from the last
  // element's start when it is on the same line (a file on one line is walked once, not per element).
  let cursorLine = -1;
  let cursorByte = 0;
  let cursorUnits = 0;
  const columnOf = (line: number, lineStart: number, offset: number): number => {
    if (ascii) return offset - lineStart + 1;
    if (cursorLine !== line) {
      cursorLine = line;
      cursorByte = lineStart;
      cursorUnits = 0;
    }
    cursorUnits += utf16Length(bytes, cursorByte, offset);
    cursorByte = offset;
    return cursorUnits + 1;
  };
  const count = boundaries.length - 1;
  for (let i = 0; i < count; i += 1) {
    const from = (boundaries[i] as number) + 1;
    const to = boundaries[i + 1] as number;
    if (to - from > maxTextBytes) return tooLarge(to - from);
    const text = bytes.toString('utf8', from, to);
    let value: unknown;
    try {
      value = JSON.parse(text) as unknown;
    } catch {
      // `[]` (only whitespace between the brackets) holds no documents; anything else that does
      // not parse is a syntax error, which the whole text's reading places.
      if (count === 1 && /^[ \t\r\n]*$/.test(text)) return { count: 0, array: true };
      return notJson(bytes, i, maxTextBytes);
    }
    each({ index: i, value, text, line: lines[i] as number, column: columnOf(lines[i] as number, lineStarts[i] as number, from) });
  }
  return { count, array: true };
}

/** Why a file holding an array whose element `index` did not parse is not JSON, read as one text. */
function notJson(bytes: Buffer, index: number, maxTextBytes: number): DocumentsRead {
  // Too large to read whole: said without the place.
  if (bytes.length > maxTextBytes) return { failed: { refused: `its element ${String(index)} is not a JSON text (the file is too large to place the error in)` }, text: '' };
  const text = bytes.toString('utf8');
  const read = parseOutlined(text, []);
  // Unreached: a valid array's elements each parse (the outline finds its commas); said rather than passed over.
  if ('value' in read) return { failed: { refused: `its element ${index} could not be read on its own` }, text };
  return { failed: read, text };
}

/** The file as one text: its one document, or why it is not JSON. */
function readWhole(bytes: Buffer, each: (document: JsonDocument) => void, maxTextBytes: number): DocumentsRead {
  if (bytes.length > maxTextBytes) return tooLarge(bytes.length);
  const text = bytes.toString('utf8');
  const read = parseOutlined(text, []);
  if ('value' in read) {
    each({ index: undefined, value: read.value, text, line: 1, column: 1 });
    return { count: 1, array: false };
  }
  return { failed: read, text };
}

/**
 * Reads UTF-8 bytes as JSON Lines (jsonlines.org, also called NDJSON, as `sample` prints): lines end
 * at `\n` (a `\r` before it is dropped), each line that is not blank is one document, read on its
 * own (outlined for its depth, then parsed) and handed to `each` as it is parsed. A line that is not
 * a JSON text, or nests deeper than `limit`, goes to `unread` with its index, and the lines after it
 * are still read: unlike an array's elements, each line is a text of its own. So is a line that is
 * not text (a byte that is not UTF-8, a NUL: `notText`, where) or longer than `maxTextBytes`
 * (`tooLarge`). Returns how many lines held something (documents and unread lines, which share
 * one count of indexes).
 */
export function readJsonLines(
  bytes: Buffer,
  limit: number,
  each: (document: JsonDocument) => void,
  unread: (line: UnreadLine) => void,
  maxTextBytes = MAX_JSON_TEXT_BYTES,
): { readonly count: number } {
  let index = 0;
  let line = 0;
  for (let start = 0; start < bytes.length; ) {
    const newline = bytes.indexOf(0x0a, start);
    const end = newline === -1 ? bytes.length : newline;
    const contentEnd = end > start && bytes[end - 1] === 0x0d ? end - 1 : end;
    line += 1;
    const wrong = contentEnd - start > maxTextBytes ? { tooLarge: contentEnd - start } : notText(bytes.subarray(start, contentEnd));
    if (wrong !== undefined) {
      // A line of bytes no JSON text holds: named with where, and the other lines are still read.
      unread({ index, line, text: '', failed: wrong });
      index += 1;
    } else if (!blank(bytes, start, contentEnd)) {
      const chunk = bytes.subarray(start, contentEnd);
      const text = chunk.toString('utf8');
      const { beyond } = outlineBytes(chunk, limit);
      const read = beyond === -1 ? parseOutlined(text, []) : { beyond: utf16Length(chunk, 0, beyond) };
      if ('value' in read) each({ index, value: read.value, text, line, column: 1 });
      else unread({ index, line, text, failed: read });
      index += 1;
    }
    start = end + 1;
  }
  return { count: index };
}
