import { MAX_JSON_DEPTH, readJson } from '../json/read-json.js';
import { lineStarts, positionAt } from '../json/positions.js';
import { problem, type InputProblem, type Source } from './read-inputs.js';

/** A file read as strict JSON: its value, and its source (whose text `locateViolations` re-scans only when something is reported). */
export interface ParsedFile {
  readonly source: Source;
  readonly value: unknown;
  /** For a file holding an array, where its elements lie (see `JsonOutline`). */
  readonly boundaries: readonly number[];
}

/** What a file nested deeper than `MAX_JSON_DEPTH` is told, completing "FILE: …". */
export const DEPTH_MESSAGE = `nests arrays and objects deeper than ${MAX_JSON_DEPTH} levels (MAX_JSON_DEPTH, the limit of this tool)`;

export { MAX_JSON_DEPTH, offsetBeyondDepth, outlineJson, type JsonOutline } from '../json/read-json.js';

/**
 * Reads a source as strict JSON with `readJson`, nested at most `MAX_JSON_DEPTH` levels: its value,
 * or the problem naming the file with line:column.
 */
export function parseSource(source: Source): ParsedFile | InputProblem {
  const { text, file, absolute } = source;
  const read = readJson(text, MAX_JSON_DEPTH);
  if ('value' in read) return { source, value: read.value, boundaries: read.boundaries };
  if ('beyond' in read) return problem(file, absolute, DEPTH_MESSAGE, positionAt(lineStarts(text), read.beyond));
  if ('syntax' in read) return problem(file, absolute, read.syntax.described.message, positionAt(lineStarts(text), read.syntax.described.offset));
  if ('empty' in read) return problem(file, absolute, 'is empty');
  // jsonc-parser accepted what JSON.parse refused: say what JSON.parse said rather than let it pass.
  return problem(file, absolute, `invalid JSON (${read.refused})`);
}
