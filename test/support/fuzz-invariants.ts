/**
 * What every validator result must satisfy whatever the input, and the means to prove an input
 * was not changed: a structural snapshot, a deep freeze, and a Proxy that records writes.
 */
import { ruleCatalogue, type Subject } from '../../src/index.js';

/** The subjects of the value validators (the wire checks read HTTP requests, not values). */
export type ValueSubject = Exclude<Subject, 'wire'>;

const KINDS: Readonly<Record<ValueSubject, readonly string[]>> = {
  request: ['new', 'retry', 'ambiguous', 'empty'],
  response: ['response'],
  error: ['error'],
};
const VIOLATION_KEYS = new Set(['code', 'severity', 'path', 'message', 'basis', 'exception']);
const LINE_BREAK = /[\n\r\u2028\u2029]/;
/** `~` not starting `~0` or `~1`: not allowed in a JSON Pointer. */
const BAD_TILDE = /~(?![01])/;

/** A JSON Pointer: '' or `/`-separated tokens in which `~` only starts `~0` or `~1` (checked linearly: paths may be 10 MB). */
function isJsonPointer(path: unknown): boolean {
  return typeof path === 'string' && (path === '' || (path.startsWith('/') && !BAD_TILDE.test(path)));
}
/** The message of the fallback violation for a value whose reading threw (src/validate/run.ts). */
export const UNREADABLE = 'must be readable plain data';

export interface InvariantOptions {
  /** The input is plain data (no getters, no Proxies): reading it must never throw. */
  readonly plainData?: boolean;
}

/** Every way `result` breaks the contract of a validator's result; none when it keeps it. */
export function resultProblems(result: unknown, subject: ValueSubject, options: InvariantOptions = {}): string[] {
  if (typeof result !== 'object' || result === null) return [`the result is not an object: ${String(result)}`];
  const { valid, kind, violations } = result as Record<string, unknown>;
  const problems: string[] = [];
  if (typeof valid !== 'boolean') problems.push(`valid is not a boolean: ${String(valid)}`);
  if (typeof kind !== 'string' || !KINDS[subject].includes(kind)) problems.push(`kind is not one of ${KINDS[subject].join(', ')}: ${String(kind)}`);
  if (!Array.isArray(violations)) return [...problems, 'violations is not an array'];
  violations.forEach((found: unknown, index) => {
    problems.push(...violationProblems(found, subject, options).map((problem) => `violations[${index}] ${problem}: ${JSON.stringify(found)}`));
  });
  const hasError = violations.some((found: unknown) => (found as { severity?: unknown }).severity === 'error');
  if (valid !== !hasError) problems.push(`valid is ${String(valid)} but ${hasError ? 'an' : 'no'} error violation is reported`);
  return problems;
}

function violationProblems(found: unknown, subject: ValueSubject, options: InvariantOptions): string[] {
  if (typeof found !== 'object' || found === null) return ['is not an object'];
  const { code, severity, path, message, basis, exception } = found as Record<string, unknown>;
  const problems: string[] = [];
  const entry = ruleCatalogue.find((candidate) => candidate.code === code);
  if (entry === undefined) problems.push('has a code that is not in ruleCatalogue');
  else {
    if (!entry.subjects.includes(subject)) problems.push(`has a code the catalogue does not report for a ${subject}`);
    if (severity !== entry.severity) problems.push(`has severity ${String(severity)}, the catalogue says ${entry.severity}`);
    if (basis !== entry.basis) problems.push(`has basis ${String(basis)}, the catalogue says ${entry.basis}`);
    if (exception !== entry.exception) problems.push(`has exception ${String(exception)}, the catalogue says ${String(entry.exception)}`);
  }
  if (!isJsonPointer(path)) problems.push('has a path that is not a JSON Pointer');
  if (typeof message !== 'string' || message.trim() === '') problems.push('has no message');
  else {
    if (LINE_BREAK.test(message)) problems.push('has a message of more than one line');
    if (options.plainData === true && message.startsWith(UNREADABLE)) problems.push('reports plain data as unreadable (the validator threw internally)');
  }
  const extra = Object.keys(found).filter((key) => !VIOLATION_KEYS.has(key));
  if (extra.length > 0) problems.push(`has keys beyond the Violation type: ${extra.join(', ')}`);
  return problems;
}

const KNOWN_PROTOTYPES = new Map<unknown, string>(
  [Object, Array, Date, Map, Set, String, Number, Boolean, BigInt, Symbol, Error, Function, ArrayBuffer, Int8Array, Uint8Array,
    Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array, BigInt64Array, BigUint64Array]
    .map((constructor) => [constructor.prototype, constructor.name]),
);
/** Long strings are summarised: strings are immutable, only a replacement can change them. */
const STRING_PREVIEW = 200;

function primitive(value: unknown, symbols: Map<symbol, number>): string {
  switch (typeof value) {
    case 'string':
      return value.length <= STRING_PREVIEW ? JSON.stringify(value) : `string(${value.length}:${JSON.stringify(value.slice(0, 50))}…${JSON.stringify(value.slice(-50))})`;
    case 'number':
      return Object.is(value, -0) ? '-0' : String(value);
    case 'bigint':
      return `${String(value)}n`;
    case 'symbol': {
      const id = symbols.get(value) ?? symbols.size;
      symbols.set(value, id);
      return `symbol#${id}(${String(value.description)})`;
    }
    default:
      return String(value);
  }
}

/**
 * A structural description of `root` and every object reachable from it, in a stable order:
 * prototypes, extensibility, own property descriptors (getters are not called), and the
 * contents of Dates, Maps, Sets, typed arrays and boxed primitives. Iterative, so a
 * 10,000-deep value is fine; cycles are named by id. Equal snapshots: nothing was changed.
 */
export function snapshot(root: unknown): string[] {
  const ids = new Map<object, number>();
  const symbols = new Map<symbol, number>();
  const queue: object[] = [];
  const lines: string[] = [];
  const ref = (value: unknown): string => {
    if ((typeof value !== 'object' || value === null) && typeof value !== 'function') return primitive(value, symbols);
    let id = ids.get(value);
    if (id === undefined) {
      id = ids.size;
      ids.set(value, id);
      queue.push(value);
    }
    return `#${id}`;
  };
  lines.push(ref(root));
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    const object = next;
    const prototype: unknown = Object.getPrototypeOf(object);
    const parts = [
      `${ref(object)} ${Object.prototype.toString.call(object)}`,
      `proto=${prototype === null ? 'null' : (KNOWN_PROTOTYPES.get(prototype) ?? ref(prototype))}`,
      Object.isExtensible(object) ? 'extensible' : Object.isFrozen(object) ? 'frozen' : 'not-extensible',
    ];
    if (typeof object !== 'function') {
      for (const key of Reflect.ownKeys(object)) {
        const descriptor = Reflect.getOwnPropertyDescriptor(object, key);
        if (descriptor === undefined) continue;
        const flags = `${descriptor.writable === true ? 'w' : ''}${descriptor.enumerable === true ? 'e' : ''}${descriptor.configurable === true ? 'c' : ''}`;
        const content = 'value' in descriptor ? ref(descriptor.value) : `get=${ref(descriptor.get)} set=${ref(descriptor.set)}`;
        parts.push(`${primitive(key, symbols)}:${flags}=${content}`);
      }
      parts.push(...internalSlots(object, ref));
    }
    lines.push(parts.join(' '));
  }
  return lines;
}

function internalSlots(object: object, ref: (value: unknown) => string): string[] {
  if (object instanceof Date) return [`[[DateValue]]=${Date.prototype.getTime.call(object)}`];
  if (object instanceof Map) return [...Map.prototype.entries.call(object)].map(([key, value]) => `[[MapEntry]]=${ref(key)}→${ref(value)}`);
  if (object instanceof Set) return [...Set.prototype.values.call(object)].map((value) => `[[SetEntry]]=${ref(value)}`);
  if (ArrayBuffer.isView(object)) return [`[[Bytes]]=${Buffer.from(object.buffer, object.byteOffset, object.byteLength).toString('hex')}`];
  if (object instanceof String || object instanceof Number || object instanceof Boolean || object instanceof BigInt || object instanceof Symbol) {
    return [`[[PrimitiveValue]]=${ref(object.valueOf())}`];
  }
  return [];
}

/** Freezes `root` and everything reachable from it (typed arrays with elements cannot be frozen: they are made non-extensible). */
export function deepFreeze<T>(root: T): T {
  const seen = new Set<object>();
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if ((typeof value !== 'object' && typeof value !== 'function') || value === null || seen.has(value)) continue;
    seen.add(value);
    if (ArrayBuffer.isView(value)) Object.preventExtensions(value);
    else Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) {
      const descriptor = Reflect.getOwnPropertyDescriptor(value, key);
      if (descriptor !== undefined && 'value' in descriptor) stack.push(descriptor.value);
    }
    if (value instanceof Map) for (const [key, item] of Map.prototype.entries.call(value)) stack.push(key, item);
    if (value instanceof Set) for (const item of Set.prototype.values.call(value)) stack.push(item);
  }
  return root;
}

/**
 * `root` with every plain object and array reachable from it wrapped in a Proxy that refuses
 * and records each write (set, define, delete, prototype change, preventExtensions).
 */
export function recordingWrites<T>(root: T): { readonly value: T; readonly writes: readonly string[] } {
  const writes: string[] = [];
  const proxies = new WeakMap<object, object>();
  const wrap = (value: unknown, path: string): unknown => {
    if (typeof value !== 'object' || value === null) return value;
    const tag = Object.prototype.toString.call(value);
    if (tag !== '[object Object]' && tag !== '[object Array]') return value;
    const existing = proxies.get(value);
    if (existing !== undefined) return existing;
    const refuse = (what: string) => (_target: object, key: PropertyKey): boolean => {
      writes.push(`${what} ${path}/${String(key)}`);
      return false;
    };
    const refuseWhole = (what: string) => (): boolean => {
      writes.push(`${what} ${path}`);
      return false;
    };
    const proxy = new Proxy(value, {
      get: (target, key, receiver) => wrap(Reflect.get(target, key, receiver), `${path}/${String(key)}`),
      set: refuse('set'),
      defineProperty: refuse('defineProperty'),
      deleteProperty: refuse('deleteProperty'),
      setPrototypeOf: refuseWhole('setPrototypeOf'),
      preventExtensions: refuseWhole('preventExtensions'),
    });
    proxies.set(value, proxy);
    return proxy;
  };
  return { value: wrap(root, '') as T, writes };
}
