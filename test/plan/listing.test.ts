import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ListingError, readListObjectsV2, type ListedObject } from '../../src/plan/index.js';
import { listingPath } from './support.js';

async function* chunks(text: string, size: number): AsyncGenerator<string> {
  await Promise.resolve();
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function read(text: string, size = 7): Promise<ListedObject[]> {
  const items: ListedObject[] = [];
  for await (const page of readListObjectsV2(chunks(text, size), { label: 'listing.json' })) items.push(...(page.Contents ?? []));
  return items;
}

const PAGE = '{"Contents":[{"Key":"a","Size":1,"StorageClass":"GLACIER","Owner":{"ID":"x"},"ChecksumAlgorithm":["CRC32"]},{"Key":"b\\u00e9"}],"KeyCount":2}';

describe('readListObjectsV2', () => {
  it('reads Key, Size and StorageClass of every item, whatever the chunk boundaries', async () => {
    for (const size of [1, 3, 7, 1000]) {
      expect(await read(PAGE, size)).toEqual([{ Key: 'a', Size: 1, StorageClass: 'GLACIER' }, { Key: 'bé' }]);
    }
  });

  it('reads pages written one after another and arrays of pages', async () => {
    expect((await read(`${PAGE}\n${PAGE}`)).map((item) => item.Key)).toEqual(['a', 'bé', 'a', 'bé']);
    // One after another: any JSON whitespace, or none, between them (as a JSON stream, `jq -c`, writes them).
    expect((await read(`${PAGE} \t${PAGE}${PAGE}`)).map((item) => item.Key)).toEqual(['a', 'bé', 'a', 'bé', 'a', 'bé']);
    expect((await read(`[${PAGE},${PAGE},{"KeyCount":0}]`)).map((item) => item.Key)).toEqual(['a', 'bé', 'a', 'bé']);
  });

  it('reads the fixture listing as JSON.parse reads it', async () => {
    const text = readFileSync(listingPath('example-bucket.json'), 'utf8');
    const parsed = (JSON.parse(text) as { Contents: { Key: string; Size: number; StorageClass: string }[] }).Contents;
    expect(await read(text, 4096)).toEqual(parsed.map(({ Key, Size, StorageClass }) => ({ Key, Size, StorageClass })));
  });

  it('reads bytes split inside a multi-byte character', async () => {
    const bytes = new TextEncoder().encode('{"Contents":[{"Key":"é"}]}');
    async function* split(): AsyncGenerator<Uint8Array> {
      await Promise.resolve();
      yield bytes.slice(0, 22);
      yield bytes.slice(22);
    }
    const pages = [];
    for await (const page of readListObjectsV2(split())) pages.push(page);
    expect(pages.flatMap((page) => page.Contents)).toEqual([{ Key: 'é' }]);
  });

  it('reads ASCII chunks, then UTF-8 ones split inside a character', async () => {
    const bytes = new TextEncoder().encode('{"Contents":[{"Key":"a"},{"Key":"ü€"}]}');
    async function* split(): AsyncGenerator<Uint8Array> {
      await Promise.resolve();
      for (const [from, to] of [[0, 10], [10, 35], [35, 37], [37, bytes.length]] as const) yield bytes.subarray(from, to);
    }
    const pages = [];
    for await (const page of readListObjectsV2(split())) pages.push(page);
    expect(pages.flatMap((page) => page.Contents)).toEqual([{ Key: 'a' }, { Key: 'ü€' }]);
  });

  it.each([
    ['', 'listing.json: is empty'],
    ['{"Contents":[{"Key":"a"}', 'listing.json: is not valid JSON: it ends in the middle of a value (truncated?)'],
    ['{"Contents":[{"Key":"a",}]}', 'listing.json: Contents item 0 is not valid JSON: '],
    ['{"Contents" [{"Key":"a"}]}', 'listing.json: is not valid JSON: '],
    ['{"Contents":[{"Key":"a"}] "KeyCount": 1}', 'listing.json: is not valid JSON: '],
    ['[{"Key":"a"}]', 'listing.json: holds Contents items where pages belong (list the pages, not --query Contents)'],
    ['"text"', 'listing.json: must be a list-objects-v2 page (an object with Contents) or an array of pages'],
    ['{"Contents":{}}', 'listing.json: Contents must be an array'],
    ['{"Contents":[{"Size":1}]}', 'listing.json: Contents item 0 has no Key'],
    ['{"Contents":[{"Key":"a"},{"Key":1}]}', 'listing.json: Contents item 1: Key must be a string'],
    ['{"Contents":[{"Key":"a","Size":-1}]}', 'listing.json: Contents item 0: Size must be a whole number of bytes'],
    ['{"Contents":["a"]}', 'listing.json: Contents item 0 must be an object'],
    ['[1]', 'listing.json: an array of pages must hold only page objects'],
    // The README's three forms are one page, pages one after another, or one array of pages: no mix of them.
    ['[{"Contents":[]}]\n{"Contents":[]}', 'listing.json: an array of pages must be the whole listing: no page or array may come before or after it (at or after character 18)'],
    ['{"Contents":[]}\n[{"Contents":[]}]', 'listing.json: an array of pages must be the whole listing: no page or array may come before or after it (at or after character 16)'],
    ['[{"Contents":[]}] [{"Contents":[]}]', 'listing.json: an array of pages must be the whole listing: no page or array may come before or after it (at or after character 18)'],
  ])('throws a ListingError naming the source for %j', async (text, message) => {
    await expect(read(text)).rejects.toThrow(ListingError);
    await expect(read(text)).rejects.toThrow(message);
  });

  it.each([
    ['{"Contents":"abc"}', 'Contents must be an array', 12],
    ['{"KeyCount":1, "Contents" : 5}', 'Contents must be an array', 28],
    ['{"Contents":null}', 'Contents must be an array', 12],
    ['{"Contents":true,"KeyCount":0}', 'Contents must be an array', 12],
    ['{}', 'the object that ends here is not a list-objects-v2 page', 1],
    ['{"Items":[{"Key":"a"}]}', 'the object that ends here is not a list-objects-v2 page', 22],
    ['[{"KeyCount":0},{"Count":3}]', 'the object that ends here is not a list-objects-v2 page', 26],
    ['{"Display":"Contents","Owner":{"Contents":1}}', 'the object that ends here is not a list-objects-v2 page', 44],
  ])('rejects %j, which is not a list-objects-v2 listing, as a ListingError at the character where it shows', async (text, reason, offset) => {
    for (const size of [1, 5, 1000]) {
      const error: unknown = await read(text, size).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ListingError);
      expect(error).toMatchObject({ source: 'listing.json', offset });
      expect((error as ListingError).reason.startsWith(reason)).toBe(true);
    }
  });

  it('reads a page that lists nothing, which AWS writes without Contents', async () => {
    expect(await read('{"KeyCount":0,"MaxKeys":1000,"Name":"b","Prefix":"AWSLogs/","IsTruncated":false}')).toEqual([]);
    expect(await read('{"Prefix":"Contents","Contents":[],"KeyCount":0}')).toEqual([]);
  });

  it('throws a ListingError for bytes that are not UTF-8', async () => {
    async function* bad(): AsyncGenerator<Uint8Array> {
      await Promise.resolve();
      yield new Uint8Array([0x7b, 0xff, 0x7d]);
    }
    await expect(async () => {
      for await (const page of readListObjectsV2(bad(), { label: 'x.json' })) expect(page).toBeUndefined();
    }).rejects.toThrow('x.json: is not UTF-8 text');
  });
});
