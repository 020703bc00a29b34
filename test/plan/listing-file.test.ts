import { Buffer } from 'node:buffer';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ListingError, planImport, planImportStream, readListObjectsV2 } from '../../src/plan/index.js';
import { readFileChunks } from '../../src/plan/listing-file.js';
import { EXAMPLE_LISTING, EXAMPLE_REQUEST, listingPath } from './support.js';

describe('readFileChunks', () => {
  it('reads a file whole, chunk after chunk, into buffers it reuses', async () => {
    const chunks: Buffer[] = [];
    const seen = new Set<ArrayBufferLike>();
    for await (const chunk of readFileChunks(listingPath('example-bucket.json'), 7)) {
      chunks.push(Buffer.from(chunk));
      seen.add(chunk.buffer);
    }
    expect(Buffer.concat(chunks).equals(await readFile(listingPath('example-bucket.json')))).toBe(true);
    expect(seen.size).toBe(2);
  });

  it('feeds readListObjectsV2, which keeps nothing of a chunk it has read', async () => {
    for (const size of [1, 7, 4096]) {
      const plan = await planImportStream(EXAMPLE_REQUEST, readListObjectsV2(readFileChunks(listingPath('example-bucket.json'), size)), { keepKeys: true });
      expect(plan).toEqual(planImport(EXAMPLE_REQUEST, [EXAMPLE_LISTING], { keepKeys: true }));
    }
  });

  it('closes the file when the listing is broken and reading stops early', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'listing-file-'));
    const file = join(dir, 'broken.json');
    await writeFile(file, `{"Contents":[{"Key":"a"},,${' '.repeat(100)}]}`);
    await expect(planImportStream(EXAMPLE_REQUEST, readListObjectsV2(readFileChunks(file, 8), { label: 'broken.json' }))).rejects.toThrow(ListingError);
  });
});
