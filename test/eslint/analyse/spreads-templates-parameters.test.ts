/**
 * analyseFile on what is known beyond literals: the spread of a constant object, template
 * literals of constants, Dates bound to constants, parameters declared with a type that holds no
 * undefined, and misspelt keys written as undefined. What stays unknown is never reported.
 */
import { describe, expect, it } from 'vitest';
import { MAX_SPREADS_FOLLOWED } from '../../../src/index.js';
import { codes, lint } from './support.js';

const HEAD = "import { StartImportCommand, type StartImportRequest } from '@aws-sdk/client-cloudtrail';\n";
const EDS = 'arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/0b2f7a4c-9f3e-4c1d-8a55-6c1e2f3d4b5a';
const S3 = "{ S3LocationUri: 's3://example-trail-logs/AWSLogs/123456789012/CloudTrail/', S3BucketRegion: 'us-east-1', S3BucketAccessRoleArn: 'arn:aws:iam::123456789012:role/CloudTrailLakeImportRole' }";
const BASE = `const base = { Destinations: ['${EDS}'], ImportSource: { S3: ${S3} } };\n`;
const DATES = "const FROM = new Date('2024-02-01');\nconst TO = new Date('2024-01-01');\n";
const NOW = new Date('2026-11-24T00:00:00Z');

/** The violations of the one request of `body` (TypeScript, after the import of the SDK). */
function violationsOf(body: string): string[] {
  const { requests, messages } = lint(HEAD + body, { mode: 'typescript', now: NOW });
  expect(messages).toEqual([]);
  expect(requests).toHaveLength(1);
  return codes(requests[0]);
}

describe('analyseFile', () => {
  describe('reads the spread of a constant object as the members it writes', () => {
    it('reports a reversed range of constant Dates written after the spread', () => {
      expect(violationsOf(`${BASE}${DATES}new StartImportCommand({ ...base, StartEventTime: FROM, EndEventTime: TO });`)).toEqual(['time-range-reversed /StartEventTime']);
    });

    it('follows at most MAX_SPREADS_FOLLOWED spreads and MAX_DEPTH levels of them, past which the request is open and unreported', () => {
      // Each constant spreads the one before twice: the spreads double with every line.
      const doubling = (lines: number): string =>
        `const S0 = { ImportId: 'ABC' };\n${Array.from({ length: lines }, (_, i) => `const S${String(i + 1)} = { ...S${String(i)}, ...S${String(i)} };`).join('\n')}\nnew StartImportCommand(S${String(lines)});`;
      expect(violationsOf(doubling(7))).toEqual(['import-id-invalid /ImportId']);
      expect(2 ** 9).toBeGreaterThan(MAX_SPREADS_FOLLOWED);
      expect(violationsOf(doubling(9))).toEqual([]);
      expect(violationsOf(doubling(40))).toEqual([]);
      // A chain of thousands of spreads (it overflowed the stack, failing the whole lint).
      const chain = `const S0 = { ImportId: 'ABC' };\n${Array.from({ length: 3000 }, (_, i) => `const S${String(i + 1)} = { ...S${String(i)}, K${String(i)}: 1 };`).join('\n')}\nnew StartImportCommand(S3000);`;
      expect(violationsOf(chain).every((found) => found.startsWith('unknown-member /K'))).toBe(true);
    });

    it('lets the spread override what is written before it, and what follows override the spread', () => {
      expect(violationsOf(`const retry = { ImportId: 'ABC' };\nnew StartImportCommand({ ImportId: '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b', ...retry });`)).toEqual(['import-id-invalid /ImportId']);
      expect(violationsOf(`const retry = { ImportId: 'ABC' };\nnew StartImportCommand({ ...retry, ImportId: '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b' });`)).toEqual([]);
    });

    it('keeps unknown what the constant object does not know, and opens the request when the object has a spread itself', () => {
      expect(violationsOf(`export const f = (s3: object) => { const base = { Destinations: ['${EDS}'], ImportSource: s3 }; return new StartImportCommand({ ...base, StartEventTime: new Date(1), EndEventTime: new Date(0) }); };`)).toEqual([
        'time-range-reversed /StartEventTime',
      ]);
      // `more` may hold ImportId: the request may be a retry, whose range is not valid-time-range's.
      expect(violationsOf(`export const f = (more: object) => { const base = { ...more, Destinations: ['${EDS}'] }; return new StartImportCommand({ ImportId: 'ABC', ...base, StartEventTime: new Date(1), EndEventTime: new Date(0) }); };`)).toEqual([]);
    });

    it('does not read a spread of anything else: a parameter, a let, a call', () => {
      expect(violationsOf(`${DATES}export const f = (base: object) => new StartImportCommand({ ...base, StartEventTime: FROM, EndEventTime: TO });`)).toEqual([]);
      expect(violationsOf(`let base = {};\nbase = { ImportId: 'x' };\n${DATES}new StartImportCommand({ ...base, StartEventTime: FROM, EndEventTime: TO });`)).toEqual([]);
      expect(violationsOf(`${DATES}new StartImportCommand({ ...baseOf(), StartEventTime: FROM, EndEventTime: TO });`)).toEqual([]);
    });
  });

  describe('reads a template literal whose parts are all known', () => {
    const withLocation = (before: string, uri: string): string =>
      `${before}new StartImportCommand({ Destinations: ['${EDS}'], ImportSource: { S3: { S3LocationUri: ${uri}, S3BucketRegion: 'us-east-1', S3BucketAccessRoleArn: 'arn:aws:iam::123456789012:role/R' } } });`;

    it('checks the string a template of constants makes', () => {
      expect(violationsOf(withLocation("const BUCKET = 'example..logs';\n", '`s3://${BUCKET}/`'))).toEqual(['s3-bucket-name-invalid /ImportSource/S3/S3LocationUri']);
      expect(violationsOf(withLocation("const ACCOUNT = 123456789012;\nconst BUCKET = 'example-logs';\n", '`s3://${BUCKET}/AWSLogs/${ACCOUNT}/CloudTrail-Digest/`'))).toEqual([
        's3-prefix-not-cloudtrail /ImportSource/S3/S3LocationUri',
      ]);
      expect(violationsOf(withLocation("const BUCKET = 'example-logs';\n", '`s3://${BUCKET}/`'))).toEqual([]);
    });

    it('does not check a template with an unknown part', () => {
      expect(violationsOf(`export const f = (bucket: string) => ${withLocation('', '`https://${bucket}/`')}`)).toEqual([]);
      expect(violationsOf(withLocation("const BUCKET = { name: 'x' };\n", '`s3://${BUCKET}/`'))).toEqual([]);
    });
  });

  describe('takes a value that is surely there, though unknown, as present', () => {
    const retry = (parameters: string, importId = 'id', kind = ': StartImportRequest'): string =>
      `export const f = (${parameters})${kind} => ({ ImportId: ${importId}, StartEventTime: new Date('2024-01-01') });`;

    it('reports a retry with new-import members whatever the id of a parameter declared string is', () => {
      expect(violationsOf(retry('id: string'))).toEqual(['retry-with-new-import-params /StartEventTime']);
      expect(violationsOf(retry("id: '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b'"))).toEqual(['retry-with-new-import-params /StartEventTime']);
      expect(violationsOf(retry('n: number', '`${n}`'))).toEqual(['retry-with-new-import-params /StartEventTime']);
      expect(violationsOf(`export function f(id: string): StartImportRequest { return { ImportId: id, EndEventTime: new Date(0) }; }`)).toEqual([
        'retry-with-new-import-params /EndEventTime',
      ]);
    });

    it('does not when the id may be undefined: optional, nullable, untyped or computed', () => {
      for (const parameters of ['id?: string', 'id: string | undefined', 'id', '{ id }: { id: string }']) {
        expect(violationsOf(retry(parameters)), parameters).toEqual([]);
      }
      expect(violationsOf(retry('ids: string[]', 'ids[0]'))).toEqual([]);
    });
  });

  describe('reads a misspelt key written as undefined as written', () => {
    it('reports it, as the validator would any other value', () => {
      expect(violationsOf(`new StartImportCommand({ ImportId: '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b', importId: undefined });`)).toEqual(['unknown-member /importId']);
      expect(violationsOf(`const none = undefined;\nnew StartImportCommand({ Destinations: ['${EDS}'], ImportSource: { S3: ${S3} }, startEventTime: none });`)).toEqual([
        'unknown-member /startEventTime',
      ]);
    });

    it('reads a member written as undefined as absent, as the SDK does', () => {
      expect(violationsOf(`new StartImportCommand({ Destinations: ['${EDS}'], ImportSource: { S3: ${S3} }, ImportId: undefined });`)).toEqual([]);
    });
  });
});
