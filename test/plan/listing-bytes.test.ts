import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH } from '../../src/json/read-json.js';
import { ListingError, readListObjectsV2, type ListedObject } from '../../src/plan/index.js';
import { listingText, parsedItems } from './listings.js';
import { split } from './support.js';

async function items(source: AsyncIterable<string | Uint8Array>): Promise<ListedObject[]> {
  const out: ListedObject[] = [];
  for await (const page of readListObjectsV2(source, { label: 'l.json' })) out.push(...(page.Contents ?? []));
  return out;
}

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

// Multi-byte characters (2, 3 and 4 bytes), escapes, numbers, literals and nested values, each of which a cut may split.
const SMALL = `\uFEFF{"Contents": [{"Key": "é/€/😀.json.gz", "Size": 12345, "StorageClass": "GLACIER", "Owner": {"ID": "ü", "N": [1, -2.5e3, true, null]}},
  {"Key": "a\\"b\\\\c\\u00e9\\ud83d\\ude00\\n", "Size": null, "StorageClass": null, "X": []}, {"Key": "k", "StorageClass": "STANDARD"}], "Prefix": "ä", "KeyCount": 3}`;

describe('readListObjectsV2 (bytes)', () => {
  it('reads a listing cut at every byte as JSON.parse reads it whole', async () => {
    const bytes = encode(SMALL);
    const expected = parsedItems(SMALL.slice(1));
    expect(expected).toHaveLength(3);
    for (let cut = 0; cut <= bytes.length; cut += 1) expect(await items(split(bytes, [cut]))).toEqual(expected);
  });

  it('reads a listing cut into single bytes, and as text cut inside a surrogate pair', async () => {
    const bytes = encode(SMALL);
    const expected = parsedItems(SMALL.slice(1));
    expect(await items(split(bytes, Array.from({ length: bytes.length }, (_, i) => i)))).toEqual(expected);
    async function* text(): AsyncGenerator<string> {
      await Promise.resolve();
      for (let i = 0; i < SMALL.length; i += 1) yield SMALL[i] ?? '';
    }
    expect(await items(text())).toEqual(expected);
  });

  it('reads a source that reuses the memory of its chunks', async () => {
    const bytes = encode(SMALL);
    async function* reused(): AsyncGenerator<Uint8Array> {
      const chunk = new Uint8Array(5);
      for (let from = 0; from < bytes.length; from += chunk.length) {
        await Promise.resolve();
        const part = bytes.subarray(from, from + chunk.length);
        chunk.set(part);
        yield chunk.subarray(0, part.length);
      }
    }
    expect(await items(reused())).toEqual(parsedItems(SMALL.slice(1)));
  });

  it('fails a listing cut short at every byte with a ListingError, never another error', async () => {
    const bytes = encode(SMALL);
    for (let cut = 0; cut < bytes.length - 1; cut += 1) {
      await expect(items(split(bytes.subarray(0, cut), []))).rejects.toThrow(ListingError);
    }
  });

  it.each([
    ['{"Contents":[{"Key":"a","Owner":{"ID" "x"}}]}', "l.json: Contents item 0 is not valid JSON: expected ':'"],
    ['{"Contents":[{"Key":"a","N":[1,]}]}', "l.json: Contents item 0 is not valid JSON: unexpected ']}]}'"],
    ['{"Contents":[{"Key":"a","N":[1}]}', "l.json: Contents item 0 is not valid JSON: expected ',' or ']'"],
    ['{"Contents":[{"Key":"a","N":01}]}', "l.json: Contents item 0 is not valid JSON: expected ',' or '}'"],
    ['{"Contents":[{"Key":"a","N":tru}]}', "l.json: Contents item 0 is not valid JSON: unexpected 'tru}]}'"],
    ['{"Contents":[{"Key":"a","N":\u001b}]}', "l.json: Contents item 0 is not valid JSON: unexpected '\\u001b}]}'"],
    ['{"Contents":[{"Key":"a\\x"}]}', 'l.json: Contents item 0 is not valid JSON: '],
    ['{"Contents":[{"Key":"a","StorageClass":"S\u0001"}]}', 'l.json: Contents item 0 is not valid JSON: a string holds a control character'],
    ['{"Contents":[{"Key":"a","StorageClass":5}]}', 'l.json: Contents item 0: StorageClass must be a string'],
    ['{"Contents":[{"Key":"a","Size":1.5}]}', 'l.json: Contents item 0: Size must be a whole number of bytes'],
    ['{"Contents":[{"Key":"a","Size":12345678901234567890}]}', 'l.json: Contents item 0: Size must be a whole number of bytes'],
    ['{"Contents":[{"Key":"a"},]}', 'l.json: Contents item 1 must be an object'],
    ['{"Contents":[{"Key":"a"} {"Key":"b"}]}', "l.json: is not valid JSON: expected ',' or ']' after Contents item 0"],
    ['{"Contents":[,{"Key":"a"}]}', 'l.json: Contents item 0 must be an object'],
    ['{"Contents":[{"Key":"a"}],"Prefix":"\u0001"}', 'l.json: is not valid JSON: '],
    ['{"Contents":[{"Key":"a\nb"}]}', 'l.json: Contents item 0 is not valid JSON: a string holds a raw control character (U+000A; write it escaped) (at or after character 22)'],
    ['{"Contents":[{"Key":"a\u0000"}]}', 'l.json: Contents item 0 is not valid JSON: a string holds a raw control character (U+0000'],
    ['{"Contents":[{"Key":"a","ETag":"\\q"}]}', 'l.json: Contents item 0 is not valid JSON: a string has a bad escape'],
    ['{"Contents":[{"Key":"a","LastModified":"\\u12G4"}]}', 'l.json: Contents item 0 is not valid JSON: a string has a bad escape'],
    ['{"Contents":[{"Key":"a","Owner":{"ID\t":"x"}}]}', 'l.json: Contents item 0 is not valid JSON: a string holds a raw control character (U+0009'],
    ['{"Contents":[{"Key":"a","X":["\\u12"]}]}', 'l.json: Contents item 0 is not valid JSON: a string has a bad escape'],
  ])('throws a ListingError for %j', async (text, message) => {
    await expect(items(split(encode(text), []))).rejects.toThrow(ListingError);
    await expect(items(split(encode(text), []))).rejects.toThrow(message);
  });

  it('reads a listing nested MAX_JSON_DEPTH levels deep, and stops one level deeper, in an item or outside one', async () => {
    const nested = (levels: number): string => `${'['.repeat(levels)}${']'.repeat(levels)}`;
    const beyond = `nests arrays and objects deeper than ${String(MAX_JSON_DEPTH)} levels (MAX_JSON_DEPTH`;
    // Page, Contents and item are three levels; an array of pages one more.
    expect(await items(split(encode(`{"Contents":[{"Key":"a","Owner":${nested(MAX_JSON_DEPTH - 3)}}]}`), [40]))).toEqual([{ Key: 'a' }]);
    await expect(items(split(encode(`{"Contents":[{"Key":"a","Owner":${nested(MAX_JSON_DEPTH - 2)}}]}`), [40]))).rejects.toThrow(`l.json: Contents item 0 ${beyond}`);
    await expect(items(split(encode(`[{"Contents":[{"Key":"a","Owner":${nested(MAX_JSON_DEPTH - 3)}}]}]`), []))).rejects.toThrow(`l.json: Contents item 0 ${beyond}`);
    await expect(items(split(encode(`{"Contents":[{"Key":"a","Owner":${nested(100_000)}}]}`), []))).rejects.toThrow(ListingError);
    expect(await items(split(encode(`{"Contents":[],"Prefix":${nested(MAX_JSON_DEPTH - 1)}}`), []))).toEqual([]);
    await expect(items(split(encode(`{"Contents":[],"Prefix":${nested(MAX_JSON_DEPTH)}}`), []))).rejects.toThrow(`l.json: ${beyond}`);
  });

  it('counts the characters before an error as JavaScript does, not the bytes', async () => {
    const text = '{"Prefix":"é😀","Contents":[{"Key":"a",}]}';
    await expect(items(split(encode(text), [14]))).rejects.toThrow(`(at or after character ${String(text.indexOf(',}') + 1)})`);
  });

  it('places bytes that are not UTF-8 at their own character, however the chunks fall (a Latin-1 é on line 1002 was placed at 1:1)', async () => {
    const head = encode(`{"Prefix":"é😀","Contents":[${'{"Key":"a"},\n'.repeat(1000)}{"Key":"caf`);
    const bytes = new Uint8Array([...head, 0xe9, ...encode('"}]}')]);
    const at = new TextDecoder().decode(head).length;
    for (const cuts of [[], [8192], [head.length - 1], [head.length], [head.length + 1], [13, 4000, head.length + 2]]) {
      await expect(items(split(bytes, cuts))).rejects.toThrow(`l.json: is not UTF-8 text (at or after character ${String(at)})`);
    }
  });

  it('throws a ListingError for bytes that end inside a character', async () => {
    const bytes = encode('{"Contents":[{"Key":"é');
    await expect(items(split(bytes.subarray(0, bytes.length - 1), []))).rejects.toThrow('l.json: is not UTF-8 text: it ends inside a character');
  });
});

describe('readListObjectsV2 (properties)', () => {
  test.prop([listingText, fc.array(fc.nat(), { maxLength: 8 })])('reads what JSON.parse reads, cut anywhere', async (text, cuts) => {
    const bytes = encode(text);
    const expected = parsedItems(text);
    expect(await items(split(bytes, cuts.map((cut) => cut % (bytes.length + 1))))).toEqual(expected);
  });

  // No backslash is written, and no backslash or character after one is changed: that changes where strings end.
  test.prop([listingText, fc.nat(), fc.constantFrom('{', '}', '[', ']', ':', ',', '"', '0', '-', '.', 'e', 'E', ' ', 't', 'f', 'n', 'x', '\n', '\t', '\u0001'), fc.array(fc.nat(), { maxLength: 4 })])(
    'throws a ListingError, and nothing else, for every change JSON.parse rejects',
    async (text, at, character, cuts) => {
      const position = at % text.length;
      fc.pre(text[position] !== '\\' && text[position - 1] !== '\\');
      const changed = text.slice(0, position) + character + text.slice(position + 1);
      // Valid when the text is one JSON value, or pages that each are one: a newline before a `{`
      // nested inside a value splits nothing (seed 1844779466 made one in a Contents array).
      const parses = (piece: string): boolean => {
        try {
          JSON.parse(piece);
          return true;
        } catch {
          return false;
        }
      };
      // A page ends at a newline before a `{` only where the text so far is a whole value.
      let page = '';
      for (const piece of changed.split(/\n(?=\{)/)) {
        page = page === '' ? piece : `${page}\n${piece}`;
        if (parses(page)) page = '';
      }
      const valid = parses(changed) || page === '';
      const bytes = encode(changed);
      const reading = items(split(bytes, cuts.map((cut) => cut % (bytes.length + 1))));
      if (valid) {
        await reading.catch((error: unknown) => {
          expect(error).toBeInstanceOf(ListingError);
        });
      }
      else await expect(reading).rejects.toThrow(ListingError);
    },
  );
});
