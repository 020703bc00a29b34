/**
 * compilePattern: a model's pattern tested as its regular expression (`u` flag) matches, whether by
 * the expression itself or, for a pattern of one ASCII class repeated, by a table of the class.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePattern } from '../../src/core/pattern.js';
import { CLOUDTRAIL_MODEL } from '../../src/generated/cloudtrail-model.js';
import { LOGS_MODEL } from '../../src/generated/logs-model.js';

/** Every pattern of both models. */
const MODEL_PATTERNS: readonly string[] = [
  ...new Set(
    [CLOUDTRAIL_MODEL, LOGS_MODEL].flatMap((model) => Object.values(model.shapes as Readonly<Record<string, { readonly pattern?: unknown }>>).flatMap((shape) => (typeof shape.pattern === 'string' ? [shape.pattern] : []))),
  ),
];

/** Patterns of one ASCII class, and patterns the table must leave to the expression. */
const TABLED = ['^[a-f0-9\\-]+$', '^(?:[\\-a-zA-Z0-9]+)$', '^[a-zA-Z0-9._/\\-:]+$', '^[a-z]*$', '^(?:[ -~]*)$', '^[\\]\\[]+$', '^[.^$]+$'];
const NOT_TABLED = ['.*', '^[^a-z]+$', '^[\\w]+$', '^[\\s]+$', '^[\\d-]+$', '^[a-z]+|[0-9]+$', '^[a-z]+[0-9]+$', '^[a-z]{1,3}$', '[a-z]+'];

/** Texts near a pattern's class: its own characters, ASCII, and characters past it (accents, astral, lone surrogates). */
const text = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...'abcfgzAZ09-_./:]^[$ \\~\t\n'.split('')),
    fc.integer({ min: 0, max: 127 }).map((code) => String.fromCharCode(code)),
    fc.constantFrom('é', 'ａ', '０', '😀', '\ud800', '\udfff', '\u0100', '\u212a', '\u017f'),
  ),
  maxLength: 40,
});

describe('compilePattern', () => {
  it.each([...MODEL_PATTERNS, ...TABLED, ...NOT_TABLED])('matches as new RegExp(%j, "u") does, for any text', (pattern) => {
    const expected = new RegExp(pattern, 'u');
    const compiled = compilePattern(pattern);
    fc.assert(
      fc.property(text, (value) => {
        expect(compiled.test(value)).toBe(expected.test(value));
      }),
      { numRuns: 400 },
    );
    expect(compiled.test('')).toBe(expected.test(''));
  });

  it('tests every model pattern of one ASCII class by table, whose texts are ASCII', () => {
    const oneClass = MODEL_PATTERNS.filter((pattern) => pattern !== '.*');
    expect(oneClass.length).toBeGreaterThanOrEqual(3);
    for (const pattern of [...oneClass, ...TABLED]) expect({ pattern, asciiOnly: compilePattern(pattern).asciiOnly }).toEqual({ pattern, asciiOnly: true });
  });

  it('leaves any other pattern to its regular expression', () => {
    for (const pattern of NOT_TABLED) expect({ pattern, asciiOnly: compilePattern(pattern).asciiOnly }).toEqual({ pattern, asciiOnly: false });
  });

  it('throws for a pattern that is no regular expression, as the expression would', () => {
    expect(() => compilePattern('^[a-z+$')).toThrow(SyntaxError);
    expect(() => compilePattern('^[\\:]+$')).toThrow(SyntaxError);
    // A group opened and not closed, or closed and not opened, is no pattern of one class either.
    expect(() => compilePattern('^(?:[a-z]+$')).toThrow(SyntaxError);
    expect(() => compilePattern('^[a-z]+)$')).toThrow(SyntaxError);
  });
});
