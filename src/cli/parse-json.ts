import type { JsonFailure } from '../json/documents.js';
import { DEPTH_MESSAGE, MAX_JSON_DEPTH, MAX_JSON_TEXT_BYTES, readJson } from '../json/read-json.js';
import { lineStarts, positionAt } from '../json/positions.js';
import { problem, sourceText, type InputProblem, type Source } from './read-inputs.js';

/** A file read as strict JSON: its value. */
export interface ParsedFile {
  readonly source: Source;
  readonly value: unknown;
}

export { DEPTH_MESSAGE, MAX_JSON_DEPTH, offsetBeyondDepth, outlineJson, type JsonOutline } from '../json/read-json.js';

/** What a JSON text of `bytes` bytes, over `MAX_JSON_TEXT_BYTES`, is told, completing "FILE: …". */
function tooLargeMessage(bytes: number): string {
  return `holds a JSON text of ${String(bytes)} bytes, more than one document may hold (MAX_JSON_TEXT_BYTES, ${String(MAX_JSON_TEXT_BYTES)} bytes: Node holds no longer string); it is not read (a file holding an array is read element by element, and JSON Lines line by line)`;
}

/** The problem of a file `readJson` (or `readJsonDocuments`) did not read, naming the file with line:column where it has one. */
export function jsonProblem(source: Source, text: string, read: JsonFailure): InputProblem {
  const { file, absolute } = source;
  if ('tooLarge' in read) return problem(file, absolute, tooLargeMessage(read.tooLarge));
  // A line of JSON Lines that is not text: placed on its own line, at its first bad character.
  if ('notText' in read) return problem(file, absolute, read.notText, { line: 1, column: read.offset + 1 });
  if ('beyond' in read) return problem(file, absolute, DEPTH_MESSAGE, positionAt(lineStarts(text), read.beyond));
  if ('syntax' in read) return problem(file, absolute, read.syntax.described.message, positionAt(lineStarts(text), read.syntax.described.offset));
  if ('empty' in read) return problem(file, absolute, 'is empty');
  // jsonc-parser accepted what JSON.parse refused: say what JSON.parse said rather than let it pass.
  return problem(file, absolute, `invalid JSON (${read.refused})`);
}

/** The problem of line `line` of a JSON Lines file, whose `text` `readJsonLines` did not read: `jsonProblem` of the line, placed in the file. */
export function lineProblem(source: Source, line: number, text: string, read: JsonFailure): InputProblem {
  const found = jsonProblem(source, text, read);
  const { position } = found;
  return position === undefined ? found : { ...found, position: { line: line + position.line - 1, column: position.column } };
}

/**
 * Reads a source as strict JSON with `readJson`, nested at most `MAX_JSON_DEPTH` levels: its value,
 * or the problem naming the file with line:column. For files of one document (`check` reads its
 * files with `readJsonDocuments`).
 */
export function parseSource(source: Source): ParsedFile | InputProblem {
  if (source.bytes.length > MAX_JSON_TEXT_BYTES) return jsonProblem(source, '', { tooLarge: source.bytes.length });
  const text = sourceText(source);
  const read = readJson(text, MAX_JSON_DEPTH);
  return 'value' in read ? { source, value: read.value } : jsonProblem(source, text, read);
}
