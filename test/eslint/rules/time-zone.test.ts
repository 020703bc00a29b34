import { afterAll, beforeAll, describe } from 'vitest';
import { validTimeRange } from '../../../src/eslint/rules/valid-time-range.js';
import { at, command, ruleTester, testable } from '../support.js';

// 02:00 without an offset is 07:00 UTC in New York, after the end at 03:00 UTC: reversed there, not in UTC or Tokyo.
const localStart = command({ StartEventTime: "new Date('2024-01-01T02:00:00')", EndEventTime: "new Date('2024-01-01T03:00:00Z')" });
const enginesOwn = command({ StartEventTime: "new Date('Jan 1 2024 02:00')", EndEventTime: "new Date('2024-01-01T03:00:00Z')" });
const offsetStart = command({ StartEventTime: "new Date('2024-01-01T02:00:00-05:00')", EndEventTime: "new Date('2024-01-01T03:00:00Z')" });

describe.each(['America/New_York', 'UTC', 'Asia/Tokyo'])('the ESLint rules in the time zone %s', (zone) => {
  let before: string | undefined;
  beforeAll(() => {
    before = process.env['TZ'];
    process.env['TZ'] = zone;
  });
  afterAll(() => {
    if (before === undefined) delete process.env['TZ'];
    else process.env['TZ'] = before;
  });

  ruleTester.run('valid-time-range', testable(validTimeRange), {
    // A Date of a text without an offset, or of the engine's own formats, is local time: unknown, whatever the zone.
    valid: [localStart, enginesOwn],
    // With an offset the instant is the same everywhere, and so is the report.
    invalid: [{ code: offsetStart, errors: [{ messageId: 'time-range-reversed', ...at(offsetStart, 'StartEventTime') }] }],
  });
});
