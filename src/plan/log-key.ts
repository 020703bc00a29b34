import { Buffer } from 'node:buffer';
import { bytesEqual } from './json-bytes.js';

/** Where a key sits in a CloudTrail bucket, read from its path. */
export interface LogKeyFacts {
  /** The folder under `AWSLogs/[ORG/]ACCOUNT/` (`CloudTrail`, `CloudTrail-Digest`, …); undefined outside that layout. */
  readonly tree: string | undefined;
  readonly jsonGz: boolean;
  /** The start of the minute in the file name (`…_YYYYMMDDTHHmmZ_…`), epoch seconds. */
  readonly fileMinute: number | undefined;
  /** The start of the day in the folder (`…/YYYY/MM/DD/`), epoch seconds. */
  readonly folderDay: number | undefined;
}

// A million keys must be read in a fraction of a second: keys are read as the UTF-8 bytes the
// listing holds them in (no string is decoded for a key the plan does not keep), byte by byte,
// with no regular expression and nothing allocated but an unusual tree's name. The layout is
// ASCII, so reading bytes rather than characters changes nothing.
const SLASH = 0x2f;
const MARKER = 'AWSLogs/';
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether the ASCII `text` is spelled at `at` of `b`, before `end`. */
function spelledAt(b: Uint8Array, at: number, end: number, text: string): boolean {
  return at + text.length <= end && bytesEqual(b, at, text);
}

/** The first index of `byte` at or after `from`, before `end`; -1 when there is none. */
function indexOfByte(b: Uint8Array, byte: number, from: number, end: number): number {
  for (let i = from; i < end; i += 1) if (b[i] === byte) return i;
  return -1;
}

/** `indexOfByte` for a long stretch: Buffer.indexOf, native, searches past `end`, but far faster per byte. */
function findByte(b: Buffer, byte: number, from: number, end: number): number {
  const at = b.indexOf(byte, from);
  return at >= 0 && at < end ? at : -1;
}

/** The number written by `length` ASCII digits at `at`, or -1 when one is not a digit. */
function digitsAt(b: Uint8Array, at: number, length: number): number {
  let n = 0;
  for (let i = at; i < at + length; i += 1) {
    const digit = (b[i] ?? 0) - 0x30;
    if (!(digit >= 0 && digit <= 9)) return -1;
    n = n * 10 + digit;
  }
  return n;
}

let lastDay = -1;
let lastDaySeconds = 0;

/** Epoch seconds of a UTC day, or undefined for a date that does not exist (month 13, 30 February). */
function daySeconds(year: number, month: number, day: number): number | undefined {
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > (DAYS_IN_MONTH[month - 1] ?? 0)) return undefined;
  if (month === 2 && day === 29 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))) return undefined;
  const stamp = year * 10_000 + month * 100 + day;
  // Keys come sorted by day: one remembered day saves most Date.UTC calls.
  if (stamp !== lastDay) {
    lastDay = stamp;
    lastDaySeconds = Date.UTC(year, month - 1, day) / 1000;
  }
  return lastDaySeconds;
}

/** `YYYYMMDD` at `at` as epoch seconds of that day. */
function dateAt(b: Uint8Array, at: number): number | undefined {
  const year = digitsAt(b, at, 4);
  const month = digitsAt(b, at + 4, 2);
  const day = digitsAt(b, at + 6, 2);
  return year < 0 || month < 0 || day < 0 ? undefined : daySeconds(year, month, day);
}

/** The minute of a file name's `_YYYYMMDDTHHmm[ss]Z` (then `_` or `.json`) in `nameStart`..`end`, epoch seconds. */
function fileMinuteOf(b: Buffer, nameStart: number, end: number): number | undefined {
  for (let z = findByte(b, 0x5a, nameStart, end); z >= 0; z = findByte(b, 0x5a, z + 1, end)) {
    if (!(z + 1 < end && b[z + 1] === 0x5f) && !spelledAt(b, z + 1, end, '.json')) continue;
    // HHmm, or HHmmss as digest files write it.
    const t = b[z - 5] === 0x54 ? z - 5 : b[z - 7] === 0x54 ? z - 7 : -1;
    if (t < nameStart + 9 || b[t - 9] !== 0x5f || digitsAt(b, t + 1, z - t - 1) < 0) continue;
    const hour = digitsAt(b, t + 1, 2);
    const minute = digitsAt(b, t + 3, 2);
    const day = dateAt(b, t - 8);
    if (day !== undefined && hour <= 23 && minute <= 59) return day + hour * 3600 + minute * 60;
  }
  return undefined;
}

/** The index just after the first `AWSLogs/` in `start`..`end` that starts a path segment; -1 when none does. */
function afterMarker(b: Uint8Array, start: number, end: number): number {
  for (let at = start; at + MARKER.length <= end; at += 1) {
    if (b[at] === 0x41 && (at === start || b[at - 1] === SLASH) && spelledAt(b, at, end, MARKER)) return at + MARKER.length;
  }
  return -1;
}

/** Whether `at`..`slash` is an organization ID, `o-` and 10 to 32 lowercase letters or digits. */
function isOrganization(b: Uint8Array, at: number, slash: number): boolean {
  if (slash - at < 12 || slash - at > 34) return false;
  for (let i = at + 2; i < slash; i += 1) {
    const c = b[i] ?? 0;
    if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39))) return false;
  }
  return true;
}

/** The index just after `[o-ORG/]ACCOUNT/` at `at`; -1 when the key has none there. */
function afterAccount(b: Uint8Array, at: number, end: number): number {
  let i = at;
  if (spelledAt(b, i, end, 'o-')) {
    const slash = indexOfByte(b, SLASH, i, end);
    if (slash < 0 || !isOrganization(b, i, slash)) return -1;
    i = slash + 1;
  }
  return i + 13 <= end && digitsAt(b, i, 12) >= 0 && b[i + 12] === SLASH ? i + 13 : -1;
}

/** The facts `LogKeyReader` changes. */
interface Facts {
  tree: string | undefined;
  jsonGz: boolean;
  fileMinute: number | undefined;
  folderDay: number | undefined;
}

/** Reads keys into one object, changed by each call: a planner reads a million keys without allocating their facts. */
export class LogKeyReader {
  private readonly facts: Facts = { tree: undefined, jsonGz: false, fileMinute: undefined, folderDay: undefined };

  /** The facts (see `readLogKey`) of the key whose UTF-8 bytes are `start`..`end` of `b`, in an object the next call changes. */
  read(b: Buffer, start: number, end: number): LogKeyFacts {
    const facts = this.facts;
    facts.jsonGz = end - 8 >= start && spelledAt(b, end - 8, end, '.json.gz');
    facts.fileMinute = undefined;
    facts.folderDay = undefined;
    const marker = afterMarker(b, start, end);
    const treeStart = marker < 0 ? -1 : afterAccount(b, marker, end);
    const treeEnd = treeStart < 0 ? -1 : indexOfByte(b, SLASH, treeStart, end);
    if (treeEnd < 0) {
      facts.tree = undefined;
      return facts;
    }
    // Nearly every key is a trail log's: its tree's name needs no string of its own.
    facts.tree = treeEnd - treeStart === 10 && spelledAt(b, treeStart, end, 'CloudTrail') ? 'CloudTrail' : b.toString('utf8', treeStart, treeEnd);
    // REGION/YYYY/MM/DD/NAME: the date folders end where the name starts.
    const regionEnd = indexOfByte(b, SLASH, treeEnd + 1, end);
    const datesFit = regionEnd > treeEnd + 1 && regionEnd + 12 <= end && b[regionEnd + 5] === SLASH && b[regionEnd + 8] === SLASH && b[regionEnd + 11] === SLASH;
    const inDates = datesFit && findByte(b, SLASH, regionEnd + 12, end) < 0;
    let nameStart = regionEnd + 12;
    if (inDates) {
      const year = digitsAt(b, regionEnd + 1, 4);
      const month = digitsAt(b, regionEnd + 6, 2);
      const day = digitsAt(b, regionEnd + 9, 2);
      facts.folderDay = year < 0 || month < 0 || day < 0 ? undefined : daySeconds(year, month, day);
    } else {
      nameStart = end;
      while (nameStart > start && b[nameStart - 1] !== SLASH) nameStart -= 1;
    }
    facts.fileMinute = fileMinuteOf(b, nameStart, end);
    return facts;
  }
}

const reader = new LogKeyReader();

/**
 * Reads a key of the layout CloudTrail writes:
 * `[PREFIX/]AWSLogs/[ORG_ID/]ACCOUNT/CloudTrail/REGION/YYYY/MM/DD/ACCOUNT_CloudTrail_REGION_YYYYMMDDTHHmmZ_UNIQUE.json.gz`.
 */
export function readLogKey(key: string): LogKeyFacts {
  const bytes = Buffer.from(key, 'utf8');
  return { ...reader.read(bytes, 0, bytes.length) };
}
