import { Linter, type Rule } from 'eslint';
import { describe, expect, it } from 'vitest';
import { analyseFile, type FoundRequest } from '../../../src/eslint/analyse/index.js';
import { at, codes, lint, type LintOptions } from './support.js';

const HEAD = "import { StartImportCommand } from '@aws-sdk/client-cloudtrail';\n";
const EDS = 'arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/0b2f7a4c-9f3e-4c1d-8a55-6c1e2f3d4b5a';
const S3 = "{ S3LocationUri: 's3://example-trail-logs/AWSLogs/123456789012/CloudTrail/', S3BucketRegion: 'us-east-1', S3BucketAccessRoleArn: 'arn:aws:iam::123456789012:role/CloudTrailLakeImportRole' }";
const NOW = new Date('2026-11-24T00:00:00Z');

/** The violations of the one request built by `body` (after the import of the SDK). */
function violationsOf(body: string, options: LintOptions = {}): string[] {
  const { requests, messages } = lint(HEAD + body, { now: NOW, ...options });
  expect(messages).toEqual([]);
  expect(requests).toHaveLength(1);
  return codes(requests[0]);
}

/** A new import whose members are `members` (source text), the rest valid. */
const newImport = (members: string): string => `new StartImportCommand({ Destinations: ['${EDS}'], ImportSource: { S3: ${S3} }, ${members} });`;

describe('analyseFile', () => {
  describe('evaluates what is statically known', () => {
    it.each([
      ['string literals and Dates from string literals', "StartEventTime: new Date('2024-01-01T00:00:00Z'), EndEventTime: new Date('2024-02-01T00:00:00Z')", []],
      ['Dates from numbers', 'StartEventTime: new Date(1704067200000), EndEventTime: new Date(1_706_745_600_000)', []],
      ['Dates from Date.UTC', 'StartEventTime: new Date(Date.UTC(2024, 1, 1)), EndEventTime: new Date(Date.UTC(2024, 0, 1))', ['time-range-reversed /StartEventTime']],
      ['a negative number', 'StartEventTime: new Date(-1), EndEventTime: new Date(0)', []],
      ['an Invalid Date', "StartEventTime: new Date('yesterday'), EndEventTime: new Date('2024-02-01')", ['timestamp-invalid /StartEventTime']],
      ['a string timestamp', "StartEventTime: '2024-01-01T00:00:00Z', EndEventTime: new Date('2024-02-01')", ['timestamp-invalid /StartEventTime']],
      ['a template literal without expressions', 'StartEventTime: new Date(`2024-03-01`), EndEventTime: new Date(`2024-02-01`)', ['time-range-reversed /StartEventTime']],
      ['null, which the SDK drops', 'StartEventTime: null, EndEventTime: null', []],
      ['undefined, which the SDK drops', 'StartEventTime: undefined, EndEventTime: new Date(0)', ['time-range-half-open /StartEventTime']],
    ])('%s', (_name, members, expected) => {
      expect(violationsOf(newImport(members))).toEqual(expected);
    });

    it('a boolean, a wrong type the validator reports', () => {
      expect(violationsOf('new StartImportCommand({ ImportId: true });')).toEqual(['type-mismatch /ImportId']);
    });

    it('follows constants, nested objects and lists of them', () => {
      const code = [
        "const region = 'US-EAST-1';",
        'const s3 = { S3LocationUri: `s3://example-bucket/AWSLogs/`, S3BucketRegion: region };',
        "const start = new Date('2024-02-01');",
        `const destinations = ['${EDS}', 'x'];`,
        'new StartImportCommand({ Destinations: destinations, ImportSource: { S3: s3 }, StartEventTime: start, EndEventTime: new Date(Date.UTC(2024, 0, 1)) });',
      ].join('\n');
      expect(violationsOf(code)).toEqual([
        'destinations-count /Destinations',
        'destination-length /Destinations/1',
        'destination-id-not-uuid /Destinations/1',
        's3-member-missing /ImportSource/S3/S3BucketAccessRoleArn',
        's3-bucket-region-invalid /ImportSource/S3/S3BucketRegion',
        'time-range-reversed /StartEventTime',
      ]);
    });

    it('strips as const, as, satisfies, non-null assertions and parentheses', () => {
      const code = `const id = ('ABC' as const)!;\nnew StartImportCommand(({ ImportId: id satisfies string, Destinations: (['${EDS}'] as string[]) }) as const);`;
      expect(violationsOf(code, { mode: 'typescript' })).toEqual(['retry-with-new-import-params /Destinations', 'import-id-invalid /ImportId']);
    });

    it('ignores comments', () => {
      expect(violationsOf(`new StartImportCommand({ /* retry */ ImportId: /* the id */ 'ABC', // upper case\n});`)).toEqual(['import-id-invalid /ImportId']);
    });

    it('reads a key written twice as JavaScript does: the later one', () => {
      expect(violationsOf("new StartImportCommand({ ImportId: 'ABC', ImportId: '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b' });")).toEqual([]);
      expect(violationsOf("new StartImportCommand({ ImportId: id(), ImportId: 'ABC' });")).toEqual(['import-id-invalid /ImportId']);
    });
  });

  describe('skips what is unknown, never reporting a violation it could make wrong', () => {
    it.each([
      ['a parameter', 'export const f = (region) => ', 'S3BucketRegion: region'],
      ['a let', "let region = 'nowhere';\nregion = 'also nowhere';\n", 'S3BucketRegion: region'],
      ['a call', '', 'S3BucketRegion: regionOf()'],
      ['process.env', '', 'S3BucketRegion: process.env.REGION'],
      ['a template literal with expressions', "const r = 'us';\n", 'S3BucketRegion: `${r}-east-1`'],
      ['a getter', '', 'get S3BucketRegion() { return "nowhere"; }'],
      ['a method', '', 'S3BucketRegion() { return "nowhere"; }'],
      ['a shadowed undefined', 'export const f = (undefined) => ', 'S3BucketRegion: undefined'],
    ])('%s', (_name, before, member) => {
      const code = `${before}new StartImportCommand({ Destinations: ['${EDS}'], ImportSource: { S3: { S3LocationUri: 's3://example-bucket/', S3BucketAccessRoleArn: 'arn:aws:iam::123456789012:role/R', ${member} } } });`;
      expect(violationsOf(code)).toEqual([]);
    });

    it.each([
      ['new Date()', 'new Date()'],
      ['new Date(variable)', 'new Date(when)'],
      ['new Date(Date.now())', 'new Date(Date.now())'],
      ['a shadowed Date', "new Date('2030-01-01')"],
    ])('a timestamp from %s', (_name, start) => {
      const shadow = start.includes('2030') ? 'const Date = globalThis.Date;\n' : '';
      expect(violationsOf(`${shadow}export const f = (when) => ${newImport(`StartEventTime: ${start}, EndEventTime: new Date('2024-01-01')`)}`)).toEqual([]);
    });

    it('tells an unknown member from an absent one', () => {
      expect(violationsOf(`export const f = (source) => new StartImportCommand({ ImportSource: source });`)).toEqual(['new-import-missing-destinations /Destinations']);
      expect(violationsOf(`export const f = (source, id) => new StartImportCommand({ ImportSource: source, ImportId: id });`)).toEqual([]);
    });

    it('reports no absence a spread could fill, and still checks what follows the spread', () => {
      expect(violationsOf(`export const f = (base) => new StartImportCommand({ ...base, StartEventTime: new Date('2024-01-01') });`)).toEqual([]);
      expect(violationsOf(`export const f = (base) => new StartImportCommand({ ...base, ImportId: 'ABC' });`)).toEqual(['import-id-invalid /ImportId']);
      expect(violationsOf(`export const f = (s3) => new StartImportCommand({ Destinations: ['${EDS}'], ImportSource: { S3: { ...s3, S3BucketRegion: 'x' } } });`)).toEqual([
        's3-bucket-region-invalid /ImportSource/S3/S3BucketRegion',
      ]);
    });

    it('takes a member written before a spread as unknown: the spread may override it', () => {
      expect(violationsOf(`export const f = (base) => new StartImportCommand({ ImportId: 'ABC', ...base });`)).toEqual([]);
    });

    it('does not count a list with a spread, nor read the items after it', () => {
      expect(violationsOf(`export const f = (more) => new StartImportCommand({ Destinations: ['${EDS}', ...more, 'x'], ImportSource: { S3: ${S3} } });`)).toEqual([]);
    });

    it('takes a computed key as a spread', () => {
      expect(violationsOf(`export const f = (key) => new StartImportCommand({ ImportId: 'ABC', [key]: 1 });`)).toEqual([]);
      expect(violationsOf(`export const f = (key) => new StartImportCommand({ [key]: 1, ImportId: 'ABC' });`)).toEqual(['import-id-invalid /ImportId']);
    });

    it('reports a misspelt key whatever its value', () => {
      expect(violationsOf(`export const f = (arns) => new StartImportCommand({ Destination: arns, ImportSource: { S3: ${S3} } });`)).toEqual([
        'unknown-member /Destination',
        'new-import-missing-destinations /Destinations',
      ]);
    });

    it('takes a __proto__ key for what it is, the prototype and no member, and reads no member as surely absent beside it', () => {
      expect(violationsOf("new StartImportCommand({ __proto__: { ImportId: 'x' }, constructor: 'y' });")).toEqual(['unknown-member /constructor']);
    });
  });

  describe('locates each path on its node', () => {
    const code = [
      "const s3 = { S3LocationUri: 'https://example.com', S3BucketRegion: 'nowhere' };",
      'new StartImportCommand({',
      `  Destinations: ['x', '${EDS}'],`,
      '  ImportSource: { S3: s3 },',
      "  StartEventTime: '2024-01-01',",
      '});',
    ].join('\n');
    const { requests } = lint(HEAD + code, { now: NOW });
    const request = requests[0];

    it.each([
      ['', '3:24 ObjectExpression'],
      ['/Destinations', '4:3 Property'],
      ['/Destinations/0', '4:18 Literal'],
      ['/Destinations/1', '4:23 Literal'],
      ['/ImportSource', '5:3 Property'],
      ['/ImportSource/S3', '5:19 Property'],
      ['/ImportSource/S3/S3BucketRegion', '2:52 Property'],
      ['/ImportSource/S3/S3BucketAccessRoleArn', '5:19 Property'],
      ['/StartEventTime', '6:3 Property'],
      ['/EndEventTime', '3:24 ObjectExpression'],
      ['/ImportId/deeper', '3:24 ObjectExpression'],
    ])('%s at %s', (path, expected) => {
      expect(at(request, path)).toBe(expected);
    });

    it('reports each violation on a node of the request or of a constant it reads', () => {
      expect(codes(request)).toEqual([
        'timestamp-invalid /StartEventTime',
        'destinations-count /Destinations',
        'destination-length /Destinations/0',
        'destination-id-not-uuid /Destinations/0',
        's3-member-missing /ImportSource/S3/S3BucketAccessRoleArn',
        's3-location-uri-invalid /ImportSource/S3/S3LocationUri',
        's3-bucket-region-invalid /ImportSource/S3/S3BucketRegion',
        'time-range-half-open /EndEventTime',
      ]);
      expect(request?.violations.map((v) => at(request, v.path))).toEqual([
        '6:3 Property',
        '4:3 Property',
        '4:18 Literal',
        '4:18 Literal',
        '5:19 Property',
        '2:14 Property',
        '2:52 Property',
        '3:24 ObjectExpression',
      ]);
    });
  });

  it('checks time-range-in-future against the now it is given', () => {
    const code = HEAD + newImport("StartEventTime: new Date('2026-01-01'), EndEventTime: new Date('2026-02-01')");
    expect(codes(lint(code, { now: NOW }).requests[0])).toEqual([]);
    expect(codes(lint(code, { now: new Date('2025-06-01') }).requests[0])).toEqual(['time-range-in-future /StartEventTime']);
  });

  it('analyses a file once: every call on the same SourceCode shares the result, another now only re-checks', () => {
    const results: (readonly FoundRequest[])[] = [];
    const rule: Rule.RuleModule = {
      meta: { type: 'problem', schema: [] },
      create(context) {
        return {
          Program() {
            results.push(analyseFile(context.sourceCode));
          },
          'Program:exit'() {
            results.push(analyseFile(context.sourceCode), analyseFile(context.sourceCode, { now: NOW }));
          },
        };
      },
    };
    const config: Linter.Config = { plugins: { analyse: { rules: { first: rule, second: rule } } }, rules: { 'analyse/first': 'error', 'analyse/second': 'error' } };
    new Linter({ configType: 'flat' }).verify(HEAD + newImport(''), [config], 'file.mjs');
    // Program of each rule, then Program:exit of each: [first, second, exit, exit with now, exit, exit with now].
    const [first, second, third, withNow, fourth, withNowAgain] = results;
    expect(results).toHaveLength(6);
    expect([second, third, fourth]).toEqual([first, first, first]);
    expect(second).toBe(first);
    expect(fourth).toBe(first);
    expect(withNowAgain).toBe(withNow);
    expect(withNow).not.toBe(first);
    expect(withNow?.[0]?.node).toBe(first?.[0]?.node);
  });
});
