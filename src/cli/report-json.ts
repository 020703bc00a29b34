import type { Violation } from '../index.js';
import type { CheckedDocument, CheckReporter } from './check.js';
import type { TextSink } from './io.js';
import { problemLine } from './report-text.js';

/** A violation in `--format json`: the fields of `Violation`, in a fixed order. */
export interface JsonViolation {
  readonly code: string;
  readonly severity: string;
  readonly path: string;
  readonly message: string;
  readonly basis: string;
  readonly exception?: string;
}

/** One checked document in `--format json`. */
export interface JsonDocument {
  readonly file: string;
  /** The element's index in an array file, the line's (among those that are not blank) in JSON Lines, or the entry's in a HAR file (--kind wire); absent for a file of one document. */
  readonly index?: number;
  readonly kind: string;
  readonly valid: boolean;
  readonly violations: readonly JsonViolation[];
}

function jsonViolation(v: Violation): JsonViolation {
  const { code, severity, path, message, basis, exception } = v;
  return exception === undefined ? { code, severity, path, message, basis } : { code, severity, path, message, basis, exception };
}

/** A checked document as `--format json` prints it. */
export function jsonDocument(document: CheckedDocument): JsonDocument {
  const { file } = document;
  const rest = { kind: document.kind, valid: document.valid, violations: document.violations.map(jsonViolation) };
  return document.index === undefined ? { file, ...rest } : { file, index: document.index, ...rest };
}

/**
 * `--format json`: one array with an entry per checked document (unreadable files are on stderr
 * only), the text `JSON.stringify(documents, null, 2)` would give, written entry by entry as each
 * file is checked so that no document is held until the end.
 */
export function jsonReporter(stdout: TextSink, stderr: TextSink): CheckReporter {
  let first = true;
  return {
    problem: (problem) => stderr.write(`${problemLine(problem)}\n`),
    documents: (documents) => {
      for (const document of documents) {
        // Indented one level, as inside the array; a JSON text holds no raw line break but between tokens.
        const entry = JSON.stringify(jsonDocument(document), null, 2).replaceAll('\n', '\n  ');
        stdout.write(`${first ? '[\n' : ',\n'}  ${entry}`);
        first = false;
      }
    },
    end: () => stdout.write(first ? '[]\n' : '\n]\n'),
  };
}
