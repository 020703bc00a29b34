import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineStarts, positionAt, positionInChunks } from '../../src/cli/positions.js';

async function* chunksOf(bytes: Uint8Array, cuts: readonly number[]): AsyncGenerator<Uint8Array> {
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    await Promise.resolve();
    yield bytes.subarray(from, cut);
    from = cut;
  }
  yield bytes.subarray(from);
}

const TEXT = fc.string({ unit: fc.constantFrom('a', ' ', '\n', '\r', '\r\n', 'é', '€', '😀', '{', '"'), maxLength: 40 });

describe('positionInChunks', () => {
  it('finds the line and column positionAt finds in the whole text, wherever the chunks are cut', async () => {
    await fc.assert(
      fc.asyncProperty(TEXT, fc.nat(), fc.array(fc.nat(), { maxLength: 6 }), async (text, at, cuts) => {
        const bytes = new TextEncoder().encode(text);
        const offset = text.length === 0 ? 0 : at % (text.length + 1);
        const position = await positionInChunks(chunksOf(bytes, cuts.map((cut) => cut % (bytes.length + 1))), offset);
        expect(position).toEqual(positionAt(lineStarts(text), offset));
      }),
    );
  });

  it('does not count a leading byte order mark in the column', async () => {
    const bytes = new TextEncoder().encode('\uFEFF{"a" 1}');
    expect(await positionInChunks(chunksOf(bytes, [1, 2]), 6)).toEqual({ line: 1, column: 6 });
  });
});
