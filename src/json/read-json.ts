import { constants } from 'node:buffer';
import { parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { clip, wholeCharactersEnd } from '../contract/timestamps.js';

// The one reader of JSON text with positions: policy files (src/policy/load.ts) and the CLI's
// one-document files (src/cli/parse-json.ts) are read with `readJson`; `check` reads its files
// document by document with ./documents.ts, on the same outline and parse; what is reported in
// them is placed with ./locate.ts and ./positions.ts.

/**
 * How deep the CLI reads JSON: arrays and objects nested more than this many levels make the
 * file unreadable (exit 2), named with this limit, instead of overflowing the stack of the
 * readers and checks that walk it. Real request, policy and role files nest fewer than 10 levels.
 */
export const MAX_JSON_DEPTH = 512;

/**
 * The longest JSON text read as one string, in UTF-8 bytes: a file's one value, one element of the
 * array a file holds, one line of JSON Lines. It is the longest string Node holds
 * (`buffer.constants.MAX_STRING_LENGTH`, 536,870,888 code units on 64-bit V8): a text of more bytes
 * may not decode at all (`Cannot create a string longer than 0x1fffffe8 characters`), so it is
 * not read, and said so; a file holding an array is read element by element, so it may be larger.
 */
export const MAX_JSON_TEXT_BYTES: number = constants.MAX_STRING_LENGTH;

/** What a text nested deeper than `MAX_JSON_DEPTH` is told, completing "FILE: …" (the CLI's files, the planner's listings). */
export const DEPTH_MESSAGE = `nests arrays and objects deeper than ${MAX_JSON_DEPTH} levels (MAX_JSON_DEPTH, the limit of this tool)`;

/** What one scan of a JSON text found: where it first nests too deep, and where a top-level array's elements are. */
export interface JsonOutline {
  /** The offset of the first `[` or `{` that opens a level beyond the limit, or -1. */
  readonly beyond: number;
  /**
   * For a text holding an array: the offsets of its `[`, of each `,` between its elements and of
   * its `]`, so element `i` lies between entries `i` and `i + 1`; empty otherwise.
   */
  readonly boundaries: readonly number[];
}

/** `JsonOutline` of UTF-8 bytes (offsets count bytes), with the line each boundary is on. */
export interface ByteOutline extends JsonOutline {
  /** For each boundary, its 1-based line (`\n`, `\r\n` and a lone `\r` break lines, as jsonc-parser counts them). */
  readonly lines: readonly number[];
  /** For each boundary, the offset of the first byte of its line. */
  readonly lineStarts: readonly number[];
}

/**
 * One scan of UTF-8 bytes without recursion, which skips strings, run before any reader that
 * recurses: how deep the text nests, and the boundaries of a top-level array's elements with their
 * lines (so that each element is parsed, and a violation in it placed, on its own). Bytes of
 * multi-byte characters are never ASCII, so structural characters are found byte by byte.
 */
export function outlineBytes(bytes: Uint8Array, limit: number): ByteOutline {
  const boundaries: number[] = [];
  const lines: number[] = [];
  const lineStarts: number[] = [];
  const length = bytes.length;
  let depth = 0;
  let array = false;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < length; i += 1) {
    const byte = bytes[i] as number;
    // Indentation first: most bytes outside strings are spaces.
    if (byte === 0x20) continue;
    if (byte === 0x22) {
      // To the closing quote; a backslash escapes the byte after it. An unterminated string ends the text.
      i += 1;
      while (i < length) {
        const inside = bytes[i] as number;
        if (inside === 0x22) break;
        i += inside === 0x5c ? 2 : 1;
      }
    } else if (byte === 0x0a || (byte === 0x0d && bytes[i + 1] !== 0x0a)) {
      line += 1;
      lineStart = i + 1;
    } else if (byte === 0x5b || byte === 0x7b) {
      depth += 1;
      if (depth > limit) return { beyond: i, boundaries: [], lines: [], lineStarts: [] };
      if (depth === 1 && byte === 0x5b) {
        array = true;
        boundaries.push(i);
        lines.push(line);
        lineStarts.push(lineStart);
      }
    } else if (byte === 0x5d || byte === 0x7d) {
      if (depth === 1 && array) {
        boundaries.push(i);
        lines.push(line);
        lineStarts.push(lineStart);
      }
      depth -= 1;
    } else if (byte === 0x2c && depth === 1 && array) {
      boundaries.push(i);
      lines.push(line);
      lineStarts.push(lineStart);
    }
  }
  return array ? { beyond: -1, boundaries, lines, lineStarts } : { beyond: -1, boundaries: [], lines: [], lineStarts: [] };
}

/** How many UTF-16 code units the UTF-8 bytes `from`..`to` decode to (valid UTF-8: the bytes that start a character, two for a 4-byte one). */
export function utf16Length(bytes: Uint8Array, from: number, to: number): number {
  let units = 0;
  for (let i = from; i < to; i += 1) {
    const byte = bytes[i] as number;
    if ((byte & 0xc0) !== 0x80) units += byte >= 0xf0 ? 2 : 1;
  }
  return units;
}

/**
 * `outlineBytes` of a text: its offsets count UTF-16 code units, as `text`'s own do (a lone
 * surrogate, which UTF-8 encodes as U+FFFD, is one unit either way).
 */
export function outlineJson(text: string, limit: number): JsonOutline {
  const bytes = Buffer.from(text, 'utf8');
  const { beyond, boundaries } = outlineBytes(bytes, limit);
  if (bytes.length === text.length) return { beyond, boundaries };
  // Offsets only grow: one walk converts them all.
  let byte = 0;
  let unit = 0;
  const toUnits = (offset: number): number => {
    unit += utf16Length(bytes, byte, offset);
    byte = offset;
    return unit;
  };
  return beyond === -1 ? { beyond, boundaries: boundaries.map(toUnits) } : { beyond: toUnits(beyond), boundaries: [] };
}

/** The offset of the first `[` or `{` that opens level `limit + 1`, or -1 when the text nests no deeper than `limit`. */
export function offsetBeyondDepth(text: string, limit: number): number {
  return outlineJson(text, limit).beyond;
}

const STRICT = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false } as const;

const MESSAGES: Readonly<Record<ReturnType<typeof printParseErrorCode>, string>> = {
  InvalidSymbol: 'unexpected',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: "expected ':' after the property name",
  CommaExpected: "expected ',' between items",
  CloseBraceExpected: "expected '}'",
  CloseBracketExpected: "expected ']'",
  EndOfFileExpected: 'unexpected content after the JSON value',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'unterminated comment',
  UnexpectedEndOfString: 'unterminated string (a line break must be escaped as \\n)',
  UnexpectedEndOfNumber: 'invalid number (digits missing at its end)',
  InvalidUnicode: 'invalid \\u escape in the string',
  InvalidEscapeCharacter: 'invalid escape in the string',
  InvalidCharacter: 'control character in the string (it must be escaped)',
  '<unknown ParseErrorCode>': 'invalid JSON',
};

/** Errors of a token that, when it runs into the end of the text, was cut short rather than mistyped. */
const CUT_SHORT: ReadonlySet<string> = new Set(['UnexpectedEndOfString', 'UnexpectedEndOfNumber', 'InvalidUnicode', 'InvalidEscapeCharacter']);

/** The length of `text` without trailing JSON whitespace (a scan, not an end-anchored RegExp: those backtrack quadratically). */
function endOfContent(text: string, before = text.length): number {
  let end = before;
  while (end > 0 && JSON_WHITESPACE.has(text.charCodeAt(end - 1))) end -= 1;
  return end;
}

// JSON's own whitespace only: String#trimEnd would also drop characters JSON rejects.
const JSON_WHITESPACE: ReadonlySet<number> = new Set([0x20, 0x09, 0x0d, 0x0a]);

/** Where a syntax error is, and what it is, in words a user recognises. */
function describeError(text: string, error: ParseError): { offset: number; message: string } {
  const end = endOfContent(text);
  const code = printParseErrorCode(error.error);
  if (error.offset >= end || (CUT_SHORT.has(code) && error.offset + error.length >= end)) {
    return { offset: end, message: 'unexpected end of JSON (truncated?)' };
  }
  if (code === 'UnexpectedEndOfString') return { offset: error.offset + error.length, message: MESSAGES[code] };
  if (code === 'ValueExpected' || code === 'PropertyNameExpected') {
    const before = text.slice(0, endOfContent(text, error.offset));
    if (before.endsWith(',') && /^[}\]]/.test(text.slice(error.offset))) {
      return { offset: before.length - 1, message: 'trailing comma (not allowed in JSON)' };
    }
  }
  if (code === 'InvalidSymbol') {
    if (text.startsWith("'", error.offset)) return { offset: error.offset, message: 'single quotes are not allowed in JSON (use double quotes)' };
    // Its first 20 units (never half a surrogate pair), escaped (`\u001b`, `\n`): a control character in a bad token must not reach a terminal raw.
    const token = text.slice(error.offset, wholeCharactersEnd(text, error.offset + Math.min(error.length, 20)));
    return { offset: error.offset, message: `unexpected '${clip(token, Number.POSITIVE_INFINITY)}'${error.length > 20 ? '…' : ''}` };
  }
  return { offset: error.offset, message: MESSAGES[code] };
}

/** A syntax error: jsonc-parser's code and offset, and the place and words a user recognises. */
export interface JsonSyntaxError {
  readonly code: ReturnType<typeof printParseErrorCode>;
  readonly offset: number;
  readonly described: { readonly offset: number; readonly message: string };
}

/** What `readJson` made of a text. */
export type JsonRead =
  | { readonly value: unknown; readonly boundaries: readonly number[] }
  /** The offset of the first bracket that opens a level beyond the limit. */
  | { readonly beyond: number }
  | { readonly syntax: JsonSyntaxError }
  | { readonly empty: true }
  /** jsonc-parser accepted what JSON.parse refused: what JSON.parse said. */
  | { readonly refused: string };

/**
 * Reads a text as strict JSON (RFC 8259: no comments, no trailing commas), once: the value comes
 * from `JSON.parse`, which keeps a `__proto__` key as an own member (jsonc-parser's `parse` would
 * set the prototype instead). jsonc-parser runs only on a text `JSON.parse` refused, to say where
 * and why. A text nested deeper than `limit` is refused before either runs (both recurse or build
 * per level); `boundaries` are a top-level array's (see `JsonOutline`).
 */
export function readJson(text: string, limit: number): JsonRead {
  const { beyond, boundaries } = outlineJson(text, limit);
  if (beyond !== -1) return { beyond };
  return parseOutlined(text, boundaries);
}

/** `readJson` of a text already outlined (nested no deeper than the limit). */
export function parseOutlined(text: string, boundaries: readonly number[]): JsonRead {
  try {
    // The fast path, and the only one for a valid text: nothing else is built from it.
    return { value: JSON.parse(text) as unknown, boundaries };
  } catch (error) {
    const errors: ParseError[] = [];
    const tree = parseTree(text, errors, STRICT);
    const first = errors[0];
    // Only the first syntax error: the parser's later ones follow from it.
    if (first !== undefined) return { syntax: { code: printParseErrorCode(first.error), offset: first.offset, described: describeError(text, first) } };
    if (tree === undefined) return { empty: true };
    return { refused: error instanceof Error ? error.message : String(error) };
  }
}
