import { memoize } from '../contract/memo.js';
import { NO_VIOLATIONS, type Rule } from './context.js';
import { requestKindOf } from './request-kind.js';
import type { Violation } from './types.js';
import { violation } from './violation.js';

// The same bounds recur across a suite's requests: each is formatted once.
const iso = memoize((epochSeconds: string): string => {
  const date = new Date(Number(epochSeconds) * 1000);
  return Number.isFinite(date.getTime()) ? date.toISOString() : epochSeconds;
});

/**
 * A new import's time range runs forwards, is not empty, is given whole and does not start in
 * the future. All assumed: the documentation always gives both bounds, start before end.
 */
export const timeRangeRule: Rule = {
  name: 'time-range',
  subjects: ['request'],
  check(value, context) {
    // A retry's bounds are retry-with-new-import-params already.
    if (requestKindOf(value) !== 'new') return NO_VIOLATIONS;
    const { hasStartEventTime: hasStart, hasEndEventTime: hasEnd, startEventTime: start, endEventTime: end } = value;
    if (!hasStart && !hasEnd) return NO_VIOLATIONS;
    const out: Violation[] = [];
    if (hasStart !== hasEnd) {
      const missing = hasStart ? 'EndEventTime' : 'StartEventTime';
      out.push(violation('time-range-half-open', `/${missing}`, `should be given with ${hasStart ? 'StartEventTime' : 'EndEventTime'}: the time range is used as a pair`));
    }
    if (start !== undefined && end !== undefined) {
      if (start > end) {
        out.push(violation('time-range-reversed', '/StartEventTime', `must not be later than EndEventTime (${iso(String(start))} > ${iso(String(end))})`));
      } else if (start === end) {
        out.push(violation('time-range-empty', '/StartEventTime', `should be earlier than EndEventTime (both ${iso(String(start))}): the range is empty`));
      }
    }
    if (start !== undefined && start > context.notAfterNow) {
      const now = context.now();
      if (start > now) {
        out.push(violation('time-range-in-future', '/StartEventTime', `should not be in the future (${iso(String(start))} is after ${iso(String(now))}): nothing could be imported`));
      }
    }
    return out.length === 0 ? NO_VIOLATIONS : out;
  },
};
