/**
 * epoch-milliseconds: a CloudWatch Logs importFilter time is epoch milliseconds, never a Date or
 * epoch seconds, whether its value is statically known (the contract's type-mismatch and
 * logs-time-in-seconds) or only its form is (`Date.now() / 1000`, `new Date()`).
 */
import { fileURLToPath } from 'node:url';
import { RuleTester } from '@typescript-eslint/rule-tester';
import { epochMilliseconds } from '../../../src/eslint/rules/epoch-milliseconds.js';
import { at, ROLE, ruleTester, testable } from '../support.js';

const SOURCE = 'arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/0b2f7a4c-9f3e-4c1d-8a55-6c1e2f3d4b5a';
const IMPORT = "import { CreateImportTaskCommand, CloudWatchLogs } from '@aws-sdk/client-cloudwatch-logs';";
const END = '1764633600000';

/** `new CreateImportTaskCommand({…})` whose importFilter.startEventTime is written as `start` (after `before`, other statements). */
function task(start: string, before = ''): string {
  return `${IMPORT}\n${before}new CreateImportTaskCommand({ importSourceArn: '${SOURCE}', importRoleArn: '${ROLE}', importFilter: { startEventTime: ${start}, endEventTime: ${END} } });\n`;
}

/** `logs.createImportTask({…})` on the aggregated client, its startEventTime written as `start`. */
function client(start: string): string {
  return `${IMPORT}\nconst logs = new CloudWatchLogs({});\nawait logs.createImportTask({ importSourceArn: '${SOURCE}', importRoleArn: '${ROLE}', importFilter: { startEventTime: ${start} } });\n`;
}

/** The same code with the time replaced: what a suggestion must give. */
const fixed = (start: string, before = ''): string => task(start, before);

function invalid(code: string, messageId: 'date' | 'seconds' | 'type-mismatch' | 'logs-time-in-seconds', output: string | undefined): object {
  return {
    code,
    errors: [{ messageId, ...at(code, 'startEventTime'), suggestions: output === undefined ? [] : [{ messageId: 'useMilliseconds', output }] }],
  };
}

ruleTester.run('epoch-milliseconds', testable(epochMilliseconds), {
  valid: [
    task('1764547200000'),
    task('Date.now()'),
    task('Date.now() - 86_400_000'),
    task('from.getTime()', 'declare const from: Date;\n'),
    task('Math.floor(Date.now() / 1000) * 1000'),
    // Another class's `now`, a division by something else, and the StartImport command, whose times are Dates.
    task('clock.now() / 1000', 'declare const clock: { now(): number };\n'),
    task('Date.now() / 60'),
    // Milliseconds minus a number: whatever the number is, the unit is not seconds here.
    task('Date.now() - 1000 / 1000'),
    task('86_400 - Date.now() / 1000 * 1000'),
    "import { StartImportCommand } from '@aws-sdk/client-cloudtrail';\nnew StartImportCommand({ StartEventTime: new Date() });\n",
    // A class of the same name that is not the SDK's.
    `class CreateImportTaskCommand { constructor(readonly input: unknown) {} }\nnew CreateImportTaskCommand({ importFilter: { startEventTime: new Date() } });\n`,
  ],
  invalid: [
    invalid(task('Date.now() / 1000'), 'seconds', fixed('Date.now()')),
    invalid(task('Math.floor(Date.now() / 1000)'), 'seconds', fixed('Date.now()')),
    invalid(task('Math.round(from.getTime() / 1000)', 'declare const from: Date;\n'), 'seconds', fixed('from.getTime()', 'declare const from: Date;\n')),
    invalid(task('Math.trunc(new Date(2025, 11, 1).getTime() / 1000)'), 'seconds', fixed('new Date(2025, 11, 1).getTime()')),
    // Through a constant: seconds there are seconds wherever else it is read, so no edit; a Date is made milliseconds where the request uses it, never in the const.
    invalid(task('start', 'const start = Math.floor(Date.now() / 1000);\n'), 'seconds', undefined),
    invalid(task('since', 'declare const from: string;\nconst since = new Date(from);\n'), 'date', fixed('since.getTime()', 'declare const from: string;\nconst since = new Date(from);\n')),
    // Seconds moved by an offset in seconds: reported, but no edit is safe.
    invalid(task('Math.floor(Date.now() / 1000) - 7 * 86_400'), 'seconds', undefined),
    invalid(task('3600 + Date.now() / 1000'), 'seconds', undefined),
    invalid(task('new Date()'), 'date', fixed('new Date().getTime()')),
    invalid(task('new Date'), 'date', fixed('(new Date).getTime()')),
    invalid(task('new Date(from)', 'declare const from: string;\n'), 'date', fixed('new Date(from).getTime()', 'declare const from: string;\n')),
    // Known values: the contract's own codes, with the same edits.
    invalid(task("new Date('2025-12-01T00:00:00Z')"), 'type-mismatch', fixed("new Date('2025-12-01T00:00:00Z').getTime()")),
    invalid(task('1764547200'), 'logs-time-in-seconds', fixed('1764547200000')),
    invalid(task('start', 'const start = 1764547200;\n'), 'logs-time-in-seconds', undefined),
    // A known Date in a const other code may read (.toISOString()): made milliseconds where the request uses it.
    invalid(
      task('since', "const since = new Date('2025-12-01T00:00:00Z');\nconsole.log(since.toISOString());\n"),
      'type-mismatch',
      fixed('since.getTime()', "const since = new Date('2025-12-01T00:00:00Z');\nconsole.log(since.toISOString());\n"),
    ),
    invalid(task('1764547200.5'), 'type-mismatch', undefined),
    invalid(client('Date.now() / 1000'), 'seconds', client('Date.now()')),
  ] as never,
});

const typedRuleTester = new RuleTester({
  languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: fileURLToPath(new URL('../fixtures/rules/', import.meta.url)) } },
});

const dateParameter = task('from', 'export const run = (from: Date) =>\n');
/** A function of the application taking the SDK's input type: the literal's contextual type is CreateImportTaskCommandInput. */
const contextual = `import type { CreateImportTaskCommandInput } from '@aws-sdk/client-cloudwatch-logs';
declare function importTask(input: CreateImportTaskCommandInput): Promise<void>;
void importTask({ importSourceArn: '${SOURCE}', importRoleArn: '${ROLE}', importFilter: { startEventTime: Date.now() / 1000 } });
`;

typedRuleTester.run('epoch-milliseconds (typed)', testable(epochMilliseconds), {
  valid: [task('from', 'export const run = (from: number) =>\n')],
  invalid: [
    invalid(dateParameter, 'date', fixed('from.getTime()', 'export const run = (from: Date) =>\n')),
    invalid(contextual, 'seconds', contextual.replace('Date.now() / 1000', 'Date.now()')),
  ] as never,
});

ruleTester.run('epoch-milliseconds (a Date-typed name, untyped: its type is not known)', testable(epochMilliseconds), {
  valid: [dateParameter, contextual],
  invalid: [],
});
