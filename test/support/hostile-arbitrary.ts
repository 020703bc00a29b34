/**
 * One arbitrary of hostile values for every fuzz test (test/fuzz): throwing getters, throwing and
 * revoked Proxies, cycles, frozen values, sparse and huge arrays, `__proto__` and `constructor`
 * keys, NaN/Infinity/-0, huge strings — alone, or in place of a member of a plausible input.
 */
import fc from 'fast-check';
import { ANYTHING } from './fuzz-arbitraries.js';
import { revokedProxy, throwingGetters, throwingProxy, unprintable } from './hostile-values.js';

const TRAPS = ['get', 'has', 'ownKeys', 'getOwnPropertyDescriptor', 'getPrototypeOf'] as const;

/** A fresh object holding itself (and an array holding itself). */
function cyclic(): unknown {
  const object: Record<string, unknown> = { a: 1 };
  object['self'] = object;
  const array: unknown[] = [object];
  array.push(array);
  object['list'] = array;
  return object;
}

/** A frozen copy of `value` (a typed array, which cannot be frozen, as it is). */
function frozen(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || ArrayBuffer.isView(value)) return value;
  return Object.freeze(structuredClone(value));
}

/** An array with holes: `length` long, one item at `at`. */
function sparse(length: number, at: number): unknown[] {
  const array: unknown[] = [];
  array.length = length;
  array[Math.min(at, length - 1)] = 'x';
  return array;
}

/** Objects whose keys every object inherits, as JSON.parse makes them (an own `__proto__`). */
const pollutingJson = fc.constantFrom(
  '{"__proto__":{"polluted":true}}',
  '{"constructor":{"prototype":{"polluted":true}}}',
  '{"ImportId":"x","__proto__":{"polluted":true,"ImportId":"4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b"}}',
  '{"Destinations":[{"__proto__":{"polluted":true}}],"__proto__":[]}',
);

/**
 * A hostile value to make inside a property: fast-check itself reads the values it generates (to
 * clone and print them), and a revoked Proxy or a throwing getter would fail it, not the code tested.
 */
export interface Hostile {
  readonly make: () => unknown;
  readonly label: string;
}

function of(label: string, make: () => unknown): Hostile {
  return { make, label, toString: () => label } as Hostile;
}

const safe = (value: unknown, label: string): Hostile => of(label, () => value);

/** Single hostile values, each made fresh for every run (a Proxy or a cycle is not shared across runs). */
export const hostileLeaf: fc.Arbitrary<Hostile> = fc.oneof(
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, Number.MAX_VALUE, Number.MIN_VALUE, 2 ** 53, -1, 0, 1e21).map((n) => safe(n, Object.is(n, -0) ? '-0' : String(n))),
  fc.constantFrom(null, undefined, true, '', '\u0000', '\uFEFF', '\u202E', '\uD800', 'a\nb').map((v) => safe(v, v === undefined ? 'undefined' : JSON.stringify(v))),
  fc.constant(of('10n', () => 10n)),
  fc.constant(of('Symbol', () => Symbol('s'))),
  fc.integer({ min: 10_000, max: 200_000 }).map((n) => of(`'x' × ${String(n)}`, () => 'x'.repeat(n))),
  fc.constant(of('revoked Proxy', revokedProxy)),
  fc.tuple(fc.subarray([...TRAPS], { minLength: 1 }), fc.boolean()).map(([traps, array]) => of(`Proxy throwing on ${traps.join(',')}`, () => throwingProxy(array ? [] : {}, traps))),
  fc.anything(ANYTHING).map((like) => of('throwing getters', () => throwingGetters(typeof like === 'object' && like !== null ? like : { a: like }, new Error('getter refused')))),
  fc.constant(of('getter throwing an unprintable value', () => throwingGetters({ a: 1 }, unprintable().throwingToString))),
  fc.constant(of('null prototype', () => unprintable().nullPrototype)),
  fc.constant(of('cycle', cyclic)),
  fc.anything(ANYTHING).map((value) => of('frozen', () => frozen(value))),
  // Lengths up to 10,000: a Destinations of 1e6 or 2^32 - 1 holes exhausts memory today, which is issue 14 item 2
  // (cost linear in the length), owned by another change; its reproducers live there.
  fc.tuple(fc.constantFrom(1, 1_000, 10_000), fc.nat()).map(([length, at]) => of(`sparse array of ${String(length)}`, () => sparse(length, at))),
  pollutingJson.map((text) => of(text, (): unknown => JSON.parse(text))),
  fc.constant(of('Invalid Date', () => new Date(Number.NaN))),
  fc.constant(of('inherited members', () => Object.assign(Object.create({ inherited: 'x', ImportId: 'y' }) as object, { own: 1 }))),
);

/**
 * Any hostile value: a leaf, an object or array holding some (in place of members named in
 * `keys`, so checks deep inside are reached), or anything fast-check makes. `make()` it inside the property.
 */
export function hostileValue(keys: readonly string[] = []): fc.Arbitrary<Hostile> {
  const key = fc.oneof(fc.constantFrom(...keys, '__proto__', 'constructor', 'prototype', 'toString', 'S3'), fc.string({ maxLength: 8 }));
  const member = fc.oneof(hostileLeaf, fc.anything(ANYTHING).map((value) => safe(value, 'anything')));
  return fc.oneof(
    { weight: 3, arbitrary: hostileLeaf },
    {
      weight: 3,
      arbitrary: fc.array(fc.tuple(key, member), { maxLength: 4 }).map((entries) =>
        of(`{ ${entries.map(([k, v]) => `${k}: ${v.label}`).join(', ')} }`, () => {
          const object: Record<string, unknown> = {};
          // defineProperty: an own `__proto__` key, as JSON.parse makes one.
          for (const [k, v] of entries) Object.defineProperty(object, k, { value: v.make(), enumerable: true, writable: true, configurable: true });
          return object;
        }),
      ),
    },
    { weight: 1, arbitrary: fc.array(hostileLeaf, { maxLength: 3 }).map((items) => of(`[${items.map((i) => i.label).join(', ')}]`, () => items.map((i) => i.make()))) },
    { weight: 1, arbitrary: fc.anything(ANYTHING).map((value) => safe(value, 'anything')) },
  );
}

/** `base` (plain data) with its member `name` made hostile, inside the property. */
export function withHostileMember(base: Readonly<Record<string, unknown>>, name: string, member: Hostile): unknown {
  return { ...base, [name]: member.make() };
}

/** Whether Object.prototype has been polluted (a fuzz test checks it after each run). */
export function isPrototypePolluted(): boolean {
  return (({}) as Record<string, unknown>)['polluted'] !== undefined || Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted');
}

/** Whether a hostile value can be read as plain data: no Proxy, no throwing getter anywhere in it. */
export function isReadable(value: Hostile): boolean {
  return !/Proxy|getter/.test(value.label);
}
