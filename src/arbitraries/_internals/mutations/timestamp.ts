import fc from 'fast-check';
import type { Shape } from '../../../contract/timestamps.js';
import { shapedMutation, type Mutation } from './mutation.js';

/** How a timestamp goes wrong in each shape: each is read by the validator as no timestamp at all. */
const MISTAKES = {
  // The SDK wants Dates: it sends a string or a number as-is, an Invalid Date as NaN.
  sdk: ['iso-string', 'epoch-seconds', 'epoch-milliseconds', 'invalid-date'],
  // The wire wants epoch-second numbers.
  wire: ['iso-string', 'quoted-seconds'],
  // A JSON file wants ISO-8601 text or a number: not prose, nor another date format.
  cli: ['words', 'utc-string', 'us-date', 'quoted-seconds'],
} as const satisfies Record<Shape, readonly string[]>;

type Mistake = (typeof MISTAKES)[Shape][number];

/** The instant of a timestamp in any shape, in epoch milliseconds. */
function instantOf(value: unknown): number {
  if (value instanceof Date) return value.getTime();
  return typeof value === 'string' ? Date.parse(value) : Math.round(Number(value) * 1000);
}

function wrongTimestamp(mistake: Mistake, ms: number, words: string): unknown {
  const date = new Date(ms);
  const iso = date.toISOString();
  switch (mistake) {
    case 'iso-string':
      return iso;
    case 'epoch-seconds':
      return ms / 1000;
    case 'epoch-milliseconds':
      return ms;
    case 'invalid-date':
      return new Date(Number.NaN);
    case 'quoted-seconds':
      return String(ms / 1000);
    case 'words':
      return words;
    case 'utc-string':
      return date.toUTCString();
    case 'us-date':
      return `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(0, 4)}`;
  }
}

/** `timestamp-invalid`: a time bound that is no timestamp of the request's shape (alone: the time-range checks skip it). */
export const timestampInvalid: readonly Mutation[] = [
  shapedMutation({
    code: 'timestamp-invalid',
    base: 'timed',
    what: 'a time bound of the wrong kind for the shape (a string for the SDK, prose for a JSON file, …)',
    params: ({ shape }) =>
      fc.record({
        member: fc.constantFrom('StartEventTime', 'EndEventTime'),
        mistake: fc.constantFrom<Mistake>(...MISTAKES[shape]),
        words: fc.constantFrom('yesterday', 'last week', 'now'),
      }),
    apply: (request, { member, mistake, words }) => ({ ...request, [member]: wrongTimestamp(mistake, instantOf(request[member]), words) }),
  }),
];
