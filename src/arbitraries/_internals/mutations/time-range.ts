import fc from 'fast-check';
import { mutation, without, type Draft, type Mutation } from './mutation.js';

const DAY_MS = 86_400_000;

/** A bound of a `timed` base, in epoch milliseconds (whole: the bases are). */
function ms(request: Draft, name: 'StartEventTime' | 'EndEventTime'): number {
  return Math.round(Number(request[name]) * 1000);
}

/** Epoch seconds of a whole number of milliseconds, as the wire shape holds them. */
function seconds(milliseconds: number): number {
  return milliseconds / 1000;
}

/** `time-range-reversed`: a new import's start after its end. */
export const timeRangeReversed: readonly Mutation[] = [
  mutation({
    code: 'time-range-reversed',
    base: 'timed',
    what: 'the bounds swapped',
    params: fc.constant(null),
    apply: (request) => ({ ...request, StartEventTime: request['EndEventTime'], EndEventTime: request['StartEventTime'] }),
  }),
  mutation({
    code: 'time-range-reversed',
    base: 'timed',
    what: 'the end moved before the start, by 1 ms up to a year',
    params: fc.integer({ min: 1, max: 365 * DAY_MS }),
    apply: (request, back) => ({ ...request, EndEventTime: seconds(ms(request, 'StartEventTime') - back) }),
  }),
];

/** The time-range warnings: an empty range, a half-open one, one starting in the future. */
export const timeRangeWarnings: readonly Mutation[] = [
  mutation({
    code: 'time-range-empty',
    base: 'timed',
    what: 'the end equal to the start, or the start equal to the end',
    params: fc.boolean(),
    apply: (request, atStart) => (atStart ? { ...request, EndEventTime: request['StartEventTime'] } : { ...request, StartEventTime: request['EndEventTime'] }),
  }),
  mutation({
    code: 'time-range-half-open',
    base: 'timed',
    what: 'only the start, or only the end',
    params: fc.constantFrom('StartEventTime', 'EndEventTime'),
    apply: (request, dropped) => without(request, dropped),
  }),
  mutation({
    code: 'time-range-in-future',
    base: 'timed',
    // At least a day ahead: a start a few ms after "now" is in the past by the time it is checked against a real clock.
    what: 'a range starting a day to ten years after "now"',
    params: fc.record({ ahead: fc.integer({ min: DAY_MS, max: 3650 * DAY_MS }), length: fc.integer({ min: 1, max: 365 * DAY_MS }) }),
    apply: (request, { ahead, length }, { now }) => {
      const start = now.getTime() + ahead;
      return { ...request, StartEventTime: seconds(start), EndEventTime: seconds(start + length) };
    },
  }),
];
