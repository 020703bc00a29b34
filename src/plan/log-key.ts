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

// A million keys must be read in a fraction of a second: these compare characters rather than
// run regular expressions or call string methods other than one-character indexOf (the others
// cost tens of nanoseconds a call), and allocate nothing but an unusual tree's name.
const SLASH = 0x2f;
const ORGANIZATION = /^o-[a-z0-9]{10,32}$/;
const MARKER = 'AWSLogs/';
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether `text` is spelled at `at` of `key`. */
function spelledAt(key: string, at: number, text: string): boolean {
  for (let i = 0; i < text.length; i += 1) if (key.charCodeAt(at + i) !== text.charCodeAt(i)) return false;
  return true;
}

/** The number written by `length` ASCII digits at `at`, or -1 when one is not a digit. */
function digitsAt(key: string, at: number, length: number): number {
  let n = 0;
  for (let i = at; i < at + length; i += 1) {
    const digit = key.charCodeAt(i) - 0x30;
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
function dateAt(key: string, at: number): number | undefined {
  const year = digitsAt(key, at, 4);
  const month = digitsAt(key, at + 4, 2);
  const day = digitsAt(key, at + 6, 2);
  return year < 0 || month < 0 || day < 0 ? undefined : daySeconds(year, month, day);
}

/** The minute of a file name's `_YYYYMMDDTHHmm[ss]Z` (then `_` or `.json`), epoch seconds. */
function fileMinuteOf(key: string, nameStart: number): number | undefined {
  for (let z = key.indexOf('Z', nameStart); z >= 0; z = key.indexOf('Z', z + 1)) {
    const after = key.charCodeAt(z + 1);
    if (after !== 0x5f && !spelledAt(key, z + 1, '.json')) continue;
    // HHmm, or HHmmss as digest files write it.
    const t = key.charCodeAt(z - 5) === 0x54 ? z - 5 : key.charCodeAt(z - 7) === 0x54 ? z - 7 : -1;
    if (t < nameStart + 9 || key.charCodeAt(t - 9) !== 0x5f || digitsAt(key, t + 1, z - t - 1) < 0) continue;
    const hour = digitsAt(key, t + 1, 2);
    const minute = digitsAt(key, t + 3, 2);
    const day = dateAt(key, t - 8);
    if (day !== undefined && hour <= 23 && minute <= 59) return day + hour * 3600 + minute * 60;
  }
  return undefined;
}

/** The index just after the first `AWSLogs/` that starts a path segment; -1 when none does. */
function afterMarker(key: string): number {
  if (spelledAt(key, 0, MARKER)) return MARKER.length;
  let at = key.indexOf(MARKER);
  while (at > 0 && key.charCodeAt(at - 1) !== SLASH) at = key.indexOf(MARKER, at + 1);
  return at < 0 ? -1 : at + MARKER.length;
}

/** The index just after `[o-ORG/]ACCOUNT/` at `at`; -1 when the key has none there. */
function afterAccount(key: string, at: number): number {
  let i = at;
  if (key.charCodeAt(i) === 0x6f && key.charCodeAt(i + 1) === 0x2d) {
    const slash = key.indexOf('/', i);
    if (slash < 0 || !ORGANIZATION.test(key.slice(i, slash))) return -1;
    i = slash + 1;
  }
  return digitsAt(key, i, 12) >= 0 && key.charCodeAt(i + 12) === SLASH ? i + 13 : -1;
}

/** The facts `LogKeyReader.read` changes. */
interface Facts {
  tree: string | undefined;
  jsonGz: boolean;
  fileMinute: number | undefined;
  folderDay: number | undefined;
}

/** Reads keys into one object, changed by each call: a planner reads a million keys without allocating their facts. */
export class LogKeyReader {
  private readonly facts: Facts = { tree: undefined, jsonGz: false, fileMinute: undefined, folderDay: undefined };

  /** The facts of `key` (see `readLogKey`), in an object the next call changes. */
  read(key: string): LogKeyFacts {
    const facts = this.facts;
    const length = key.length;
    facts.jsonGz = length >= 8 && spelledAt(key, length - 8, '.json.gz');
    facts.fileMinute = undefined;
    facts.folderDay = undefined;
    const marker = afterMarker(key);
    const treeStart = marker < 0 ? -1 : afterAccount(key, marker);
    const treeEnd = treeStart < 0 ? -1 : key.indexOf('/', treeStart);
    if (treeEnd < 0) {
      facts.tree = undefined;
      return facts;
    }
    // Nearly every key is a trail log's: its tree's name needs no string of its own.
    facts.tree = treeEnd - treeStart === 10 && spelledAt(key, treeStart, 'CloudTrail') ? 'CloudTrail' : key.slice(treeStart, treeEnd);
    // REGION/YYYY/MM/DD/NAME: the date folders end where the name starts.
    const regionEnd = key.indexOf('/', treeEnd + 1);
    const datesFit = regionEnd > treeEnd + 1 && key.charCodeAt(regionEnd + 5) === SLASH && key.charCodeAt(regionEnd + 8) === SLASH && key.charCodeAt(regionEnd + 11) === SLASH;
    const inDates = datesFit && key.indexOf('/', regionEnd + 12) < 0;
    const nameStart = inDates ? regionEnd + 12 : key.lastIndexOf('/') + 1;
    if (inDates) {
      const year = digitsAt(key, regionEnd + 1, 4);
      const month = digitsAt(key, regionEnd + 6, 2);
      const day = digitsAt(key, regionEnd + 9, 2);
      facts.folderDay = year < 0 || month < 0 || day < 0 ? undefined : daySeconds(year, month, day);
    }
    facts.fileMinute = fileMinuteOf(key, nameStart);
    return facts;
  }
}

const reader = new LogKeyReader();

/**
 * Reads a key of the layout CloudTrail writes:
 * `[PREFIX/]AWSLogs/[ORG_ID/]ACCOUNT/CloudTrail/REGION/YYYY/MM/DD/ACCOUNT_CloudTrail_REGION_YYYYMMDDTHHmmZ_UNIQUE.json.gz`.
 */
export function readLogKey(key: string): LogKeyFacts {
  return { ...reader.read(key) };
}
