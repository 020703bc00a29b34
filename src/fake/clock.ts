import { describe } from '../contract/timestamps.js';
import type { FakeClock } from './types.js';

/** A time a test gave, as its message shows it: a string quoted, a number or Date as it prints, any other value described (a symbol cannot be turned into text). */
function shown(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  return typeof value === 'number' || value instanceof Date ? String(value) : describe(value);
}

/**
 * Reads a time a test gives: a Date, an ISO-8601 string (anything `Date.parse` reads) or epoch
 * milliseconds, as `new Date(value)` does. Throws a TypeError naming `what` for anything else.
 */
export function readTime(value: unknown, what: string): number {
  const ms =
    value instanceof Date ? value.getTime() : typeof value === 'string' ? Date.parse(value) : typeof value === 'number' ? new Date(value).getTime() : Number.NaN;
  if (!Number.isFinite(ms)) {
    throw new TypeError(`${what} must be a valid Date, a date string or epoch milliseconds (got ${shown(value)})`);
  }
  return ms;
}

/** A clock that moves only when told, starting at `start` (epoch milliseconds). */
export function createFakeClock(start: number): FakeClock {
  let current = start;
  return {
    now: () => new Date(current),
    set(time) {
      current = readTime(time, 'clock.set(time)');
    },
    advanceBy(milliseconds) {
      if (typeof milliseconds !== 'number' || !Number.isFinite(milliseconds) || milliseconds < 0) {
        throw new TypeError(`clock.advanceBy(milliseconds) needs a finite number ≥ 0 (got ${shown(milliseconds)})`);
      }
      current = readTime(current + milliseconds, 'clock.advanceBy(milliseconds)');
    },
  };
}
