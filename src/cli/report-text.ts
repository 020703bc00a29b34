import { formatViolation, type Violation } from '../index.js';
import type { CheckedDocument, CheckReporter, CheckTotals } from './check.js';
import { label, plural, type TextSink } from './io.js';
import type { Span } from './locate.js';
import type { InputProblem } from './read-inputs.js';

/** `FILE: message`, or `FILE:LINE:COLUMN: message` for a JSON syntax error, as compilers print them. */
export function problemLine(problem: InputProblem): string {
  const where = problem.position === undefined ? '' : `:${problem.position.line}:${problem.position.column}`;
  return `${label(problem.file)}${where}: ${problem.message}`;
}

/**
 * One violation as compilers print a finding, `FILE:LINE:COLUMN: `, then `#INDEX ` for an element
 * of an array file, then the violation: the place is the one SARIF gives, so an editor or a
 * terminal can jump to it.
 */
export function violationLine(document: CheckedDocument, v: Violation, span: Span): string {
  const { file, index } = document;
  return `${label(file)}:${span.start.line}:${span.start.column}: ${index === undefined ? '' : `#${index} `}${formatViolation(v)}`;
}

/** `checked 12 documents in 9 files: 3 invalid, 5 errors, 2 warnings` (and the inputs that could not be checked). */
export function summaryLine(totals: CheckTotals): string {
  const unchecked = totals.problems === 0 ? '' : `; ${plural(totals.problems, 'input')} could not be checked`;
  return (
    `checked ${plural(totals.documents, 'document')} in ${plural(totals.files, 'file')}: ` +
    `${totals.invalid} invalid, ${plural(totals.errors, 'error')}, ${plural(totals.warnings, 'warning')}${unchecked}`
  );
}

/**
 * The text format, printed as it goes: problems on stderr, one line per violation on stdout as
 * each file is checked (valid documents without warnings print nothing), then the summary.
 */
export function textReporter(stdout: TextSink, stderr: TextSink): CheckReporter {
  return {
    problem: (problem) => stderr.write(`${problemLine(problem)}\n`),
    documents: (documents) => {
      // Written in pieces of about 64 KB: a file with 100 violations in each of thousands of
      // documents must not become one string of every line at once.
      let pending = '';
      for (const document of documents) {
        document.violations.forEach((v, i) => {
          pending += `${violationLine(document, v, document.spans[i] ?? NOWHERE)}\n`;
          if (pending.length >= WRITE_SIZE) {
            stdout.write(pending);
            pending = '';
          }
        });
      }
      if (pending !== '') stdout.write(pending);
    },
    end: (totals) => stdout.write(`${summaryLine(totals)}\n`),
  };
}

const WRITE_SIZE = 1 << 16;

/** Unreached: `checkSource` gives a span to every violation. */
const NOWHERE: Span = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
