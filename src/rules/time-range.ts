import type { ValueView } from './context.js';
import { requestKindOf } from './request-kind.js';
import { START_IMPORT, violationOf, type StartImportCheck } from './report.js';
import type { CatalogueEntry } from './types.js';

/** Epoch seconds as ISO-8601, or as the number itself when no Date can hold it. */
function iso(epochSeconds: number): string {
  const date = new Date(epochSeconds * 1000);
  return Number.isFinite(date.getTime()) ? date.toISOString() : String(epochSeconds);
}

// A new import's time range runs forwards, is not empty, is given whole and does not start in the
// future. All assumed: the documentation always gives both bounds, start before end. A retry's
// bounds are retry-with-new-import-params already.
function isNew(view: ValueView): boolean {
  return requestKindOf(view) === 'new';
}

const REQ = ['request'] as const;
const READS = ['/StartEventTime', '/EndEventTime', '/ImportId', '/Destinations', '/ImportSource'];

const reversedRow: CatalogueEntry = {
  code: 'time-range-reversed',
  severity: 'error',
  basis: 'inferred',
  exception: 'InvalidParameterException',
  subjects: REQ,
  description: 'StartEventTime must not be later than EndEventTime (assumed)',
};

/** time-range-reversed: a new import's StartEventTime after its EndEventTime. */
export const timeRangeReversedCheck: StartImportCheck = {
  row: reversedRow,
  operations: START_IMPORT,
  reads: READS,
  lintRule: 'valid-time-range',
  run(view, _context, out) {
    const { startEventTime: start, endEventTime: end } = view;
    if (start !== undefined && end !== undefined && start > end && isNew(view)) {
      out.push(violationOf(reversedRow, '/StartEventTime', `must not be later than EndEventTime (${iso(start)} > ${iso(end)})`));
    }
  },
};

const emptyRow: CatalogueEntry = {
  code: 'time-range-empty',
  severity: 'warning',
  basis: 'inferred',
  subjects: REQ,
  description: 'StartEventTime should differ from EndEventTime (assumed)',
};

/** time-range-empty: a new import's StartEventTime equal to its EndEventTime. */
export const timeRangeEmptyCheck: StartImportCheck = {
  row: emptyRow,
  operations: START_IMPORT,
  reads: READS,
  lintRule: 'valid-time-range-warnings',
  run(view, _context, out) {
    const { startEventTime: start, endEventTime: end } = view;
    if (start !== undefined && start === end && isNew(view)) {
      out.push(violationOf(emptyRow, '/StartEventTime', `should be earlier than EndEventTime (both ${iso(start)}): the range is empty`));
    }
  },
};

const halfOpenRow: CatalogueEntry = {
  code: 'time-range-half-open',
  severity: 'warning',
  basis: 'inferred',
  subjects: REQ,
  description: 'StartEventTime and EndEventTime should be given together (assumed)',
};

/** time-range-half-open: a new import with one bound of its time range. */
export const timeRangeHalfOpenCheck: StartImportCheck = {
  row: halfOpenRow,
  operations: START_IMPORT,
  reads: READS,
  lintRule: 'valid-time-range-warnings',
  run(view, _context, out) {
    const { hasStartEventTime: hasStart, hasEndEventTime: hasEnd } = view;
    if (hasStart === hasEnd || !isNew(view)) return;
    const missing = hasStart ? 'EndEventTime' : 'StartEventTime';
    out.push(violationOf(halfOpenRow, `/${missing}`, `should be given with ${hasStart ? 'StartEventTime' : 'EndEventTime'}: the time range is used as a pair`));
  },
};

const inFutureRow: CatalogueEntry = {
  code: 'time-range-in-future',
  severity: 'warning',
  basis: 'inferred',
  subjects: REQ,
  description: 'StartEventTime should not be in the future: nothing could be imported (assumed)',
};

/** time-range-in-future: a new import's StartEventTime after "now" (the one check that reads the clock). */
export const timeRangeInFutureCheck: StartImportCheck = {
  row: inFutureRow,
  operations: START_IMPORT,
  reads: READS,
  lintRule: 'valid-time-range-warnings',
  readsClock: true,
  run(view, context, out) {
    const start = view.startEventTime;
    if (start === undefined || !isNew(view)) return;
    const now = context.now();
    if (start > now) {
      out.push(violationOf(inFutureRow, '/StartEventTime', `should not be in the future (${iso(start)} is after ${iso(now)}): nothing could be imported`));
    }
  },
};
