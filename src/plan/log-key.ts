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

const ACCOUNT_TAIL = /^(?:o-[a-z0-9]{10,32}\/)?\d{12}\/([^/]+)\//;
const DATE_FOLDERS = /^[^/]+\/(\d{4})\/(\d{2})\/(\d{2})\/[^/]+$/;
const FILE_STAMP = /_(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(?:\d{2})?Z(?:_|\.json)/;
const MARKER = 'AWSLogs/';

/** Epoch seconds of a UTC date-time, or undefined when a part is out of range (month 13, 31 February). */
function utcSeconds(year: number, month: number, day: number, hour = 0, minute = 0): number | undefined {
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59) return undefined;
  const ms = Date.UTC(year, month - 1, day, hour, minute);
  return new Date(ms).getUTCDate() === day ? ms / 1000 : undefined;
}

/** The index just after the first `AWSLogs/` that starts a path segment; -1 when none does. */
function afterMarker(key: string): number {
  let at = key.indexOf(MARKER);
  while (at > 0 && key.charCodeAt(at - 1) !== 0x2f) at = key.indexOf(MARKER, at + 1);
  return at < 0 ? -1 : at + MARKER.length;
}

/**
 * Reads a key of the layout CloudTrail writes:
 * `[PREFIX/]AWSLogs/[ORG_ID/]ACCOUNT/CloudTrail/REGION/YYYY/MM/DD/ACCOUNT_CloudTrail_REGION_YYYYMMDDTHHmmZ_UNIQUE.json.gz`.
 */
export function readLogKey(key: string): LogKeyFacts {
  const jsonGz = key.endsWith('.json.gz');
  const start = afterMarker(key);
  if (start < 0) return { tree: undefined, jsonGz, fileMinute: undefined, folderDay: undefined };
  const rest = key.slice(start);
  const account = ACCOUNT_TAIL.exec(rest);
  if (account === null) return { tree: undefined, jsonGz, fileMinute: undefined, folderDay: undefined };
  const tree = account[1];
  const below = rest.slice(account[0].length);
  const folders = DATE_FOLDERS.exec(below);
  const folderDay = folders === null ? undefined : utcSeconds(Number(folders[1]), Number(folders[2]), Number(folders[3]));
  const name = below.slice(below.lastIndexOf('/') + 1);
  const stamp = FILE_STAMP.exec(name);
  const fileMinute =
    stamp === null ? undefined : utcSeconds(Number(stamp[1]), Number(stamp[2]), Number(stamp[3]), Number(stamp[4]), Number(stamp[5]));
  return { tree, jsonGz, fileMinute, folderDay };
}
