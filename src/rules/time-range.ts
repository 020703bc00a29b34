import { requestKindOf } from './request-kind.js';
import { member, type Rule } from './context.js';
import type { Violation } from './types.js';
import { violation } from './violation.js';

function seconds(value: unknown, key: string): number | undefined {
  const found = member(value, key);
  return typeof found === 'number' && Number.isFinite(found) ? found : undefined;
}

function iso(epochSeconds: number): string {
  const date = new Date(epochSeconds * 1000);
  return Number.isFinite(date.getTime()) ? date.toISOString() : String(epochSeconds);
}

/**
 * A new import's time range runs forwards, is not empty, is given whole and does not start in
 * the future. All assumed: the documentation always gives both bounds, start before end.
 */
export const timeRangeRule: Rule = {
  name: 'time-range',
  subjects: ['request'],
  check(value, { present, now }) {
    // A retry's bounds are retry-with-new-import-params already.
    if (requestKindOf(present) !== 'new') return [];
    const out: Violation[] = [];
    const hasStart = present.has('StartEventTime');
    const hasEnd = present.has('EndEventTime');
    if (hasStart !== hasEnd) {
      const missing = hasStart ? 'EndEventTime' : 'StartEventTime';
      out.push(violation('time-range-half-open', `/${missing}`, `should be given with ${hasStart ? 'StartEventTime' : 'EndEventTime'}: the time range is used as a pair`));
    }
    const start = seconds(value, 'StartEventTime');
    const end = seconds(value, 'EndEventTime');
    if (start !== undefined && end !== undefined) {
      if (start > end) {
        out.push(violation('time-range-reversed', '/StartEventTime', `must not be later than EndEventTime (${iso(start)} > ${iso(end)})`));
      } else if (start === end) {
        out.push(violation('time-range-empty', '/StartEventTime', `should be earlier than EndEventTime (both ${iso(start)}): the range is empty`));
      }
    }
    if (start !== undefined && start > now) {
      out.push(violation('time-range-in-future', '/StartEventTime', `should not be in the future (${iso(start)} is after ${iso(now)}): nothing could be imported`));
    }
    return out;
  },
};
