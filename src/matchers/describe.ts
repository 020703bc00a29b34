import type { RequestKind, Violation } from '../rules/index.js';
import { formatViolations } from '../validate/index.js';

const KIND: Readonly<Record<RequestKind, string>> = {
  new: 'a new import',
  retry: 'a retry',
  ambiguous: 'an ImportId together with new-import parameters',
  empty: 'neither a new import nor a retry',
};

/** What a request asks for, in words: `a new import`, `a retry`, … */
export function kindPhrase(kind: RequestKind): string {
  return KIND[kind];
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** `2 errors and 1 warning`, `1 warning`, `no violations`. */
export function tally(violations: readonly Violation[]): string {
  const errors = violations.filter((v) => v.severity === 'error').length;
  const warnings = violations.length - errors;
  const parts = [...(errors > 0 ? [count(errors, 'error')] : []), ...(warnings > 0 ? [count(warnings, 'warning')] : [])];
  return parts.length === 0 ? 'no violations' : parts.join(' and ');
}

/**
 * `2 errors:` followed by the violations, indented, one per line, in the words of
 * `formatViolations`; `no violations.` when there are none.
 */
export function violationList(violations: readonly Violation[]): string {
  if (violations.length === 0) return 'no violations.';
  return `${tally(violations)}:\n${indent(formatViolations(violations))}`;
}

/** `the only StartImport call was invalid`, `all 3 StartImport calls were valid`, `1 of 3 StartImport calls were invalid`. */
export function share(n: number, total: number, adjective: string): string {
  if (total === 1) return `the only StartImport call was ${adjective}`;
  return `${n === total ? 'all' : `${n} of`} ${total} StartImport calls were ${adjective}`;
}

/** Indents every line by `spaces`. */
export function indent(text: string, spaces = 2): string {
  const pad = ' '.repeat(spaces);
  return text
    .split('\n')
    .map((line) => pad + line)
    .join('\n');
}

/** A matcher message: the hint, a blank line, then the paragraphs. */
export function message(hint: string, ...paragraphs: readonly string[]): string {
  return [hint, ...paragraphs].join('\n\n');
}
