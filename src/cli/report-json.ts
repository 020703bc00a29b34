import type { Violation } from '../index.js';
import type { CheckedDocument, CheckRun } from './check.js';

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
  readonly index?: number;
  readonly kind: string;
  readonly valid: boolean;
  readonly violations: readonly JsonViolation[];
}

function jsonViolation(v: Violation): JsonViolation {
  const { code, severity, path, message, basis, exception } = v;
  return exception === undefined ? { code, severity, path, message, basis } : { code, severity, path, message, basis, exception };
}

function jsonDocument(document: CheckedDocument): JsonDocument {
  const { file } = document.file.source;
  const rest = { kind: document.kind, valid: document.valid, violations: document.violations.map(jsonViolation) };
  return document.index === undefined ? { file, ...rest } : { file, index: document.index, ...rest };
}

/** `--format json`: one array with an entry per checked document (unreadable files are on stderr only). */
export function jsonReport(run: CheckRun): string {
  return `${JSON.stringify(run.documents.map(jsonDocument), null, 2)}\n`;
}
