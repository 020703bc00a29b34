import { inspect } from 'node:util';
import type { MatcherContextLike, MatcherThis, MatcherUtilsLike } from './types.js';

/** How a matcher prints: the runner's utils, or plain text when called bare. */
export interface Printer {
  /** Whether the matcher runs under `.not`. */
  readonly isNot: boolean;
  /** The first line: `expect(received).not.toBeValidStartImportRequest(options)`. */
  hint(expected?: string): string;
  received(value: unknown): string;
  expected(value: unknown): string;
}

const PLAIN = { depth: 6, breakLength: Infinity, maxArrayLength: 100, maxStringLength: 1000 } as const;
const plain = (value: unknown): string => inspect(value, PLAIN);

/** The most values a received value may hold to be printed by the runner's printer, which prints every one of them. */
const RUNNER_PRINT_BUDGET = 2000;

/**
 * Whether `value` holds more than `RUNNER_PRINT_BUDGET` values (items, members, characters by the
 * thousand), counted without reading more than that: a list of 2³² − 1 holes or a million items
 * would take the runner's printer seconds, or all the memory there is, to print whole.
 */
function isLarge(value: unknown): boolean {
  let budget = RUNNER_PRINT_BUDGET;
  const seen = new Set<object>();
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (typeof next === 'string') budget -= Math.floor(next.length / 1000);
    if (typeof next !== 'object' || next === null || seen.has(next)) continue;
    seen.add(next);
    if (next instanceof Map || next instanceof Set) budget -= next.size;
    // A Buffer or typed array is counted by its bytes, never listed item by item.
    if (ArrayBuffer.isView(next)) {
      budget -= next.byteLength;
      if (budget < 0) return true;
      continue;
    }
    const items: readonly unknown[] = Array.isArray(next) ? (next as readonly unknown[]) : Object.values(next);
    budget -= items.length;
    if (budget < 0) return true;
    for (const item of items) pending.push(item);
  }
  return false;
}

/** The members of a plain object, and the items of a list, that a large received value is printed with (`inspect` cuts lists there). */
const MAX_MEMBERS_PRINTED = PLAIN.maxArrayLength;
/** The levels a received value is printed to (`PLAIN.depth`). */
const MAX_DEPTH_PRINTED = PLAIN.depth;

/**
 * A copy of `value` to print: each plain object and list to its first `MAX_MEMBERS_PRINTED`
 * members or items, then one more saying how many are left out (`inspect` cuts lists, but prints
 * every member of an object: 200,000 of them made a 3 MB message). Other objects are kept as they
 * are; reads nothing past the depth printed. May throw (a getter): the caller then prints `value`.
 */
function shortened(value: unknown, depth: number): unknown {
  if (typeof value !== 'object' || value === null || depth > MAX_DEPTH_PRINTED) return value;
  if (Array.isArray(value)) {
    const list = value as readonly unknown[];
    const items: unknown[] = [];
    let changed = false;
    // A list cut here keeps room for the item counting the rest within `inspect`'s own cut.
    const shown = list.length > MAX_MEMBERS_PRINTED ? MAX_MEMBERS_PRINTED - 1 : list.length;
    for (let i = 0; i < shown; i += 1) {
      // A hole stays a hole (`inspect` counts them: `<5 empty items>`).
      if (!(i in list)) {
        items.length = i + 1;
        continue;
      }
      items[i] = shortened(list[i], depth + 1);
      changed ||= items[i] !== list[i];
    }
    // A list whose items are printed as they are is left to `inspect`, which cuts it and counts the rest.
    if (!changed) return value;
    if (shown < list.length) items.push(`… ${String(list.length - shown)} more items`);
    return items;
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return value;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  const copy: Record<string, unknown> = prototype === null ? (Object.create(null) as Record<string, unknown>) : {};
  let changed = keys.length > MAX_MEMBERS_PRINTED;
  for (const key of keys.slice(0, MAX_MEMBERS_PRINTED)) {
    const member = shortened(record[key], depth + 1);
    changed ||= member !== record[key];
    Object.defineProperty(copy, key, { value: member, enumerable: true });
  }
  if (!changed) return value;
  if (keys.length > MAX_MEMBERS_PRINTED) Object.defineProperty(copy, '…', { value: `${String(keys.length - MAX_MEMBERS_PRINTED)} more members`, enumerable: true });
  return copy;
}

/**
 * The received value as `print` prints it, or as Node's `inspect` does when printing throws: the
 * runner's printer reads the value again (a Proxy's traps, getters), and its throw replaced the
 * matcher's message with the value's own error. `inspect` prints a Proxy's target (a revoked one
 * as `<Revoked Proxy>`) without calling its traps, and calls no getter.
 */
function printSafely(print: (value: unknown) => string, value: unknown): string {
  try {
    // A large value is printed by `inspect`, its objects and lists to their first members, counting the rest.
    return isLarge(value) ? plain(shortened(value, 0)) : print(value);
  } catch {
    try {
      return plain(value);
    } catch {
      return 'a value that cannot be printed';
    }
  }
}

function isUtils(value: unknown): value is MatcherUtilsLike {
  if (typeof value !== 'object' || value === null) return false;
  const utils = value as Partial<Record<keyof MatcherUtilsLike, unknown>>;
  return typeof utils.matcherHint === 'function' && typeof utils.printReceived === 'function' && typeof utils.printExpected === 'function';
}

/** Reads a matcher's `this`, which is a runner's context, an unrelated object (a method call on the matchers object) or nothing. */
export function printerOf(self: MatcherThis, matcherName: string): Printer {
  const context: MatcherContextLike = typeof self === 'object' ? self : {};
  const isNot = context.isNot === true;
  const promise = typeof context.promise === 'string' ? context.promise : '';
  const utils = isUtils(context.utils) ? context.utils : undefined;
  if (utils !== undefined) {
    return {
      isNot,
      hint: (expected = '') => utils.matcherHint(matcherName, undefined, expected, { isNot, promise }),
      received: (value) => printSafely((shown) => utils.printReceived(shown), value),
      expected: (value) => utils.printExpected(value),
    };
  }
  const chain = `${promise === '' ? '' : `.${promise}`}${isNot ? '.not' : ''}`;
  return { isNot, hint: (expected = '') => `expect(received)${chain}.${matcherName}(${expected})`, received: (value) => printSafely(plain, value), expected: plain };
}
