/**
 * Values of an operation's input or output built from its generated model (wire shape), for the
 * engine's property tests: valid by construction, and each single structural break of one.
 * Patterns of the model are `^[CLASS]+$` or `.*`; any other one makes `validOf` throw.
 */
import fc from 'fast-check';
import type { ShapeModel } from '../../src/core/model.js';
import { CLOUDTRAIL_MODEL } from '../../src/generated/cloudtrail-model.js';
import { SHAPE_CODES } from '../../src/operations/codes.js';
import type { ViolationCode } from '../../src/index.js';

const SHAPES: Readonly<Record<string, ShapeModel>> = CLOUDTRAIL_MODEL.shapes;

export function shapeOf(name: string): ShapeModel {
  const shape = SHAPES[name];
  if (shape === undefined) throw new Error(`no shape ${name}`);
  return shape;
}

/** The characters of a `^[CLASS]+$` pattern (ranges expanded, `\-` a hyphen); `undefined` for `.*`. */
export function classOf(pattern: string): string[] | undefined {
  if (pattern === '.*') return undefined;
  const body = /^\^\[(.+)\]\+\$$/.exec(pattern)?.[1];
  if (body === undefined) throw new Error(`unsupported pattern ${pattern}`);
  const chars: string[] = [];
  for (let i = 0; i < body.length; i += 1) {
    const c = body[i] === '\\' ? (body[++i] as string) : (body[i] as string);
    if (body[i + 1] === '-' && i + 2 < body.length) {
      const end = body[i + 2] as string;
      for (let code = c.charCodeAt(0); code <= end.charCodeAt(0); code += 1) chars.push(String.fromCharCode(code));
      i += 2;
    } else chars.push(c);
  }
  return chars;
}

const EVENT_DATA_STORE = fc
  .tuple(fc.stringMatching(/^\d{12}$/), fc.uuid(), fc.boolean())
  .map(([account, id, arn]) => (arn ? `arn:aws:cloudtrail:us-east-1:${account}:eventdatastore/${id}` : id));

function text(chars: readonly string[] | undefined, minLength: number, maxLength: number): fc.Arbitrary<string> {
  const unit = chars === undefined ? ('binary' as const) : fc.constantFrom(...chars);
  return fc.string({ unit, minLength, maxLength });
}

/** A valid value of shape `name`, with the documented checks' member (an event data store) valid too. */
export function validOf(name: string, depth = 0): fc.Arbitrary<unknown> {
  // Destinations name an event data store: any string of the pattern is not one.
  if (name === 'EventDataStoreArn') return EVENT_DATA_STORE;
  const shape = shapeOf(name);
  switch (shape.type) {
    case 'structure':
      return fc.record(Object.fromEntries(Object.entries(shape.members).map(([member, target]) => [member, validOf(target, depth + 1)])), {
        requiredKeys: [...shape.required],
      });
    case 'string':
      return text(shape.pattern === undefined ? undefined : classOf(shape.pattern), shape.minLength ?? 0, Math.min(shape.maxLength ?? 40, 40 + (shape.minLength ?? 0)));
    case 'integer':
    case 'long':
      return fc.integer({ min: shape.min ?? -(2 ** 31), max: shape.max ?? 2 ** 31 - 1 });
    case 'enum':
      return fc.constantFrom(...shape.values);
    case 'list':
      return fc.array(validOf(shape.member, depth + 1), { minLength: shape.minItems ?? 0, maxLength: Math.min(shape.maxItems ?? 3, 3) });
    case 'timestamp':
      return fc.integer({ min: 0, max: 4_000_000_000 });
  }
}

/** A value of the wrong type for `shape`. */
function wrongType(shape: ShapeModel): fc.Arbitrary<unknown> {
  const others: Record<string, unknown> = { string: 42, number: 'x', object: ['x'], array: { x: 1 } };
  const kind = shape.type === 'structure' ? 'object' : shape.type === 'list' ? 'array' : shape.type === 'integer' || shape.type === 'long' || shape.type === 'timestamp' ? 'number' : 'string';
  return fc.constantFrom(others[kind], true, kind === 'number' ? 1.5 : null).filter((v) => v !== null);
}

/** A single structural break: the value and the one model code it earns. */
export interface Break {
  readonly value: Readonly<Record<string, unknown>>;
  readonly code: ViolationCode;
}

/** Breaks of one top-level member of a valid structure `root` (the value of that member replaced or removed). */
export function breakOf(rootName: string, subject: 'request' | 'response'): fc.Arbitrary<Break> {
  const root = shapeOf(rootName);
  if (root.type !== 'structure') throw new Error(`${rootName} is no structure`);
  const breaks: fc.Arbitrary<Break>[] = [
    fc.tuple(validOf(rootName), fc.constantFrom('Unknown', 'importId', 'Limit')).map(([v, key]) => ({ value: { ...(v as object), [key]: 1 }, code: 'unknown-member' })),
  ];
  for (const [member, target] of Object.entries(root.members)) {
    const shape = shapeOf(target);
    const codes = SHAPE_CODES[target] ?? {};
    const at = (arbitrary: fc.Arbitrary<unknown>, code: ViolationCode): fc.Arbitrary<Break> =>
      fc.tuple(validOf(rootName), arbitrary).map(([v, bad]) => ({ value: { ...(v as object), [member]: bad }, code }));
    if (shape.type !== 'timestamp') breaks.push(at(wrongType(shape), 'type-mismatch'));
    if (root.required.includes(member)) {
      breaks.push(validOf(rootName).map((v) => ({ value: Object.fromEntries(Object.entries(v as object).filter(([key]) => key !== member)), code: codes.required ?? 'required-member-missing' })));
    }
    if (shape.type === 'string') {
      const chars = shape.pattern === undefined ? undefined : classOf(shape.pattern);
      const { minLength = 0, maxLength } = shape;
      // `^[CLASS]+$` needs one character: a shorter string breaks the pattern too.
      const shortest = chars === undefined ? 0 : 1;
      if (codes.length !== undefined && minLength > shortest) breaks.push(at(text(chars ?? ['a'], shortest, minLength - 1), codes.length));
      if (codes.length !== undefined && maxLength !== undefined) breaks.push(at(text(chars ?? ['a'], maxLength + 1, maxLength + 5), codes.length));
      if (codes.pattern !== undefined && chars !== undefined) {
        const outside = fc.constantFrom(' ', 'Z', '#', 'é').filter((c) => !chars.includes(c));
        breaks.push(at(fc.tuple(text(chars, Math.max(minLength - 1, 0), Math.max(minLength - 1, 0)), outside).map(([t, c]) => `${c}${t}`), codes.pattern));
      }
    }
    if ((shape.type === 'integer' || shape.type === 'long') && codes.range !== undefined) {
      if (shape.min !== undefined) breaks.push(at(fc.integer({ min: shape.min - 1000, max: shape.min - 1 }), codes.range));
      if (shape.max !== undefined) breaks.push(at(fc.integer({ min: shape.max + 1, max: shape.max + 1000 }), codes.range));
    }
    if (shape.type === 'enum') {
      const code = typeof codes.enum === 'object' ? codes.enum[subject] : codes.enum;
      if (code !== undefined) breaks.push(at(fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !shape.values.includes(s)), code));
    }
    if (shape.type === 'list' && codes.size !== undefined && shape.maxItems !== undefined) {
      breaks.push(at(fc.array(validOf(shape.member), { minLength: shape.maxItems + 1, maxLength: shape.maxItems + 3 }), codes.size));
    }
  }
  return fc.oneof(...breaks);
}
