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

/**
 * The positions of many offsets of one text at once, in their order: a walk from line break to
 * line break (`indexOf`, native) over the sorted offsets, with no table of every line start; a
 * text holding `\r` takes `lineStarts`, which counts a lone `\r` as a break.
 */
export function positionsOf(text: string, offsets: readonly number[]): Position[] {
  if (text.includes('\r')) {
    const starts = lineStarts(text);
    return offsets.map((offset) => positionAt(starts, offset));
  }
  const order = offsets.map((_, i) => i).sort((a, b) => (offsets[a] ?? 0) - (offsets[b] ?? 0));
  const positions: Position[] = new Array<Position>(offsets.length);
  let line = 1;
  let lineStart = 0;
  let next = text.indexOf('\n');
  for (const i of order) {
    const offset = offsets[i] ?? 0;
    while (next !== -1 && next < offset) {
      line += 1;
      lineStart = next + 1;
      next = text.indexOf('\n', lineStart);
    }
    positions[i] = { line, column: offset - lineStart + 1 };
  }
  return positions;
}
