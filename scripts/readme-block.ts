/** What the generated Markdown tables (README.md, docs/) share: escaping a table cell, and replacing the text between two markers. */

/** Escapes the pipes of a Markdown table cell. */
export function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

/** `text` (of the file `file`, named in the error) with what lies between the `start` and `end` markers replaced by `content` (on lines of its own). */
export function withBlock(text: string, start: string, end: string, content: string, file = 'README.md'): string {
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${file} lacks the ${start} … ${end} markers`);
  return `${text.slice(0, from + start.length)}\n${content}\n${text.slice(to)}`;
}
