import type { Subject, Violation } from '../index.js';
import { readJsonDocuments, readJsonLines, type JsonDocument } from '../json/documents.js';
import { placeViolations, type Span } from '../json/locate.js';
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
  /** How many indexes its documents have, those `skipped` among them. */
  readonly count: number;
  /** Whether the documents have an index: the elements of the array the file holds, the lines of JSON Lines, or the entries of a HAR file. */
  readonly indexed: boolean;
  readonly reported: readonly CheckedDocument[];
  /** The indexes that are no document, in order: lines of JSON Lines that are not JSON (each one of `problems`), entries of a HAR file that call no import operation. */
  readonly skipped: readonly number[];
  /** Why each line of JSON Lines that is not JSON could not be read, naming its line and column. */
  readonly problems: readonly InputProblem[];
}

/**
 * A document that holds several to check, each with an index (a HAR file's import requests):
 * how many indexes it has, the parts to check, and what to say when there is none.
 */
export interface Expansion {
  readonly count: number;
  readonly parts: readonly Part<number>[];
  readonly nothing: string;
}

/** A value to check in a document: its index (see `CheckedDocument`), and where in the document a finding at a path of the value belongs. */
export interface Part<Index extends number | undefined = number | undefined> {
  readonly index: Index;
  readonly value: unknown;
  readonly place: (path: string) => string;
}

const samePlace = (path: string): string => path;

/** The documents a file's one document holds, or `undefined` when it is one to check itself. */
export type Expand = (value: unknown) => Expansion | undefined;

const BATCH = 1024;
const NONE: readonly never[] = Object.freeze([]);

/** How `checkSource` reads and places. */
export interface CheckSourceOptions {
  /** Where to place a violation, when not at its path (see `PlaceOf`). */
  readonly placeOf?: PlaceOf | undefined;
  /** Read the file as JSON Lines (`readJsonLines`): a document per line that is not blank. */
  readonly lines?: boolean | undefined;
  /** Check the parts of a file's one document instead, when it has them (not for array elements or lines). */
  readonly expand?: Expand | undefined;
}

/**
 * Reads a file document by document (`readJsonDocuments`: one outline, then each element parsed
 * on its own; or `readJsonLines`, a line at a time), checks each as it is parsed and places the
 * violations of those something is reported in, in that document's own text; keeps nothing else
 * of it. A file that is not JSON, or holds an empty array, is a problem; what was checked of it is
 * dropped, as it would not have been checked had it been read whole. A line of JSON Lines that is
 * not JSON is a problem of its own, and the other lines are checked. A file's one document that
 * `expand`s is checked part by part, each placed in the document by its `place`, all in one pass.
 */
export function checkSource(source: Source, kind: Subject, validate: Validate, options: CheckSourceOptions = {}): CheckedFile | InputProblem {
  const { file, absolute } = source;
  const { placeOf } = options;
  const reported: CheckedDocument[] = [];
  let expanded: Expansion | undefined;
  const check = (document: JsonDocument): void => {
    const { index, value } = document;
    expanded = index === undefined ? options.expand?.(value) : undefined;
    const parts = expanded?.parts ?? [{ index, value, place: placeOf === undefined ? samePlace : (path: string) => placeOf(value, path) }];
    checkParts(document, parts, validate, (found) => reported.push({ file, absolute, kind, ...found }));
  };
  if (options.lines === true) {
    const unread: number[] = [];
    const problems: InputProblem[] = [];
    const { count } = readJsonLines(source.bytes, MAX_JSON_DEPTH, check, (line) => {
      unread.push(line.index);
      problems.push(lineProblem(source, line.line, line.text, line.failed));
    });
    return { source, kind, count, indexed: true, reported, skipped: unread, problems };
  }
  const read = readJsonDocuments(source.bytes, MAX_JSON_DEPTH, check);
  if ('failed' in read) return jsonProblem(source, read.text, read.failed);
  if (read.count === 0) return problem(file, absolute, 'holds an empty array: no documents to check');
  if (expanded !== undefined) {
    const { count, parts } = expanded;
    if (parts.length === 0) return problem(file, absolute, expanded.nothing);
    const checked = new Set(parts.map((part) => part.index));
    const skipped: number[] = [];
    for (let index = 0; index < count; index += 1) if (!checked.has(index)) skipped.push(index);
    return { source, kind, count, indexed: true, reported, skipped, problems: NONE };
  }
  return { source, kind, count: read.count, indexed: read.array, reported, skipped: NONE, problems: NONE };
}

/**
 * Checks the parts of a document (the document itself, or what it `expand`s to), handing on those
 * with something to report, their violations placed in the document in one pass.
 */
function checkParts(document: JsonDocument, parts: readonly Part[], validate: Validate, each: (found: { index: number | undefined; valid: boolean; violations: readonly Violation[]; spans: readonly Span[] }) => void): void {
  const found = parts.flatMap((part) => {
    const { valid, violations } = validate(part.value);
    return valid && violations.length === 0 ? [] : [{ index: part.index, valid, violations, paths: violations.map((v) => part.place(v.path)) }];
  });
  // Nothing to report: the document's text is not read again.
  if (found.length === 0) return;
  const spans = placeViolations(document, found.flatMap((part) => part.paths));
  let next = 0;
  for (const { index, valid, violations } of found) {
    each({ index, valid, violations, spans: spans.slice(next, next + violations.length) });
    next += violations.length;
  }
}

/** Hands a checked file's documents to `each` in order, at most `BATCH` at a time, the valid ones made as they go (a skipped index is none). */
export function eachBatch(checked: CheckedFile, each: (documents: readonly CheckedDocument[]) => void): void {
  const { source, kind, count, indexed, reported, skipped } = checked;
  let next = 0;
  let skip = 0;
  for (let from = 0; from < count; from += BATCH) {
    const batch: CheckedDocument[] = [];
    for (let i = from; i < Math.min(from + BATCH, count); i += 1) {
      if (skipped[skip] === i) {
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
