/** What the README's generated tables share: escaping a table cell, and replacing the text between two markers. */

/** Escapes the pipes of a Markdown table cell. */
export function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

/** `text` with what lies between the `start` and `end` markers replaced by `content` (on lines of its own). */
export function withBlock(text: string, start: string, end: string, content: string): string {
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md lacks the ${start} … ${end} markers`);
  return `${text.slice(0, from + start.length)}\n${content}\n${text.slice(to)}`;
}
