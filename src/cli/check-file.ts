import type { Subject, Violation } from '../index.js';
import { readJsonDocuments, readJsonLines, type JsonDocument } from '../json/documents.js';
import { placeViolations } from '../json/locate.js';
import { MAX_JSON_DEPTH } from '../json/read-json.js';
import type { CheckedDocument } from './check.js';
import { jsonProblem, lineProblem } from './parse-json.js';
import { problem, type InputProblem, type Source } from './read-inputs.js';

/** The check `check` runs on each document. */
export type Validate = (value: unknown) => { readonly valid: boolean; readonly violations: readonly Violation[] };

/** Where in a document to place a violation's path, when it is not the path itself (a header named in another case). */
export type PlaceOf = (value: unknown, path: string) => string;

/**
 * A checked file: how many documents it holds and, in order, those with something to report
 * (placed); every other one is valid with no violation, and becomes a `CheckedDocument` only as it
 * is reported (`eachBatch`), so a file of 100,000 valid requests keeps no record per document.
 */
export interface CheckedFile {
  readonly source: Source;
  readonly kind: Subject;
  /** How many documents it holds, lines of JSON Lines that could not be read among them (`unread`). */
  readonly count: number;
  /** Whether the documents have an index: the elements of the array the file holds, or the lines of JSON Lines. */
  readonly indexed: boolean;
  readonly reported: readonly CheckedDocument[];
  /** The indexes of the lines of JSON Lines that are not JSON, in order: not documents, but `problems`. */
  readonly unread: readonly number[];
  /** Why each of `unread` could not be read, naming its line and column. */
  readonly problems: readonly InputProblem[];
}

const BATCH = 1024;
const NONE: readonly never[] = Object.freeze([]);

/** How `checkSource` reads and places. */
export interface CheckSourceOptions {
  /** Where to place a violation, when not at its path (see `PlaceOf`). */
  readonly placeOf?: PlaceOf | undefined;
  /** Read the file as JSON Lines (`readJsonLines`): a document per line that is not blank. */
  readonly lines?: boolean | undefined;
}

/**
 * Reads a file document by document (`readJsonDocuments`: one outline, then each element parsed
 * on its own; or `readJsonLines`, a line at a time), checks each as it is parsed and places the
 * violations of those something is reported in, in that document's own text; keeps nothing else
 * of it. A file that is not JSON, or holds an empty array, is a problem; what was checked of it is
 * dropped, as it would not have been checked had it been read whole. A line of JSON Lines that is
 * not JSON is a problem of its own, and the other lines are checked.
 */
export function checkSource(source: Source, kind: Subject, validate: Validate, options: CheckSourceOptions = {}): CheckedFile | InputProblem {
  const { file, absolute } = source;
  const { placeOf } = options;
  const reported: CheckedDocument[] = [];
  const check = (document: JsonDocument): void => {
    const { valid, violations } = validate(document.value);
    if (valid && violations.length === 0) return;
    const spans = placeViolations(document, violations.map((v) => (placeOf === undefined ? v.path : placeOf(document.value, v.path))));
    reported.push({ file, absolute, index: document.index, kind, valid, violations, spans });
  };
  if (options.lines === true) {
    const unread: number[] = [];
    const problems: InputProblem[] = [];
    const { count } = readJsonLines(source.bytes, MAX_JSON_DEPTH, check, (line) => {
      unread.push(line.index);
      problems.push(lineProblem(source, line.line, line.text, line.failed));
    });
    return { source, kind, count, indexed: true, reported, unread, problems };
  }
  const read = readJsonDocuments(source.bytes, MAX_JSON_DEPTH, check);
  if ('failed' in read) return jsonProblem(source, read.text, read.failed);
  if (read.count === 0) return problem(file, absolute, 'holds an empty array: no documents to check');
  return { source, kind, count: read.count, indexed: read.array, reported, unread: NONE, problems: NONE };
}


/** Hands a checked file's documents to `each` in order, at most `BATCH` at a time, the valid ones made as they go (an unread line is none). */
export function eachBatch(checked: CheckedFile, each: (documents: readonly CheckedDocument[]) => void): void {
  const { source, kind, count, indexed, reported, unread } = checked;
  let next = 0;
  let skip = 0;
  for (let from = 0; from < count; from += BATCH) {
    const batch: CheckedDocument[] = [];
    for (let i = from; i < Math.min(from + BATCH, count); i += 1) {
      if (unread[skip] === i) {
        skip += 1;
        continue;
      }
      const index = indexed ? i : undefined;
      const found = reported[next];
      if (found !== undefined && found.index === index) {
        batch.push(found);
        next += 1;
      } else {
        batch.push({ file: source.file, absolute: source.absolute, index, kind, valid: true, violations: NONE, spans: NONE });
      }
    }
    if (batch.length > 0) each(batch);
  }
}
