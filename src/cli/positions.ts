import type { Position } from '../json/positions.js';

export { lineStarts, positionAt, positionsOf, type Position } from '../json/positions.js';

/**
 * The position of character `offset` (UTF-16 code units from the start) of UTF-8 text arriving in
 * chunks, read only as far as it: how a listing error, which counts characters, gets a line and
 * column. A leading byte order mark is not counted in the column, as editors do not show it.
 */
export async function positionInChunks(chunks: AsyncIterable<Uint8Array>, offset: number): Promise<Position> {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  let line = 1;
  let lineStart = 0;
  let at = 0;
  let bom = 0;
  // A `\r` ending a chunk waits for the next: `\r\n` is one line break.
  let carried = '';
  const read = (text: string, end: number): void => {
    for (let i = 0; i < end && at < offset; i += 1, at += 1) {
      const char = text.charCodeAt(i);
      if (at === 0 && char === 0xfeff) bom = 1;
      else if (char === 0x0a || (char === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
        line += 1;
        lineStart = at + 1;
      }
    }
  };
  for await (const chunk of chunks) {
    const text = carried + decoder.decode(chunk, { stream: true });
    const end = text.endsWith('\r') ? text.length - 1 : text.length;
    carried = text.slice(end);
    read(text, end);
    if (at >= offset) break;
  }
  read(carried, carried.length);
  return { line, column: offset - lineStart + 1 - (line === 1 ? bom : 0) };
}
