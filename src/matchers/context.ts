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

const plain = (value: unknown): string => inspect(value, { depth: 6, breakLength: Infinity, maxArrayLength: 100, maxStringLength: 1000 });

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

/**
 * The received value as `print` prints it, or as Node's `inspect` does when printing throws: the
 * runner's printer reads the value again (a Proxy's traps, getters), and its throw replaced the
 * matcher's message with the value's own error. `inspect` prints a Proxy's target (a revoked one
 * as `<Revoked Proxy>`) without calling its traps, and calls no getter.
 */
function printSafely(print: (value: unknown) => string, value: unknown): string {
  try {
    // A large value is printed by `inspect`, which shows its first items and counts the rest.
    return isLarge(value) ? plain(value) : print(value);
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
