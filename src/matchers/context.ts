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

const plain = (value: unknown): string => inspect(value, { depth: 6, breakLength: Infinity });

/**
 * The received value as `print` prints it, or as Node's `inspect` does when printing throws: the
 * runner's printer reads the value again (a Proxy's traps, getters), and its throw replaced the
 * matcher's message with the value's own error. `inspect` prints a Proxy's target (a revoked one
 * as `<Revoked Proxy>`) without calling its traps, and calls no getter.
 */
function printSafely(print: (value: unknown) => string, value: unknown): string {
  try {
    return print(value);
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
