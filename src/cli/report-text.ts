import { formatViolation, type Violation } from '../index.js';
import type { CheckedDocument, CheckRun } from './check.js';
import { label, plural } from './io.js';
import { violationSpan } from './locate.js';
import { positionAt } from './positions.js';
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
export function violationLine(document: CheckedDocument, v: Violation): string {
  const { file, index } = document;
  const at = positionAt(file.lines, violationSpan(file, index, v.path).start);
  return `${label(file.source.file)}:${at.line}:${at.column}: ${index === undefined ? '' : `#${index} `}${formatViolation(v)}`;
}

/** `checked 12 documents in 9 files: 3 invalid, 5 errors, 2 warnings` (and the inputs that could not be checked). */
export function summaryLine(run: CheckRun): string {
  const violations = run.documents.flatMap((document) => document.violations);
  const errors = violations.filter((v) => v.severity === 'error').length;
  const invalid = run.documents.filter((document) => !document.valid).length;
  const unchecked = run.problems.length === 0 ? '' : `; ${plural(run.problems.length, 'input')} could not be checked`;
  return (
    `checked ${plural(run.documents.length, 'document')} in ${plural(run.files.length, 'file')}: ` +
    `${invalid} invalid, ${plural(errors, 'error')}, ${plural(violations.length - errors, 'warning')}${unchecked}`
  );
}

/** One line per violation, then the summary: valid documents without warnings print nothing. */
export function textReport(run: CheckRun): string {
  const lines = run.documents.flatMap((document) => document.violations.map((v) => violationLine(document, v)));
  return `${[...lines, summaryLine(run)].join('\n')}\n`;
}
