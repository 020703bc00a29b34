
/** The shapes a StartImport value comes in (docs/contract.md, "Shapes"). */
export type Shape = 'sdk' | 'wire' | 'cli';

/**
 * Below this, a number is read as epoch seconds, above as milliseconds. Seconds below it reach
 * the year 5138; milliseconds below it end in March 1973, forty years before CloudTrail Lake: no
 * real event time falls where the two readings overlap.
 */
export const EPOCH_SECONDS_LIMIT = 1e11;

/** A timestamp read in a shape: epoch seconds, or why it cannot be read. */
export type TimestampReading = { readonly seconds: number } | { readonly problem: string };

const ISO_8601 =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * ECMAScript's own date time string format (a date alone, or a date-time with an offset), which
 * `new Date(...)` reads as the AWS CLI does, on every machine. A date-time without an offset is
 * UTC to the CLI but local time to `new Date(...)`, and other forms are implementation-defined.
 */
export const ECMASCRIPT_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

/** Whether `value` is a Date, also one made in another realm. */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/**
 * Reads an ISO-8601 date or date-time as epoch seconds (fractions kept to the microsecond).
 * A date-time without an offset is read as UTC, as botocore does.
 */
export function parseIso8601(text: string): number | undefined {
  const m = ISO_8601.exec(text);
  if (m === null) return undefined;
  const [year, month, day, hour = 0, minute = 0, second = 0] = [m[1], m[2], m[3], m[4], m[5], m[6]].map((part) =>
    part === undefined ? undefined : Number(part),
  ) as [number, number, number, number?, number?, number?];
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return undefined;
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second);
  if (date.getUTCDate() !== day) return undefined;
  const offset = offsetSeconds(m[8]);
  if (offset === undefined) return undefined;
  const ms = date.getTime();
  const fraction = m[7] === undefined ? 0 : Number(m[7]);
  return ms / 1000 + fraction - offset;
}

/** A UTC offset (`Z`, `+HH:MM`, `-HHMM`) in seconds; `undefined` past 23 hours or 59 minutes, which ISO 8601 and RFC 3339 refuse and a Python datetime (botocore's) cannot hold. */
function offsetSeconds(zone: string | undefined): number | undefined {
  if (zone === undefined || zone === 'Z' || zone === 'z') return 0;
  const digits = zone.replace(':', '');
  const hours = Number(digits.slice(1, 3));
  const minutes = Number(digits.slice(3, 5));
  if (hours > 23 || minutes > 59) return undefined;
  return (zone.startsWith('-') ? -1 : 1) * (hours * 3600 + minutes * 60);
}

/** Reads a timestamp member in `shape`. */
export function readTimestamp(value: unknown, shape: Shape): TimestampReading {
  if (shape === 'sdk') {
    if (!isDate(value)) return { problem: `must be a Date (got ${describe(value)}; the SDK would send it as-is)` };
    const ms = value.getTime();
    return Number.isFinite(ms) ? { seconds: ms / 1000 } : { problem: 'must be a valid Date (an Invalid Date is sent as NaN)' };
  }
  if (typeof value === 'number') {
    return Number.isFinite(value) ? { seconds: value } : { problem: 'must be a finite number of epoch seconds' };
  }
  if (shape === 'cli' && typeof value === 'string') {
    const seconds = parseIso8601(value);
    return seconds === undefined ? { problem: `must be an ISO-8601 date-time or epoch seconds (got '${clip(value)}')` } : { seconds };
  }
  return {
    problem: shape === 'wire' ? `must be a number of epoch seconds (got ${describe(value)})` : `must be an ISO-8601 string or epoch seconds (got ${describe(value)})`,
  };
}

/** A short description of a value's type, for messages. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  if (isDate(value)) return 'a Date';
  if (typeof value === 'string') return `the string '${clip(value)}'`;
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number') return `the number ${String(value)}`;
  return `a ${typeof value}`;
}

/** `end`, or one less when the unit before it is the first half of a surrogate pair, so that `text.slice(…, end)` keeps whole characters. */
export function wholeCharactersEnd(text: string, end: number): number {
  const last = text.charCodeAt(end - 1);
  // Before index 0 `charCodeAt` gives NaN, which no comparison takes.
  return last >= 0xd800 && last <= 0xdbff ? end - 1 : end;
}

// Line and paragraph separators and other control characters, which would break a one-line message,
// the bidi controls (U+202E and kin), which would make it read other than it is, the invisible
// zero-width characters (U+200B–U+200D, U+2060, and U+FEFF, a byte order mark out of place), which
// make 'Import\u200dId' print as ImportId, and lone surrogates
// (half a pair: no character, written as U+FFFD or a bare `\ud83d` escape by whatever prints it).
// eslint-disable-next-line no-control-regex -- matching control characters is the point: they are escaped.
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

// The same expression without the g flag, so that test() keeps no state; written out, not made from
// UNPRINTABLE's source, because the ReDoS test reads only literal expressions (test/redos.test.ts).
// eslint-disable-next-line no-control-regex -- as above.
const HAS_UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * A value cut to a length fit for a one-line message (`max` UTF-16 units, `…` included; a surrogate
 * pair is never split), its control and bidi characters and lone surrogates escaped (`\n`, `\u2028`, `\u202e`, `\ud83d`).
 */
export function clip(value: unknown, max = 60): string {
  const text = typeof value === 'string' ? value : String(typeof value === 'symbol' ? value.description : value);
  const cut = text.length <= max ? text : `${text.slice(0, wholeCharactersEnd(text, max - 1))}…`;
  return HAS_UNPRINTABLE.test(cut) ? cut.replace(UNPRINTABLE, (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : cut;
}
