import { noStringTimestamps } from '../../../src/eslint/rules/no-string-timestamps.js';
import { at, command, ruleTester, testable } from '../support.js';

const start = (value: string): string => command({ StartEventTime: value });

const iso = start("'2024-01-01T00:00:00Z'");
const noOffset = start("'2024-01-01T00:00:00'");
const seconds = start('1704067200');
const milliseconds = start('1704067200000');
const asConst = start("'2024-01-01' as const");
const template = start('`2024-01-01T00:00:00Z`');
const unparsable = start("'yesterday'");
const invalidDate = start("new Date('yesterday')");
const bothStrings = command({ StartEventTime: "'2024-01-01'", EndEventTime: "'2024-02-01'" });

ruleTester.run('no-string-timestamps', testable(noStringTimestamps), {
  valid: [
    command(),
    start('new Date(Date.UTC(2024, 0, 1))'),
    start('new Date(1704067200000)'),
    // Unknown: a parameter, a call.
    `import { StartImportCommand } from '@aws-sdk/client-cloudtrail';\nexport const run = (from: string) => new StartImportCommand({ StartEventTime: from as never });\n`,
    start('parseDate(process.env.FROM)'),
  ],
  invalid: [
    {
      code: iso,
      errors: [
        {
          messageId: 'timestamp-invalid',
          ...at(iso, 'StartEventTime'),
          suggestions: [{ messageId: 'dateFromString', output: start("new Date('2024-01-01T00:00:00Z')") }],
        },
      ],
    },
    {
      // JavaScript reads a date-time without an offset as local time, the AWS CLI as UTC: the suggestion spells out UTC.
      code: noOffset,
      errors: [
        {
          messageId: 'timestamp-invalid',
          ...at(noOffset, 'StartEventTime'),
          suggestions: [{ messageId: 'dateFromString', output: start("new Date('2024-01-01T00:00:00.000Z')") }],
        },
      ],
    },
    {
      // A number of this size is epoch seconds (the CLI's and the wire's unit), not milliseconds.
      code: seconds,
      errors: [
        {
          messageId: 'timestamp-invalid',
          ...at(seconds, 'StartEventTime'),
          suggestions: [{ messageId: 'dateFromSeconds', output: start('new Date(1704067200 * 1000)') }],
        },
      ],
    },
    {
      code: milliseconds,
      errors: [
        {
          messageId: 'timestamp-invalid',
          ...at(milliseconds, 'StartEventTime'),
          suggestions: [{ messageId: 'dateFromMilliseconds', output: start('new Date(1704067200000)') }],
        },
      ],
    },
    {
      code: asConst,
      errors: [
        {
          messageId: 'timestamp-invalid',
          ...at(asConst, 'StartEventTime'),
          suggestions: [{ messageId: 'dateFromString', output: start("new Date('2024-01-01')") }],
        },
      ],
    },
    {
      code: template,
      errors: [
        {
          messageId: 'timestamp-invalid',
          ...at(template, 'StartEventTime'),
          suggestions: [{ messageId: 'dateFromString', output: start('new Date(`2024-01-01T00:00:00Z`)') }],
        },
      ],
    },
    // No safe reading: reported without a suggestion.
    { code: unparsable, errors: [{ messageId: 'timestamp-invalid', ...at(unparsable, 'StartEventTime'), suggestions: [] }] },
    { code: invalidDate, errors: [{ messageId: 'timestamp-invalid', ...at(invalidDate, 'StartEventTime'), suggestions: [] }] },
    {
      code: bothStrings,
      errors: [
        {
          messageId: 'timestamp-invalid',
          ...at(bothStrings, 'StartEventTime'),
          suggestions: [{ messageId: 'dateFromString', output: command({ StartEventTime: "new Date('2024-01-01')", EndEventTime: "'2024-02-01'" }) }],
        },
        {
          messageId: 'timestamp-invalid',
          ...at(bothStrings, 'EndEventTime'),
          suggestions: [{ messageId: 'dateFromString', output: command({ StartEventTime: "'2024-01-01'", EndEventTime: "new Date('2024-02-01')" }) }],
        },
      ],
    },
  ],
});
