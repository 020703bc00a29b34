/**
 * The checks of the CloudWatch Logs import tasks' times, all epoch **milliseconds** (botocore
 * `long`s): CreateImportTask's filter times (seconds passed as milliseconds, outside every
 * retention period, in the future), a filter's order, and a task's creation and update times.
 * "Now" is the validation's one clock reading (`context.now()`, epoch seconds).
 */
import type { Check, CheckContext, Choose } from '../../core/check.js';
import { MAX_RETENTION_DAYS } from '../../contract/event-data-store.js';
import { NUMBER_TYPE_BOUNDS } from '../../core/model.js';
import { siteCheck } from '../../core/sites.js';
import type { Decoded } from '../../core/structural.js';
import { violationOf } from '../../rules/report.js';
import type { Violation } from '../../rules/types.js';
import { isStructure } from '../../validate/normalise.js';
import {
  responseTimestampsReversedRow,
  SECONDS_SIZED,
  timeInFutureRow,
  timeInSecondsRow,
  timeOutsideRetentionRow,
  timeRangeReversedRow,
} from './rows.js';

const DAY_MS = 86_400_000;
const FILTER_TIMES = ['startEventTime', 'endEventTime'] as const;
/** 2100-01-01T00:00:00Z, a time no import range reaches. */
const FAR_FUTURE_MS = 4_102_444_800_000;

/** Epoch milliseconds as ISO-8601, or the number itself when no Date can hold it. */
export function isoOfMilliseconds(ms: number): string {
  return ms >= 0 && ms < YEAR_10000_MS ? civilIso(Math.trunc(ms)) : dateIso(ms);
}

function dateIso(ms: number): string {
  const date = new Date(ms);
  return Number.isFinite(date.getTime()) ? date.toISOString() : String(ms);
}

/** 10000-01-01T00:00:00Z: before it, from 1970 on, `toISOString` writes a four-digit year. */
const YEAR_10000_MS = 253_402_300_800_000;
const TWO_DIGITS = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'));
const THREE_DIGITS = Array.from({ length: 1000 }, (_, n) => String(n).padStart(3, '0'));
const pad2 = (n: number): string => TWO_DIGITS[n] as string;

/**
 * `new Date(ms).toISOString()` for whole `ms` from 1970 to 9999, by integer arithmetic (the civil
 * date of a day count, as in H. Hinnant's `civil_from_days`; every count here fits 32 bits) and
 * digits from tables: a Date and its formatting were most of the cost of a CreateImportTask
 * request with a misplaced time (two ISO times a finding: 0.45 µs each, 0.1 µs so).
 * test/operations/logs/create-import-task-checks.test.ts holds it equal to `toISOString`.
 */
function civilIso(ms: number): string {
  const days = Math.floor(ms / DAY_MS);
  const inDay = ms - days * DAY_MS;
  const seconds = (inDay / 1000) | 0;
  const minutes = (seconds / 60) | 0;
  const hour = (minutes / 60) | 0;
  // Days since 0000-03-01, in 400-year eras of 146097 days.
  const z = days + 719_468;
  const era = (z / 146_097) | 0;
  const dayOfEra = z - era * 146_097;
  const yearOfEra = ((dayOfEra - ((dayOfEra / 1460) | 0) + ((dayOfEra / 36_524) | 0) - ((dayOfEra / 146_096) | 0)) / 365) | 0;
  const dayOfYear = dayOfEra - (365 * yearOfEra + ((yearOfEra / 4) | 0) - ((yearOfEra / 100) | 0));
  const shifted = ((5 * dayOfYear + 2) / 153) | 0;
  const day = dayOfYear - (((153 * shifted + 2) / 5) | 0) + 1;
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  const milli = inDay - seconds * 1000;
  // One expression of `+`s: a template for the date and one for the time cost 60 % more here (and a digit table for the milliseconds).
  return pad2((year / 100) | 0) + pad2(year % 100) + '-' + pad2(month) + '-' + pad2(day) + 'T' + pad2(hour) + ':' + pad2(minutes - hour * 60) + ':' + pad2(seconds - minutes * 60) + '.' + (THREE_DIGITS[milli] as string) + 'Z';
}

/** A whole, non-negative number within a long: a time the model's checks have nothing to say about. */
const isTime = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= NUMBER_TYPE_BOUNDS.long.max;

export const isSecondsSized = (ms: number): boolean => ms >= SECONDS_SIZED.min && ms < SECONDS_SIZED.max;

type Judge = (ms: number, nowMs: number) => string | undefined;

/** A check of each filter time of CreateImportTask's importFilter; its break gives the filter times it judges. */
function filterTimeCheck(operation: string, row: Check<Decoded>['row'], judge: Judge, broken: (filter: Readonly<Record<string, unknown>>, choose: Choose) => Record<string, unknown>): Check<Decoded> {
  return {
    row,
    operations: [operation],
    reads: FILTER_TIMES.map((member) => `/importFilter/${member}`),
    readsClock: true,
    run(input, context, out) {
      const filter = input['importFilter'];
      if (!isStructure(filter)) return;
      for (const member of FILTER_TIMES) {
        const ms = filter[member];
        if (!isTime(ms)) continue;
        const message = judge(ms, context.now() * 1000);
        if (message !== undefined) out.push(violationOf(row, `/importFilter/${member}`, message));
      }
    },
    break(valid, choose) {
      const filter = isStructure(valid['importFilter']) ? valid['importFilter'] : {};
      return { ...valid, importFilter: broken(filter, choose) };
    },
  };
}

const retentionStart = (nowMs: number): number => nowMs - MAX_RETENTION_DAYS * DAY_MS;

/** `logs-time-in-seconds`' message for a filter time, if it is one. */
const secondsProblem: Judge = (ms) => {
  if (!isSecondsSized(ms)) return undefined;
  return `must be epoch milliseconds: ${String(ms)} reads as ${isoOfMilliseconds(ms)}; as epoch seconds (${isoOfMilliseconds(ms * 1000)}) it is ${String(ms * 1000)} in milliseconds`;
};

/** `logs-time-outside-retention`'s message for a filter time, if it is one. */
const retentionProblem: Judge = (ms, nowMs) =>
  ms < retentionStart(nowMs) && !isSecondsSized(ms)
    ? `must lie within the source's retention period: ${isoOfMilliseconds(ms)} is more than ${String(MAX_RETENTION_DAYS)} days before now (${isoOfMilliseconds(nowMs)}), longer than any event data store keeps events`
    : undefined;

/** `logs-time-in-future`'s message for a filter time, if it is one. */
const futureProblem: Judge = (ms, nowMs) => (ms > nowMs ? `should not be later than now (${isoOfMilliseconds(ms)} is after ${isoOfMilliseconds(nowMs)}): no event is stored from then` : undefined);

/** The three checks of CreateImportTask's filter times, in report order: seconds, retention, future. */
export function filterTimeChecks(operation: string): Check<Decoded>[] {
  const seconds = filterTimeCheck(
    operation,
    timeInSecondsRow,
    secondsProblem,
    // Both times at once, so their order holds: valid times are within retention, so a thousandth of each is seconds-sized.
    (filter) => Object.fromEntries(Object.entries({ startEventTime: 1_700_000_000_000, ...filter }).map(([key, value]) => [key, isTime(value) ? Math.floor(value / 1000) : value])),
  );
  const retention = filterTimeCheck(operation, timeOutsideRetentionRow, retentionProblem, (filter, choose) => ({ ...filter, startEventTime: choose(SECONDS_SIZED.min) }));
  const future = filterTimeCheck(operation, timeInFutureRow, futureProblem, (filter, choose) => ({ ...filter, endEventTime: FAR_FUTURE_MS + choose(DAY_MS) }));
  return [seconds, retention, future];
}

/** The three filter-time checks' findings for one time at `path`: a time in milliseconds, within retention and not after now has none (one test). */
function judgeTime(ms: number, nowMs: number, path: string, out: Violation[]): void {
  if (ms <= nowMs && ms >= retentionStart(nowMs) && !isSecondsSized(ms)) return;
  const seconds = secondsProblem(ms, nowMs);
  if (seconds !== undefined) out.push(violationOf(timeInSecondsRow, path, seconds));
  const retention = retentionProblem(ms, nowMs);
  if (retention !== undefined) out.push(violationOf(timeOutsideRetentionRow, path, retention));
  const future = futureProblem(ms, nowMs);
  if (future !== undefined) out.push(violationOf(timeInFutureRow, path, future));
}

/**
 * What `timeRangeReversedCheck(operation, '/importFilter')` and the three `filterTimeChecks` report
 * over a CreateImportTask request, each code's findings in its check's order, reading the filter
 * and its times once and the clock only when a time is present (as those checks do): their four runs,
 * four reads of the filter and up to six of the clock were a tenth of a valid request's check.
 */
export function runFilterTimeChecks(input: Decoded, context: CheckContext, out: Violation[]): void {
  const filter = input['importFilter'];
  if (filter === undefined || !isStructure(filter)) return;
  const { startEventTime: start, endEventTime: end } = filter;
  const hasStart = isTime(start);
  const hasEnd = isTime(end);
  if (!hasStart && !hasEnd) return;
  // The reversed check reads the filter through its locator: an own member only.
  if (hasStart && hasEnd && start > end && Object.prototype.hasOwnProperty.call(input, 'importFilter')) reversedAt(filter, '/importFilter', out);
  const nowMs = context.now() * 1000;
  if (hasStart) judgeTime(start, nowMs, '/importFilter/startEventTime', out);
  if (hasEnd) judgeTime(end, nowMs, '/importFilter/endEventTime', out);
}

/** Reports `startEventTime` after `endEventTime` in the filter at `path`. */
function reversedAt(filter: unknown, path: string, out: Violation[]): void {
  if (!isStructure(filter)) return;
  const { startEventTime: start, endEventTime: end } = filter;
  if (isTime(start) && isTime(end) && start > end) {
    out.push(violationOf(timeRangeReversedRow, `${path}/startEventTime`, `must be less than or equal to endEventTime (${isoOfMilliseconds(start)} > ${isoOfMilliseconds(end)})`));
  }
}

/** `logs-time-range-reversed` of every importFilter at `pattern` (`/importFilter`, `/imports/*\/importFilter`). */
export function timeRangeReversedCheck(operation: string, pattern: string): Check<Decoded> {
  const found = siteCheck(timeRangeReversedRow, operation, pattern, reversedAt, [`${pattern}/startEventTime`, `${pattern}/endEventTime`]);
  if (pattern !== '/importFilter') return found;
  return {
    ...found,
    break(valid, choose) {
      const filter = isStructure(valid['importFilter']) ? valid['importFilter'] : {};
      const { startEventTime: start, endEventTime: end } = filter;
      if (isTime(start) && isTime(end) && start < end) return { ...valid, importFilter: { ...filter, startEventTime: end, endEventTime: start } };
      const later = isTime(start) ? start : isTime(end) ? end : 1_700_000_000_000;
      return { ...valid, importFilter: { ...filter, startEventTime: later, endEventTime: later - 1 - choose(DAY_MS) } };
    },
  };
}

function timestampsReversedAt(task: unknown, path: string, out: Violation[]): void {
  if (!isStructure(task)) return;
  const { creationTime: created, lastUpdatedTime: updated } = task;
  if (isTime(created) && isTime(updated) && created > updated) {
    out.push(violationOf(responseTimestampsReversedRow, `${path}/creationTime`, `must not be later than lastUpdatedTime (${isoOfMilliseconds(created)} > ${isoOfMilliseconds(updated)})`));
  }
}

/** `logs-response-timestamps-reversed`: a task (at `pattern`: `''`, `/imports/*`) created after it was last updated. */
export function responseTimestampsReversedCheck(operation: string, pattern: string): Check<Decoded> {
  return siteCheck(responseTimestampsReversedRow, operation, pattern, timestampsReversedAt, [`${pattern}/creationTime`, `${pattern}/lastUpdatedTime`]);
}
