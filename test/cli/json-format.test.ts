import { describe, expect, it } from 'vitest';
import type { JsonDocument } from '../../src/cli/index.js';
import { BAD_REGION, cli, HALF_OPEN, json, NEW_IMPORT, RETRY, tempDir } from './helpers.js';

function parse(stdout: string): JsonDocument[] {
  return JSON.parse(stdout) as JsonDocument[];
}

const REGION_VIOLATION = {
  code: 's3-bucket-region-invalid',
  severity: 'error',
  path: '/ImportSource/S3/S3BucketRegion',
  message: "must be an AWS Region code such as us-east-1 (got 'US-EAST-1')",
  basis: 'inferred',
  exception: 'InvalidImportSourceException',
};

describe('check --format json', () => {
  it('prints one array with an entry per document, index only for array elements', async () => {
    const cwd = await tempDir({ 'corpus/batch.json': json([RETRY, BAD_REGION]), 'corpus/half.json': json(HALF_OPEN), 'valid.json': json(NEW_IMPORT) });
    const { code, stdout, stderr } = await cli(['check', '--format', 'json', 'corpus', 'valid.json'], cwd);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(parse(stdout)).toEqual([
      { file: 'corpus/batch.json', index: 0, kind: 'request', valid: true, violations: [] },
      { file: 'corpus/batch.json', index: 1, kind: 'request', valid: false, violations: [REGION_VIOLATION] },
      {
        file: 'corpus/half.json',
        kind: 'request',
        valid: true,
        violations: [
          {
            code: 'time-range-half-open',
            severity: 'warning',
            path: '/EndEventTime',
            message: 'should be given with StartEventTime: the time range is used as a pair',
            basis: 'inferred',
          },
        ],
      },
      { file: 'valid.json', kind: 'request', valid: true, violations: [] },
    ]);
  });

  it('writes the keys of each entry and violation in a fixed order, with no index key for a whole file', async () => {
    const cwd = await tempDir({ 'bad.json': json(BAD_REGION) });
    const [entry] = parse((await cli(['check', '--format=json', 'bad.json'], cwd)).stdout);
    expect(Object.keys(entry ?? {})).toEqual(['file', 'kind', 'valid', 'violations']);
    expect(Object.keys(entry?.violations[0] ?? {})).toEqual(['code', 'severity', 'path', 'message', 'basis', 'exception']);
  });

  it('names the kind checked, and "-" as the file read from stdin', async () => {
    const cwd = await tempDir();
    const { code, stdout } = await cli(['check', '--format', 'json', '--kind', 'error', '-'], cwd, json({ __type: 'AccessDenied', message: 'denied!' }));
    expect(code).toBe(1);
    expect(parse(stdout)).toEqual([
      {
        file: '-',
        kind: 'error',
        valid: false,
        violations: [
          {
            code: 'error-not-modeled',
            severity: 'error',
            path: '/__type',
            message: "must be one of StartImport's 12 modeled exceptions or AWS's common errors (got 'AccessDenied')",
            basis: 'model',
          },
        ],
      },
    ]);
  });

  it('stays one valid JSON array when files are bad, which go to stderr only', async () => {
    const cwd = await tempDir({ 'cut.json': '{"ImportId"', 'good.json': json(RETRY) });
    const { code, stdout, stderr } = await cli(['check', '--format', 'json', 'cut.json', 'missing.json', 'good.json'], cwd);
    expect(code).toBe(2);
    expect(stderr).toBe('cut.json:1:12: unexpected end of JSON (truncated?)\nmissing.json: does not exist\n');
    expect(parse(stdout)).toEqual([{ file: 'good.json', kind: 'request', valid: true, violations: [] }]);
  });

  it('prints an empty array when no file could be read', async () => {
    const cwd = await tempDir();
    const { code, stdout } = await cli(['check', '--format', 'json', 'missing.json'], cwd);
    expect(code).toBe(2);
    expect(parse(stdout)).toEqual([]);
  });
});
