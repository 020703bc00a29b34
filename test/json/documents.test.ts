import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readJsonDocuments, readJsonLines, type JsonDocument, type UnreadLine } from '../../src/json/documents.js';
import { lineStarts } from '../../src/json/positions.js';
import { MAX_JSON_TEXT_BYTES, readJson } from '../../src/json/read-json.js';

function read(text: string, limit = 512): { outcome: ReturnType<typeof readJsonDocuments>; documents: JsonDocument[] } {
  const documents: JsonDocument[] = [];
  const outcome = readJsonDocuments(Buffer.from(text, 'utf8'), limit, (document) => documents.push(document));
  return { outcome, documents };
}

/** JSON texts and near misses: values (pretty, compact, with any line breaks and non-ASCII strings), arrays of them, token soup. */
const texts = fc.oneof(
  fc
    .tuple(fc.jsonValue({ maxDepth: 4, stringUnit: fc.constantFrom('a', 'é', '😀', '\u2028', '"', '\\', '[', ',') }), fc.constantFrom(undefined, 2), fc.constantFrom('\n', '\r\n', '\r'))
    .map(([value, indent, lineBreak]) => JSON.stringify(value, null, indent).replaceAll('\n', lineBreak)),
  fc.array(fc.json(), { maxLength: 5 }).map((items) => ` [${items.join(' ,\n')}]\t`),
  fc.string({ unit: fc.constantFrom(...'[]{}",:1 \n\\é'.split(''), '[1,', '"a"', 'null', '[]', '{}'), maxLength: 16 }),
);

describe('readJsonDocuments', () => {
  it('hands over what JSON.parse reads, element by element for an array, and refuses what it refuses as readJson does', () => {
    fc.assert(
      fc.property(texts, fc.constantFrom(512, 3), (text, limit) => {
        const { outcome, documents } = read(text, limit);
        const whole = readJson(text, limit);
        if (!('value' in whole)) {
          expect(outcome).toEqual({ failed: whole, text });
          return;
        }
        const { value } = whole;
        const expected = Array.isArray(value) ? (value as unknown[]).map((item, index) => ({ index, value: item })) : [{ index: undefined, value }];
        expect(outcome).toEqual({ count: expected.length, array: Array.isArray(value) });
        expect(documents.map(({ index, value: item }) => ({ index, value: item }))).toEqual(expected);
        const starts = lineStarts(text);
        for (const document of documents) {
          // Its text is where its line and column say, and holds its value alone.
          const offset = (starts[document.line - 1] ?? Number.NaN) + document.column - 1;
          expect(text.startsWith(document.text, offset)).toBe(true);
          expect(JSON.parse(document.text)).toEqual(document.value);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('reads an empty array as no documents, and an element that does not parse as the whole text does (the elements before it already handed over)', () => {
    expect(read(' [ \n ] ')).toEqual({ outcome: { count: 0, array: true }, documents: [] });
    const broken = read('[1,\n 2,\n tru]');
    expect(broken.documents.map((document) => document.value)).toEqual([1, 2]);
    expect(broken.outcome).toEqual({ failed: readJson('[1,\n 2,\n tru]', 512), text: '[1,\n 2,\n tru]' });
  });

  it.each(['[1] 5 [2]', '[1] [2]', '[1}', '{"a":1} [2]', '[1] x', 'x [1]', '[1,]', '[,1]'])('refuses %j, whose pieces between its outline\'s boundaries may each parse', (text) => {
    expect(read(text).outcome).toEqual({ failed: readJson(text, 512), text });
    expect('value' in readJson(text, 512)).toBe(false);
  });

  it('counts columns in UTF-16 code units after non-ASCII text on the same line', () => {
    const { documents } = read('["😀é", {"a": 1}]');
    expect(documents.map(({ line, column }) => [line, column])).toEqual([
      [1, 2],
      [1, 8],
    ]);
  });
});

function readLines(text: string, limit = 512): { count: number; documents: JsonDocument[]; unread: UnreadLine[] } {
  const documents: JsonDocument[] = [];
  const unread: UnreadLine[] = [];
  const { count } = readJsonLines(Buffer.from(text, 'utf8'), limit, (document) => documents.push(document), (line) => unread.push(line));
  return { count, documents, unread };
}

/** A line of JSON Lines: a compact JSON text (any value, non-ASCII and escaped line breaks included), a blank line, or one that is not JSON. */
const jsonLine = fc.oneof(
  { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 3, stringUnit: fc.constantFrom('a', 'é', '😀', '\n', '\u2028', '"') }).map((value) => ({ kind: 'value' as const, text: JSON.stringify(value) })) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\t  ').map((text) => ({ kind: 'blank' as const, text })) },
  { weight: 1, arbitrary: fc.constantFrom('{"a": }', '[1', 'tru', "{'a': 1}", '{} {}', '1 2', '"cut').map((text) => ({ kind: 'bad' as const, text })) },
);

describe('readJsonLines', () => {
  it('hands over each line that is not blank as one document, in order and indexed, and each that is not JSON as unread, reading the lines after it', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(jsonLine, fc.boolean(), fc.constantFrom('', ' ')), { minLength: 1, maxLength: 12 }), fc.constantFrom('\n', '\r\n'), fc.boolean(), (items, lineBreak, finalBreak) => {
        const text = items.map(([line, , pad]) => `${pad}${line.text}${pad}`).join(lineBreak) + (finalBreak ? lineBreak : '');
        const { count, documents, unread } = readLines(text);
        let index = 0;
        const expectedDocuments: { index: number; line: number; value: unknown }[] = [];
        const expectedUnread: { index: number; line: number }[] = [];
        items.forEach(([line], i) => {
          if (line.kind === 'blank') return;
          if (line.kind === 'value') expectedDocuments.push({ index, line: i + 1, value: JSON.parse(line.text) as unknown });
          else expectedUnread.push({ index, line: i + 1 });
          index += 1;
        });
        expect(count).toBe(index);
        expect(documents.map(({ index: at, line, value }) => ({ index: at, line, value }))).toEqual(expectedDocuments);
        expect(unread.map(({ index: at, line }) => ({ index: at, line }))).toEqual(expectedUnread);
        for (const document of documents) {
          // The document's text is its whole line (without the line break), starting at column 1.
          expect(document.column).toBe(1);
          expect(text.split(lineBreak)[document.line - 1]).toBe(document.text);
        }
        for (const line of unread) expect(line.failed).toEqual(readJson(line.text, 512));
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses a line nested deeper than the limit as unread, and reads the next', () => {
    const { documents, unread } = readLines('[[[1]]]\n[1]\n');
    expect(readLines('[[[1]]]\n[1]\n', 2)).toEqual({
      count: 2,
      documents: [{ index: 1, value: [1], text: '[1]', line: 2, column: 1 }],
      unread: [{ index: 0, line: 1, text: '[[[1]]]', failed: { beyond: 2 } }],
    });
    expect(documents).toHaveLength(2);
    expect(unread).toEqual([]);
  });

  it('reads a file of only blank lines as no documents', () => {
    expect(readLines('\n  \r\n\t\n')).toEqual({ count: 0, documents: [], unread: [] });
  });
});

describe('a JSON text longer than the longest string Node holds (MAX_JSON_TEXT_BYTES)', () => {
  const each = (): void => undefined;
  const bytes = (text: string): Buffer => Buffer.from(text, 'utf8');

  it('is the longest string Node holds, so that every shorter text decodes', async () => {
    const { constants } = await import('node:buffer');
    expect(MAX_JSON_TEXT_BYTES).toBe(constants.MAX_STRING_LENGTH);
  });

  it("is not decoded: a file's one value, or one element of an array, is refused by its size, and the elements before it were handed over", () => {
    expect(readJsonDocuments(bytes('{"ImportId":"0123456789"}'), 512, each, 16)).toEqual({ failed: { tooLarge: 25 }, text: '' });
    const seen: unknown[] = [];
    expect(readJsonDocuments(bytes('[1, "0123456789abcdefghij", 3]'), 512, (document) => seen.push(document.value), 16)).toEqual({ failed: { tooLarge: 23 }, text: '' });
    expect(seen).toEqual([1]);
    // An array of short elements may be larger than the limit: it is read element by element.
    expect(readJsonDocuments(bytes(`[${'1,'.repeat(20)}1]`), 512, each, 16)).toEqual({ count: 21, array: true });
  });

  it('fails a file too large to decode whole without placing its syntax error, and one nested too deep by its size', () => {
    expect(readJsonDocuments(bytes(`[${'1,'.repeat(20)}x]`), 512, each, 16)).toEqual({ failed: { refused: 'its element 20 is not a JSON text (the file is too large to place the error in)' }, text: '' });
    expect(readJsonDocuments(bytes(`${'['.repeat(20)}${']'.repeat(20)}`), 4, each, 16)).toEqual({ failed: { tooLarge: 40 }, text: '' });
  });

  it('refuses one line of JSON Lines, and reads the lines around it', () => {
    const documents: unknown[] = [];
    const unread: UnreadLine[] = [];
    const { count } = readJsonLines(bytes('{"a":1}\n{"a":"0123456789abcdef"}\n{"a":3}\n'), 512, (document) => documents.push(document.value), (line) => unread.push(line), 16);
    expect(count).toBe(3);
    expect(documents).toEqual([{ a: 1 }, { a: 3 }]);
    expect(unread).toEqual([{ index: 1, line: 2, text: '', failed: { tooLarge: 24 } }]);
  });
});
