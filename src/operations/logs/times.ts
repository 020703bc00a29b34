/**
 * The checks of the CloudWatch Logs import tasks' times, all epoch **milliseconds** (botocore
 * `long`s): CreateImportTask's filter times (seconds passed as milliseconds, outside every
 * retention period, in the future), a filter's order, and a task's creation and update times.
 * "Now" is the validation's one clock reading (`context.now()`, epoch seconds).
 */
import type { Check, Choose } from '../../core/check.js';
import { MAX_RETENTION_DAYS } from '../../contract/event-data-store.js';
import { locator } from '../../core/sites.js';
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
  const date = new Date(ms);
  return Number.isFinite(date.getTime()) ? date.toISOString() : String(ms);
}

/** A whole, non-negative number: a time the model's checks have nothing to say about. */
const isTime = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

export const isSecondsSized = (ms: number): boolean => ms >= SECONDS_SIZED.min && ms < SECONDS_SIZED.max;

type Judge = (ms: number, nowMs: number) => string | undefined;

/** A check of each filter time of CreateImportTask's importFilter; its break gives the filter times it judges. */
function filterTimeCheck(operation: string, row: Check<Decoded>['row'], judge: Judge, broken: (filter: Readonly<Record<string, unknown>>, choose: Choose) => Record<string, unknown>): Check<Decoded> {
  return {
    row,
    operations: [operation],
    reads: FILTER_TIMES.map((member) => `/importFilter/${member}`),
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

/** The three checks of CreateImportTask's filter times, in report order: seconds, retention, future. */
export function filterTimeChecks(operation: string): Check<Decoded>[] {
  const seconds = filterTimeCheck(
    operation,
    timeInSecondsRow,
    (ms) => (isSecondsSized(ms) ? `must be epoch milliseconds: ${String(ms)} reads as ${isoOfMilliseconds(ms)}; as epoch seconds (${isoOfMilliseconds(ms * 1000)}) it is ${String(ms * 1000)} in milliseconds` : undefined),
    // Both times at once, so their order holds: valid times are within retention, so a thousandth of each is seconds-sized.
    (filter) => Object.fromEntries(Object.entries({ startEventTime: 1_700_000_000_000, ...filter }).map(([key, value]) => [key, isTime(value) ? Math.floor(value / 1000) : value])),
  );
  const retention = filterTimeCheck(
    operation,
    timeOutsideRetentionRow,
    (ms, nowMs) =>
      ms < retentionStart(nowMs) && !isSecondsSized(ms)
        ? `must lie within the source's retention period: ${isoOfMilliseconds(ms)} is more than ${String(MAX_RETENTION_DAYS)} days before now (${isoOfMilliseconds(nowMs)}), longer than any event data store keeps events`
        : undefined,
    (filter, choose) => ({ ...filter, startEventTime: choose(SECONDS_SIZED.min) }),
  );
  const future = filterTimeCheck(
    operation,
    timeInFutureRow,
    (ms, nowMs) => (ms > nowMs ? `should not be later than now (${isoOfMilliseconds(ms)} is after ${isoOfMilliseconds(nowMs)}): no event is stored from then` : undefined),
    (filter, choose) => ({ ...filter, endEventTime: FAR_FUTURE_MS + choose(DAY_MS) }),
  );
  return [seconds, retention, future];
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
  const at = locator(pattern);
  const found: Check<Decoded> = {
    row: timeRangeReversedRow,
    operations: [operation],
    reads: [`${pattern}/startEventTime`, `${pattern}/endEventTime`],
    run(input, _context, out) {
      at(input, out, reversedAt);
    },
  };
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
  const at = locator(pattern);
  return {
    row: responseTimestampsReversedRow,
    operations: [operation],
    reads: [`${pattern}/creationTime`, `${pattern}/lastUpdatedTime`],
    run(input, _context, out) {
      at(input, out, timestampsReversedAt);
    },
  };
}
