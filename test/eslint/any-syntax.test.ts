/**
 * The plugin's rules on any source: a command of any of the nine import operations built from an
 * argument of any syntax (spreads, computed and accessor keys, `__proto__`, getters, template
 * literals, BigInt, lone surrogates, casts, optional calls, defaults) is linted, and no rule
 * throws or ends the run with a fatal message: a rule that cannot read an argument says nothing
 * of it. Linting a project must never crash on code the package did not foresee.
 */
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import plugin from '../../src/eslint/index.js';

const RULES: Linter.RulesRecord = Object.fromEntries(Object.keys(plugin.rules).map((name) => [`cloudtrail-import/${name}`, 'error']));
const CONFIGS: Readonly<Record<'js' | 'ts', Linter.Config[]>> = {
  js: [{ files: ['**/*.js'], plugins: { 'cloudtrail-import': plugin }, rules: RULES, languageOptions: { ecmaVersion: 'latest', sourceType: 'module' } }],
  ts: [{ files: ['**/*.ts'], plugins: { 'cloudtrail-import': plugin }, rules: RULES, languageOptions: { parser: tsParser } }],
};

const COMMANDS = [
  ['StartImportCommand', 'client-cloudtrail'],
  ['GetImportCommand', 'client-cloudtrail'],
  ['ListImportsCommand', 'client-cloudtrail'],
  ['StopImportCommand', 'client-cloudtrail'],
  ['ListImportFailuresCommand', 'client-cloudtrail'],
  ['CreateImportTaskCommand', 'client-cloudwatch-logs'],
  ['DescribeImportTasksCommand', 'client-cloudwatch-logs'],
  ['DescribeImportTaskBatchesCommand', 'client-cloudwatch-logs'],
  ['CancelImportTaskCommand', 'client-cloudwatch-logs'],
] as const;

/** Member names of the nine inputs, near misses, and keys with a meaning of their own to JavaScript. */
const KEYS = [
  'Destinations', 'ImportSource', 'S3', 'S3LocationUri', 'S3BucketRegion', 'S3BucketAccessRoleArn', 'StartEventTime', 'EndEventTime', 'ImportId',
  'MaxResults', 'NextToken', 'ImportStatus', 'Destination', 'importSourceArn', 'importRoleArn', 'importFilter', 'startEventTime', 'endEventTime',
  'importId', 'limit', 'nextToken', '__proto__', 'constructor', 'toString', '0', '',
];
const IDENTIFIER_KEYS = KEYS.filter((key) => /^[A-Za-z_]\w*$/.test(key));

const LEAVES = [
  '1', '-1', '-0', '1e400', '0x10', '10n', 'NaN', 'undefined', 'null', 'true', "'x'", '``', '`a${b}c`', '"\\u2028"', "'\\ud800'",
  "'arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/0b2f7a4c-9f3e-4c1d-8a55-6c1e2f3d4b5a'",
  "'arn:aws:iam::123456789012:role/Import'", "'s3://bucket/AWSLogs/123456789012/CloudTrail/'", "'us-east-1'",
  'new Date()', "new Date('x')", 'new Date(1e20)', 'Date.now()', 'x', 'x.y', 'x?.y', 'f()', '(() => 1)', 'class {}', '/re/g',
  'Symbol()', 'this', 'void 0', '+"1"',
];

const source = fc.letrec<{ value: string; object: string; array: string }>((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, fc.constantFrom(...LEAVES), fc.string({ maxLength: 8 }).map((text) => JSON.stringify(text)), tie('object'), tie('array')),
  object: fc
    .array(
      fc.oneof(
        fc.tuple(fc.constantFrom(...KEYS), tie('value')).map(([key, value]) => `${JSON.stringify(key)}: ${value}`),
        fc.tuple(fc.constantFrom(...KEYS), tie('value')).map(([key, value]) => `[${JSON.stringify(key)}]: ${value}`),
        fc.tuple(fc.constantFrom(...IDENTIFIER_KEYS), tie('value')).map(([key, value]) => `${key}: ${value}`),
        fc.constantFrom(...IDENTIFIER_KEYS),
        fc.constantFrom(...IDENTIFIER_KEYS).map((key) => `get ${key}() { return 1; }`),
        fc.constantFrom('[k]: 1', '[`${k}`]: 2', '[1 + 1]: 3', 'm() {}', 'async *g() {}'),
        tie('value').map((value) => `...${value}`),
      ),
      { maxLength: 6 },
    )
    .map((members) => `{ ${members.join(', ')} }`),
  array: fc.array(fc.oneof(tie('value'), tie('value').map((value) => `...${value}`), fc.constant('')), { maxLength: 4 }).map((items) => `[${items.join(', ')}]`),
}));

/** How the argument reaches the command: `ARG` is replaced by it, `C` by the command's name. */
const FORMS = [
  'new C(ARG);',
  'await client.send(new C(ARG));',
  'const input = ARG; new C(input);',
  'const { x = ARG } = o; new C(x);',
  'function make(p = ARG) { return new C(p); }',
  'new C(ARG, ARG);',
  'new C(...ARG);',
  'new C();',
  'new (C)(ARG);',
  'C(ARG);',
];
const TS_FORMS = ['new C(ARG as any);', 'new C(<any>ARG);', 'new C(ARG satisfies object);', 'new C(ARG!);'];

const program = fc
  .tuple(fc.constantFrom(...COMMANDS), source.value, fc.boolean())
  .chain(([command, argument, ts]) => fc.constantFrom(...(ts ? [...FORMS, ...TS_FORMS] : FORMS)).map((form) => ({ command, argument, ts, form })))
  .map(({ command: [name, client], argument, ts, form }) => ({
    ts,
    code: [`import { ${name} } from '@aws-sdk/${client}';`, 'let k, x, o, b, client, f;', form.replaceAll('ARG', argument).replaceAll(/\bC\b/g, name)].join('\n'),
  }));

it('no rule throws or ends a run with a fatal message, whatever the syntax of a command and its argument', () => {
  const linter = new Linter({ configType: 'flat' });
  let parsed = 0;
  let reported = 0;
  fc.assert(
    fc.property(program, ({ code, ts }) => {
      const messages = linter.verify(code, CONFIGS[ts ? 'ts' : 'js'], { filename: ts ? 'command.ts' : 'command.js' });
      // A program the parser refuses is not the plugin's: only its own messages are judged.
      if (messages.some((message) => message.fatal === true && message.message.startsWith('Parsing error'))) return;
      parsed += 1;
      expect(messages.filter((message) => message.fatal === true || message.ruleId === null)).toEqual([]);
      if (messages.some((message) => message.ruleId?.startsWith('cloudtrail-import/') === true)) reported += 1;
    }),
    { numRuns: 600 },
  );
  // Not vacuous: most programs parse, and the rules find something in some of them.
  expect(parsed).toBeGreaterThan(200);
  expect(reported).toBeGreaterThan(10);
});
