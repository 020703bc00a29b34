/**
 * What the generated Markdown tables (README.md, docs/contract.md) share: escaping a table cell,
 * how a basis reads, and replacing the text between two markers.
 */
import type { Basis } from '../src/index.js';

/** Escapes the pipes of a Markdown table cell. */
export function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

/** A basis as the tables show it: an `inferred` rule says it is assumed. */
export function basisCell(basis: Basis): string {
  return basis === 'inferred' ? 'inferred (assumed)' : basis;
}

/**
 * `text` with what lies between the `start` and `end` markers replaced by `content` (on lines of
 * its own); `file` names the document in the error thrown when the markers are missing.
 */
export function withBlock(text: string, start: string, end: string, content: string, file = 'README.md'): string {
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${file} lacks the ${start} … ${end} markers`);
  return `${text.slice(0, from + start.length)}\n${content}\n${text.slice(to)}`;
}
