/** A 1-based line and column (columns count UTF-16 code units, as SARIF's default `columnKind`). */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** Offsets of a text's line starts; line breaks are `\n`, `\r\n` and `\r`, as jsonc-parser counts them. */
export function lineStarts(text: string): readonly number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charCodeAt(i);
    if (char === 0x0a || (char === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) starts.push(i + 1);
  }
  return starts;
}

/** The position of an offset, found by binary search over `starts`. */
export function positionAt(starts: readonly number[], offset: number): Position {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if ((starts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
}
