import { parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { lineStarts, positionAt } from './positions.js';
import { problem, type InputProblem, type Source } from './read-inputs.js';

/** A file read as strict JSON: its value, and its source (whose text `locateViolations` re-scans only when something is reported). */
export interface ParsedFile {
  readonly source: Source;
  readonly value: unknown;
  /** For a file holding an array, where its elements lie (see `JsonOutline`). */
  readonly boundaries: readonly number[];
}

/**
 * How deep the CLI reads JSON: arrays and objects nested more than this many levels make the
 * file unreadable (exit 2), named with this limit, instead of overflowing the stack of the
 * readers and checks that walk it. Real request, policy and role files nest fewer than 10 levels.
 */
export const MAX_JSON_DEPTH = 512;

/** What a file nested deeper than `MAX_JSON_DEPTH` is told, completing "FILE: …". */
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

/**
 * One scan without recursion, which skips strings, run before any reader that recurses: how deep
 * the text nests, and the boundaries of a top-level array's elements (so that a violation of one
 * element is placed by re-scanning that element only).
 */
export function outlineJson(text: string, limit: number): JsonOutline {
  const boundaries: number[] = [];
  let depth = 0;
  let array = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charCodeAt(i);
    if (char === 0x22) {
      // Skip the string with a native search for its closing quote (one not escaped by an odd run
      // of backslashes); an unterminated string ends the text.
      let end = text.indexOf('"', i + 1);
      while (end !== -1 && escaped(text, end)) end = text.indexOf('"', end + 1);
      i = end === -1 ? text.length : end;
    } else if (char === 0x5b || char === 0x7b) {
      depth += 1;
      if (depth > limit) return { beyond: i, boundaries: [] };
      if (depth === 1 && char === 0x5b) {
        array = true;
        boundaries.push(i);
      }
    } else if (char === 0x5d || char === 0x7d) {
      if (depth === 1 && array) boundaries.push(i);
      depth -= 1;
    } else if (char === 0x2c && depth === 1 && array) {
      boundaries.push(i);
    }
  }
  return { beyond: -1, boundaries: array ? boundaries : [] };
}

/** Whether the character at `at` follows an odd number of backslashes. */
function escaped(text: string, at: number): boolean {
  let backslashes = 0;
  while (text.charCodeAt(at - 1 - backslashes) === 0x5c) backslashes += 1;
  return backslashes % 2 === 1;
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
    const token = text.slice(error.offset, error.offset + Math.min(error.length, 20));
    return { offset: error.offset, message: `unexpected '${token}'${error.length > 20 ? '…' : ''}` };
  }
  return { offset: error.offset, message: MESSAGES[code] };
}

/**
 * Reads a source as strict JSON (RFC 8259: no comments, no trailing commas), once: the value comes
 * from `JSON.parse`, which keeps a `__proto__` key as an own member (jsonc-parser's `parse` would
 * set the prototype instead, hiding it from the `unknown-member` check). jsonc-parser runs only on
 * a text `JSON.parse` refused, to say where and why. A text nested deeper than `MAX_JSON_DEPTH`
 * is refused before either runs.
 */
export function parseSource(source: Source): ParsedFile | InputProblem {
  const { text, file, absolute } = source;
  const { beyond, boundaries } = outlineJson(text, MAX_JSON_DEPTH);
  if (beyond !== -1) return problem(file, absolute, DEPTH_MESSAGE, positionAt(lineStarts(text), beyond));
  try {
    // The fast path, and the only one for a valid file: nothing else is built from its text.
    return { source, value: JSON.parse(text) as unknown, boundaries };
  } catch (error) {
    const errors: ParseError[] = [];
    const tree = parseTree(text, errors, STRICT);
    const first = errors[0];
    if (first !== undefined) {
      const { offset, message } = describeError(text, first);
      return problem(file, absolute, message, positionAt(lineStarts(text), offset));
    }
    if (tree === undefined) return problem(file, absolute, 'is empty');
    // jsonc-parser accepted what JSON.parse refused: say what JSON.parse said rather than let it pass.
    return problem(file, absolute, `invalid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}
