import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonProblem, parseSource } from '../../src/cli/parse-json.js';
import { MAX_JSON_TEXT_BYTES } from '../../src/json/read-json.js';
import type { Source } from '../../src/cli/read-inputs.js';

function source(text: string): Source {
  return { type: 'source', file: 'f.json', absolute: undefined, bytes: Buffer.from(text, 'utf8') };
}

function outcome(text: string): string {
  const parsed = parseSource(source(text));
  return 'type' in parsed ? `${String(parsed.position?.line)}:${String(parsed.position?.column)} ${parsed.message}` : 'ok';
}

describe('parseSource', () => {
  it.each([
    ['{"ImportId": "4b9e', '1:19 unexpected end of JSON (truncated?)'],
    ['{\n  "a": [1,\n  2\n\n', '3:4 unexpected end of JSON (truncated?)'],
    ['[1,', '1:4 unexpected end of JSON (truncated?)'],
    ['{"a": 1.', '1:9 unexpected end of JSON (truncated?)'],
    ['[1,]', '1:3 trailing comma (not allowed in JSON)'],
    ['{"a":1,\r\n}', '1:7 trailing comma (not allowed in JSON)'],
    ['{"a": "x\ny"}', '1:9 unterminated string (a line break must be escaped as \\n)'],
    ['{"a": 1.}', '1:7 invalid number (digits missing at its end)'],
    ['{"a": tr}', "1:7 unexpected 'tr'"],
    ['{"a":1}x', "1:8 unexpected 'x'"],
    ['/* x */ {}', '1:1 comments are not allowed in JSON'],
    ['{"a": "\\q"}', '1:7 invalid escape in the string'],
    ['{"a"\r\r 1}', "3:2 expected ':' after the property name"],
    ['{"a": 1}\u00a0', "1:9 unexpected '\u00a0'"],
  ])('reports %j at %s', (text, expected) => {
    expect(outcome(text)).toBe(expected);
  });

  it('keeps a __proto__ key as an own member of the value', () => {
    const parsed = parseSource(source('{"__proto__": {"polluted": true}}'));
    expect('value' in parsed && Object.keys(parsed.value as object)).toEqual(['__proto__']);
  });

  it('accepts exactly what JSON.parse accepts, with the same value', () => {
    const texts = fc.oneof(
      fc.json(),
      fc.json().map((text) => `\n ${text}\t\r\n`),
      fc.string({ unit: fc.constantFrom(...'{}[]":,-+.0123456789eEtruefalsn \n\\/*u'.split('')), maxLength: 12 }),
    );
    fc.assert(
      fc.property(texts, (text) => {
        let expected: unknown;
        try {
          expected = { value: JSON.parse(text) as unknown };
        } catch {
          expected = undefined;
        }
        const parsed = parseSource(source(text));
        const empty = /^[ \t\r\n]*$/.test(text);
        if (expected === undefined || empty) expect('type' in parsed).toBe(true);
        else expect('value' in parsed ? { value: parsed.value } : parsed).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('jsonProblem of a text longer than MAX_JSON_TEXT_BYTES', () => {
  it('names the file and the limit, without a position (nothing of it was decoded)', () => {
    expect(jsonProblem(source('{}'), '', { tooLarge: 600_000_000 })).toEqual({
      type: 'problem',
      file: 'f.json',
      absolute: undefined,
      message: `holds a JSON text of 600000000 bytes, more than one document may hold (MAX_JSON_TEXT_BYTES, ${String(MAX_JSON_TEXT_BYTES)} bytes: Node holds no longer string); it is not read (a file holding an array is read element by element, and JSON Lines line by line)`,
    });
  });
});
