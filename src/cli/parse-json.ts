import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { lineStarts, positionAt } from './positions.js';
import { problem, type InputProblem, type Source } from './read-inputs.js';

/** A file read as strict JSON, with its syntax tree for locating JSON Pointers. */
export interface ParsedFile {
  readonly source: Source;
  readonly value: unknown;
  readonly tree: Node;
  /** Line starts of `source.text`. */
  readonly lines: readonly number[];
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
 * Reads a source as strict JSON (RFC 8259: no comments, no trailing commas). jsonc-parser
 * gives the error positions and the tree; the value comes from `JSON.parse`, which keeps a
 * `__proto__` key as an own member (jsonc-parser's `parse` would set the prototype instead,
 * hiding it from the `unknown-member` check).
 */
export function parseSource(source: Source): ParsedFile | InputProblem {
  const { text, file, absolute } = source;
  const lines = lineStarts(text);
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, STRICT);
  const first = errors[0];
  if (first !== undefined) {
    const { offset, message } = describeError(text, first);
    return problem(file, absolute, message, positionAt(lines, offset));
  }
  if (tree === undefined) return problem(file, absolute, 'is empty');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // Unreached while jsonc-parser's strict mode accepts only JSON; kept so no text slips through.
    return problem(file, absolute, `invalid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  return { source, value, tree, lines };
}
