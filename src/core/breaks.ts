/**
 * How to break a valid value to earn one structural check (`Check.break`): a copy of a decoded
 * valid input with one top-level member changed, added or removed. Deeper sites are not broken
 * here (their check's `break` is absent).
 */
import type { Choose } from './check.js';
import type { ShapeModel } from './model.js';
import type { Site } from './sites.js';
import type { Decoded } from './structural.js';

/** The kinds of structural check. */
export type StructuralKind = 'unknown' | 'required' | 'type' | 'length' | 'pattern' | 'range' | 'enum' | 'size';

export type Breaker = (valid: Decoded, choose: Choose) => Decoded | undefined;

const WRONG_TYPE: Readonly<Record<ShapeModel['type'], readonly unknown[]>> = {
  structure: [['x'], 'x', 1],
  list: [{ x: 1 }, 'x', 1],
  string: [42, true, ['x']],
  enum: [42, true, ['x']],
  integer: ['1', true, 1.5],
  long: ['1', true, 1.5],
  timestamp: [],
};

const OFF_PATTERN = [' ', '#', 'é', 'Z', '~'];

/** The first code point of a non-empty text (Smithy counts lengths in code points). */
function firstCodePoint(text: string): string {
  return String.fromCodePoint(text.codePointAt(0) ?? 0x61);
}

function withMember(valid: Decoded, member: string, value: unknown): Decoded {
  return { ...valid, [member]: value };
}

/** The breaker of a check of `kind` at `site`; `undefined` where this module breaks nothing. */
export function breakerOf(kind: StructuralKind, site: Site, regex?: RegExp): Breaker | undefined {
  const { shape, member } = site;
  if (kind === 'unknown' && site.pattern === '' && shape.type === 'structure') {
    const names = ['Unknown', 'Extra', 'Limit'].filter((name) => !(name in shape.members));
    return (valid, choose) => withMember(valid, names[choose(names.length)] ?? 'Unknown', 1);
  }
  if (kind === 'required' && site.pattern === '' && shape.type === 'structure' && shape.required.length > 0) {
    return (valid, choose) => {
      const name = shape.required[choose(shape.required.length)];
      return Object.fromEntries(Object.entries(valid).filter(([key]) => key !== name));
    };
  }
  // Only top-level members from here on.
  if (member === undefined || site.pattern !== `/${member}`) return undefined;
  const current = (valid: Decoded): unknown => valid[member];
  switch (kind) {
    case 'type': {
      const wrong = WRONG_TYPE[shape.type];
      return wrong.length === 0 ? undefined : (valid, choose) => withMember(valid, member, wrong[choose(wrong.length)]);
    }
    case 'length':
      if (shape.type !== 'string') return undefined;
      return (valid, choose) => {
        const text = current(valid);
        // Repeating one of the value's own characters keeps it on the pattern.
        const unit = typeof text === 'string' && text !== '' ? firstCodePoint(text) : regex === undefined || regex.test('a') ? 'a' : undefined;
        if (unit === undefined) return undefined;
        const options = [shape.maxLength === undefined ? undefined : shape.maxLength + 1, shape.minLength !== undefined && shape.minLength > 1 ? shape.minLength - 1 : undefined].filter((n) => n !== undefined);
        if (options.length === 0) return undefined;
        return withMember(valid, member, unit.repeat(options[choose(options.length)] as number));
      };
    case 'pattern':
      if (regex === undefined) return undefined;
      return (valid) => {
        const text = current(valid);
        if (typeof text !== 'string' || text === '') return undefined;
        const rest = text.slice(firstCodePoint(text).length);
        const broken = OFF_PATTERN.map((c) => `${c}${rest}`).find((candidate) => !regex.test(candidate));
        return broken === undefined ? undefined : withMember(valid, member, broken);
      };
    case 'range':
      if (shape.type !== 'integer' && shape.type !== 'long') return undefined;
      return (valid, choose) => {
        const options = [shape.min === undefined ? undefined : shape.min - 1, shape.max === undefined ? undefined : shape.max + 1].filter((n) => n !== undefined);
        return options.length === 0 ? undefined : withMember(valid, member, options[choose(options.length)]);
      };
    case 'enum':
      return shape.type === 'enum' ? (valid) => withMember(valid, member, `NOT_${shape.values.join('_')}`) : undefined;
    case 'size':
      if (shape.type !== 'list' || shape.maxItems === undefined) return undefined;
      return (valid) => {
        const list = current(valid);
        const maxItems = shape.maxItems as number;
        return Array.isArray(list) && list.length > 0 ? withMember(valid, member, Array.from({ length: maxItems + 1 }, () => list[0] as unknown)) : undefined;
      };
    default:
      return undefined;
  }
}
