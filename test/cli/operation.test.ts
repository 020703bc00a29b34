import { describe, expect, it } from 'vitest';
import type { JsonDocument } from '../../src/cli/index.js';
import { cli, DESTINATION, json, lines, tempDir } from './helpers.js';

const ID = '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b';

function validity(stdout: string): boolean[] {
  return (JSON.parse(stdout) as JsonDocument[]).map((document) => document.valid);
}

describe('check --operation', () => {
  it.each([
    ['GetImport', [{ ImportId: ID }, {}, { ImportId: ID.toUpperCase() }, { ImportId: ID, MaxResults: 1 }], [true, false, false, false]],
    ['StopImport', [{ ImportId: ID }, { ImportId: `${ID}a` }, { ImportId: 42 }], [true, false, false]],
    [
      'ListImports',
      [{}, { MaxResults: 1000, NextToken: 'abcd', ImportStatus: 'IN_PROGRESS', Destination: DESTINATION }, { MaxResults: 0 }, { NextToken: 'abc' }, { ImportStatus: 'DONE' }, { ImportId: ID }],
      [true, true, false, false, false, false],
    ],
    ['ListImportFailures', [{ ImportId: ID, MaxResults: 1, NextToken: 'x'.repeat(1000) }, { MaxResults: 5 }, { ImportId: ID, MaxResults: 1001 }], [true, false, false]],
  ] as const)('checks %s requests, giving valid per input with --format json', async (operation, inputs, expected) => {
    const cwd = await tempDir({ 'inputs.json': json(inputs) });
    const { code, stdout, stderr } = await cli(['check', '--operation', operation, '--format', 'json', 'inputs.json'], cwd);
    expect([code, stderr]).toEqual([1, '']);
    expect(validity(stdout)).toEqual(expected);
  });

  it('checks responses with --kind response, reading cli timestamps (ISO-8601 strings or numbers)', async () => {
    const cwd = await tempDir({
      'outputs.json': json([
        { Imports: [{ ImportId: ID, ImportStatus: 'COMPLETED', Destinations: [DESTINATION], CreatedTimestamp: '2024-01-01T00:00:00Z', UpdatedTimestamp: 1_704_067_200 }] },
        { Imports: [{ ImportStatus: 'DONE' }] },
        { Imports: [{ CreatedTimestamp: 'yesterday' }] },
      ]),
    });
    const { code, stdout } = await cli(['check', '--operation', 'ListImports', '--kind', 'response', '--format', 'json', 'outputs.json'], cwd);
    expect(code).toBe(1);
    expect((JSON.parse(stdout) as JsonDocument[]).map((d) => [d.valid, d.violations.map((v) => v.code)])).toEqual([
      [true, []],
      [false, ['response-import-status-invalid']],
      [false, ['timestamp-invalid']],
    ]);
  });

  it('exits 0 when every input of the operation is valid, and places a violation on its line in text', async () => {
    const cwd = await tempDir({ 'ok.json': json({ ImportId: ID }), 'bad.json': json({ ImportId: ID, MaxResults: 0 }) });
    expect((await cli(['check', '--operation', 'ListImportFailures', 'ok.json'], cwd)).code).toBe(0);
    const { code, stdout } = await cli(['check', '--operation', 'ListImportFailures', 'bad.json'], cwd);
    expect(code).toBe(1);
    expect(lines(stdout)[0]).toBe('bad.json:3:3: /MaxResults error max-results-out-of-range: must be a whole number from 1 to 1000 (got 0)');
  });

  it('defaults to StartImport', async () => {
    const cwd = await tempDir({ 'retry.json': json({ ImportId: ID }) });
    const named = await cli(['check', '--operation', 'StartImport', '--format', 'json', 'retry.json'], cwd);
    expect(named).toEqual(await cli(['check', '--format', 'json', 'retry.json'], cwd));
  });

  it.each([
    [['check', '--operation', 'GetImprot', 'x.json'], "--operation must be one of StartImport, GetImport, ListImports, StopImport, ListImportFailures (got 'GetImprot'); did you mean GetImport?"],
    [['check', '--operation', 'DescribeTrails', 'x.json'], "--operation must be one of StartImport, GetImport, ListImports, StopImport, ListImportFailures (got 'DescribeTrails')"],
    [['check', '--operation', 'GetImport', '--kind', 'error', 'x.json'], '--operation does not apply to --kind error (errors are checked against every import operation)'],
    [['check', '--operation', 'StopImport', '--policy', 'p.json', 'x.json'], '--policy does not apply to --operation StopImport (only to StartImport)'],
    [['check', '--operation', 'GetImport', '--kind', 'response', '--request', 'r.json', 'x.json'], '--request does not apply to --operation GetImport (only to StartImport)'],
    [['rules', '--operation', 'GetImport'], '--operation does not apply to rules (only to check)'],
  ])('exits 2 naming the problem for %j', async (argv, message) => {
    const cwd = await tempDir();
    const { code, stdout, stderr } = await cli(argv, cwd);
    expect([code, stdout, lines(stderr)[0]]).toEqual([2, '', `cloudtrail-import-contract: ${message}`]);
  });
});
