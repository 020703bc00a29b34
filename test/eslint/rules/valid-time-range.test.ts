import { validTimeRangeWarnings } from '../../../src/eslint/rules/valid-time-range-warnings.js';
import { validTimeRange } from '../../../src/eslint/rules/valid-time-range.js';
import { at, command, DESTINATION, ruleTester, testable } from '../support.js';

const reversed = command({ StartEventTime: "new Date('2024-03-01T00:00:00Z')" });
const empty = command({ EndEventTime: "new Date('2024-01-01T00:00:00Z')" });
const halfOpen = command({ EndEventTime: null });
const inFuture = command({ StartEventTime: "new Date('2999-01-01T00:00:00Z')", EndEventTime: "new Date('3000-01-01T00:00:00Z')" });
const spread = [
  "import { StartImportCommand } from '@aws-sdk/client-cloudtrail';",
  "const FROM = new Date('2024-02-01');",
  "const TO = new Date('2024-01-01');",
  `const base = { Destinations: ['${DESTINATION}'] };`,
  'new StartImportCommand({ ...base, StartEventTime: FROM, EndEventTime: TO });',
  '',
].join('\n');
const utc = command({ StartEventTime: 'new Date(Date.UTC(2024, 5, 1))', EndEventTime: 'new Date(Date.UTC(2024, 0, 1))' });

ruleTester.run('valid-time-range', testable(validTimeRange), {
  valid: [
    command(),
    command({ StartEventTime: null, EndEventTime: null }),
    // Warnings (empty, half-open, in the future) are valid-time-range-warnings'.
    empty,
    halfOpen,
    inFuture,
    // `new Date()` is now, unknown at lint time; so is a parameter.
    command({ StartEventTime: 'new Date()' }),
    `import { StartImportCommand } from '@aws-sdk/client-cloudtrail';\nexport const start = (from: Date) => new StartImportCommand({ StartEventTime: from, EndEventTime: new Date(0) });\n`,
    // A spread of an unknown object may hold an ImportId: the bounds may be a retry's.
    spread.replace('new StartImportCommand({ ...base', 'export const f = (other: object) => new StartImportCommand({ ...other'),
  ],
  invalid: [
    { code: reversed, errors: [{ messageId: 'time-range-reversed', ...at(reversed, 'StartEventTime') }] },
    // The spread of a constant object and Dates bound to constants are known.
    { code: spread, errors: [{ messageId: 'time-range-reversed', line: 5, column: 35 }] },
    { code: utc, errors: [{ messageId: 'time-range-reversed', ...at(utc, 'StartEventTime') }] },
  ],
});

ruleTester.run('valid-time-range-warnings', testable(validTimeRangeWarnings), {
  valid: [
    command(),
    // An error is valid-time-range's.
    reversed,
    command({ StartEventTime: 'new Date()' }),
  ],
  invalid: [
    { code: empty, errors: [{ messageId: 'time-range-empty', ...at(empty, 'StartEventTime') }] },
    // The missing bound has no node: reported on the object literal.
    { code: halfOpen, errors: [{ messageId: 'time-range-half-open', line: 2, column: 24 }] },
    { code: inFuture, errors: [{ messageId: 'time-range-in-future', ...at(inFuture, 'StartEventTime') }] },
  ],
});
