import fc from 'fast-check';
import { checkConstraints, DATE, type ConstraintTakes } from './_internals/constraints.js';

/** Constraints of `timeRange`. */
export interface TimeRangeConstraints {
  /** The earliest start. Default 2013-11-01, when CloudTrail's log format took its present form. */
  readonly min?: Date | undefined;
  /** The latest end. Default 2025-01-01, so no range lies in the future. */
  readonly max?: Date | undefined;
}

const TIME_RANGE_TAKES = { min: DATE, max: DATE } as const satisfies ConstraintTakes<TimeRangeConstraints>;

export const DEFAULT_MIN = new Date('2013-11-01T00:00:00.000Z');
export const DEFAULT_MAX = new Date('2025-01-01T00:00:00.000Z');

/** A time range: the bounds of an import. */
export interface TimeRange {
  readonly start: Date;
  readonly end: Date;
}

/** The instants an ISO-8601 timestamp writes with a four-digit year, 0000-01-01 to 9999-12-31 (epoch ms): the times the arbitraries make. */
export const ISO_YEARS = { min: Date.parse('0000-01-01T00:00:00.000Z'), max: Date.parse('9999-12-31T23:59:59.999Z') } as const;

/**
 * The bounds of a range in epoch ms: `min` and `max` (or the defaults), a TypeError naming `who`
 * (the arbitrary the caller called) when they are no range, or reach outside `ISO_YEARS` (a cli
 * shape's timestamp of year 10000 is `+010000-…`, which no ISO-8601 reader takes).
 */
export function rangeBounds(who: string, constraints: TimeRangeConstraints): { readonly min: number; readonly max: number } {
  const min = (constraints.min ?? DEFAULT_MIN).getTime();
  const max = (constraints.max ?? DEFAULT_MAX).getTime();
  if (!(Number.isFinite(min) && Number.isFinite(max) && min < max)) {
    throw new TypeError(`${who}: min must be a valid date before max (got ${String(constraints.min)} and ${String(constraints.max)})`);
  }
  if (min < ISO_YEARS.min || max > ISO_YEARS.max) {
    throw new TypeError(`${who}: min and max must lie within the years 0000–9999, which an ISO-8601 timestamp writes (got ${new Date(min).toISOString()} and ${new Date(max).toISOString()})`);
  }
  return { min, max };
}

/**
 * A time range with `start` strictly before `end`, both whole milliseconds within
 * `[min, max]` (so they survive the SDK's `Date` → epoch-seconds conversion exactly).
 *
 * @example
 * fc.sample(timeRange({ min: new Date('2024-01-01'), max: new Date('2024-02-01') }), 1);
 * // e.g. [{ start: 2024-01-09T11:02:13.201Z, end: 2024-01-30T04:40:00.000Z }]
 *
 * @remarks Since 0.1.0
 */
export function timeRange(constraints: TimeRangeConstraints = {}): fc.Arbitrary<TimeRange> {
  checkConstraints('timeRange', constraints, TIME_RANGE_TAKES);
  const { min, max } = rangeBounds('timeRange', constraints);
  return fc
    .uniqueArray(fc.integer({ min, max }), { minLength: 2, maxLength: 2 })
    .map(([a = min, b = max]) => ({ start: new Date(Math.min(a, b)), end: new Date(Math.max(a, b)) }));
}
