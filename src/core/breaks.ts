/**
 * How to break a valid value so that one structural check reports it: the `break` of each check
 * `compileStructuralChecks` makes, one breaker per constraint kind, read off the model like the
 * check itself. A breaker gets the valid value found at the check's site and returns what to put
 * there instead, or `undefined` when that value cannot be broken that way; `breakAt` finds the
 * site in a valid input and copies the input along the path it replaces.
 */
import { isStructure } from '../contract/record.js';
import type { Choose } from './check.js';
import type { ShapeModel } from './model.js';
import type { PatternTest } from './pattern.js';
import { locator } from './sites.js';

/** What to put at a site instead of its valid `value`; `undefined`: it cannot be broken so. */
export type Breaker = (value: unknown, choose: Choose) => unknown;

type Input = Readonly<Record<string, unknown>>;

/** A copy of `root` with the value at the JSON Pointer `path` (made of `keys`) replaced by `value`. */
function replaced(root: unknown, keys: readonly string[], value: unknown): unknown {
  const [key, ...rest] = keys;
  if (key === undefined) return value;
  if (Array.isArray(root)) {
    const copy = [...(root as unknown[])];
    copy[Number(key)] = replaced(copy[Number(key)], rest, value);
    return copy;
  }
  const record = isStructure(root) ? root : {};
  return { ...record, [key]: replaced(record[key], rest, value) };
}

/**
 * The `break` of a check at `pattern`: one of the places `pattern` names in the valid input
 * (chosen), given to `breaker`. `undefined` when the input has no such place or it cannot be broken.
 */
export function breakAt(pattern: string, breaker: Breaker): (valid: Input, choose: Choose) => Input | undefined {
  const at = locator(pattern);
  return (valid, choose) => {
    const places: { value: unknown; path: string }[] = [];
    at(valid, places, (value, path, list) => { list.push({ value, path }); });
    if (places.length === 0) return undefined;
    const place = places[choose(places.length)] as (typeof places)[number];
    const broken = breaker(place.value, choose);
    if (broken === undefined) return undefined;
    return replaced(valid, place.path === '' ? [] : place.path.slice(1).split('/'), broken) as Input;
  };
}

/** One of `candidates` that is defined, chosen; `undefined` when none is. */
function oneOf(candidates: readonly unknown[], choose: Choose): unknown {
  const defined = candidates.filter((c) => c !== undefined);
  return defined.length === 0 ? undefined : defined[choose(defined.length)];
}

/**
 * A value of another type than `shape`'s, chosen among the slips callers make: a string as a number
 * or in a list, a number as a string, a boolean, a list where one value goes, one value where a list
 * goes. Never null, which the SDK drops (a member left out, not one of the wrong type). Timestamps
 * are the decoder's to report, and have no breaker.
 */
export function breakType(shape: ShapeModel): Breaker {
  return (value, choose) => {
    switch (shape.type) {
      case 'string':
      case 'enum':
        return oneOf([typeof value === 'string' ? value.length : 42, true, [value]], choose);
      case 'integer':
      case 'long':
        return oneOf([String(value), true, [value]], choose);
      case 'structure':
        return oneOf(['not-a-structure', 42, true, [value]], choose);
      case 'list':
        return oneOf([Array.isArray(value) && typeof value[0] === 'string' ? value[0] : 'not-a-list', 42, { item: value }], choose);
      case 'timestamp':
        return undefined;
    }
  };
}

/** The structure without one of its `required` members. */
export function breakRequired(required: readonly string[]): Breaker {
  return (value, choose) => {
    if (!isStructure(value) || required.length === 0) return undefined;
    const name = required[choose(required.length)] as string;
    return Object.fromEntries(Object.entries(value).filter(([key]) => key !== name));
  };
}

/** The structure with a member the model lacks: a member's name in lower camel case (the usual slip), or `Unknown`. */
export function breakUnknown(members: readonly string[]): Breaker {
  return (value, choose) => {
    if (!isStructure(value)) return undefined;
    const slips = members.map((m) => m.charAt(0).toLowerCase() + m.slice(1));
    const name = oneOf([...slips, 'Unknown'].filter((n) => !members.includes(n)), choose) as string;
    return { ...value, [name]: 'value' };
  };
}

/** The string's code points: Smithy counts a length in them (as `codePoints` counts). */
const points = (text: string): string[] => Array.from(text);

/** A string constraint: length bounds and pattern, each broken only when it reports under the check's code. */
export interface StringBreak {
  readonly minLength: number;
  readonly maxLength: number;
  /** The site's compiled pattern (`compilePattern`), the test its check runs. */
  readonly pattern: PatternTest | undefined;
  readonly breaksLength: boolean;
  readonly breaksPattern: boolean;
}

const FOREIGN = [' ', '!', '#', 'Z', 'g', '~', '\u00e9'];

/** Too short, too long, or one character the pattern refuses; the other constraint is kept when it reports under another code. */
export function breakString(c: StringBreak): Breaker {
  const keeps = (text: string): boolean => c.breaksPattern || c.pattern === undefined || c.pattern.test(text);
  const tooShort = (chars: string[]): string | undefined => (c.minLength > 0 ? chars.slice(0, c.minLength - 1).join('') : undefined);
  const tooLong = (chars: string[]): string | undefined =>
    Number.isFinite(c.maxLength) && chars.length > 0 ? chars.join('') + (chars.at(-1) as string).repeat(c.maxLength + 1 - chars.length) : undefined;
  const unmatched = (chars: string[], choose: Choose): string | undefined => {
    const { pattern } = c;
    if (pattern === undefined || chars.length === 0) return undefined;
    const at = choose(chars.length);
    return FOREIGN.map((ch) => [...chars.slice(0, at), ch, ...chars.slice(at + 1)].join('')).find((text) => !pattern.test(text));
  };
  return (value, choose) => {
    if (typeof value !== 'string') return undefined;
    const chars = points(value);
    const lengthBreaks = c.breaksLength ? [tooShort(chars), tooLong(chars)].filter((t) => t !== undefined && keeps(t)) : [];
    const patternBreak = c.breaksPattern ? unmatched(chars, choose) : undefined;
    const candidates = [...lengthBreaks, patternBreak].filter((t): t is string => t !== undefined);
    return oneOf(candidates, choose);
  };
}

/** One past either bound. */
export function breakRange(min: number, max: number): Breaker {
  return (_value, choose) => oneOf([Number.isFinite(min) ? min - 1 : undefined, Number.isFinite(max) ? max + 1 : undefined], choose);
}

/** A string the enum lacks: the value in lower case, with a letter more, or `UNKNOWN`. */
export function breakEnum(values: readonly string[]): Breaker {
  return (value, choose) => {
    const text = typeof value === 'string' ? value : '';
    return oneOf([text.toLowerCase(), `${text}S`, 'UNKNOWN'].filter((t) => !values.includes(t)), choose);
  };
}

/** Empty (when items are required), or one item more than allowed (repeating its items). */
export function breakSize(minItems: number, maxItems: number): Breaker {
  return (value, choose) => {
    if (!Array.isArray(value)) return undefined;
    const items = value as unknown[];
    const over = Number.isFinite(maxItems) && items.length > 0 ? Array.from({ length: maxItems + 1 }, (_, i) => items[i % items.length]) : undefined;
    return oneOf([minItems > 0 ? [] : undefined, over], choose);
  };
}
