import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readJsonDocuments, type JsonDocument } from '../../src/json/documents.js';
import { lineStarts } from '../../src/json/positions.js';
import { readJson } from '../../src/json/read-json.js';

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
