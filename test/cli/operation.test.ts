import { describe, expect, it } from 'vitest';
import type { JsonDocument } from '../../src/cli/index.js';
import { FIXTURES, loadContractOperationFixtures, LOGS_OPERATION_FOLDERS, OPERATION_FOLDERS } from '../support/fixtures.js';
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

  it("checks error bodies with --kind error against the named operation's modeled exceptions and their statuses", async () => {
    const cwd = await tempDir({
      'token.json': json({ __type: 'InvalidNextTokenException', message: 'The token is not valid.' }),
      'missing.json': json({ __type: 'ResourceNotFoundException', message: 'The specified import task does not exist.' }),
    });
    const codes = async (argv: readonly string[]): Promise<[number, string[]]> => {
      const { code, stdout } = await cli(['check', '--kind', 'error', '--format', 'json', ...argv], cwd);
      return [code, (JSON.parse(stdout) as JsonDocument[]).flatMap((d) => d.violations.map((v) => v.code))];
    };
    expect(await codes(['--operation', 'ListImports', '--status', '400', 'token.json'])).toEqual([0, []]);
    expect(await codes(['--operation', 'ListImportFailures', 'token.json'])).toEqual([0, []]);
    expect(await codes(['--operation', 'GetImport', 'token.json'])).toEqual([1, ['error-not-modeled']]);
    expect(await codes(['--operation', 'CancelImportTask', '--status', '400', 'missing.json'])).toEqual([0, []]);
    expect(await codes(['--operation', 'DescribeImportTasks', '--status', '404', 'missing.json'])).toEqual([1, ['error-status-mismatch']]);
    expect(await codes(['--operation', 'StopImport', 'missing.json'])).toEqual([1, ['error-not-modeled']]);
    expect(await codes(['token.json'])).toEqual([1, ['error-not-modeled']]);
    const { stdout } = await cli(['check', '--kind', 'error', '--operation', 'GetImport', 'token.json'], cwd);
    expect(lines(stdout)[0]).toBe("token.json:2:3: /__type error error-not-modeled: must be one of GetImport's 4 modeled exceptions or AWS's common errors (got 'InvalidNextTokenException')");
  });

  it('defaults to StartImport', async () => {
    const cwd = await tempDir({ 'retry.json': json({ ImportId: ID }) });
    const named = await cli(['check', '--operation', 'StartImport', '--format', 'json', 'retry.json'], cwd);
    expect(named).toEqual(await cli(['check', '--format', 'json', 'retry.json'], cwd));
  });

  it.each([
    [['check', '--operation', 'GetImprot', 'x.json'], "--operation must be one of StartImport, GetImport, ListImports, StopImport, ListImportFailures, CreateImportTask, DescribeImportTasks, DescribeImportTaskBatches, CancelImportTask (got 'GetImprot'); did you mean GetImport?"],
    [['check', '--operation', 'DescribeTrails', 'x.json'], "--operation must be one of StartImport, GetImport, ListImports, StopImport, ListImportFailures, CreateImportTask, DescribeImportTasks, DescribeImportTaskBatches, CancelImportTask (got 'DescribeTrails')"],
    [['check', '--operation', 'StopImport', '--policy', 'p.json', 'x.json'], '--policy does not apply to --operation StopImport (only to StartImport)'],
    [['check', '--operation', 'GetImport', '--kind', 'response', '--request', 'r.json', 'x.json'], '--request does not apply to --operation GetImport (only to StartImport)'],
    [['rules', '--operation', 'GetImport'], '--operation does not apply to rules (only to check)'],
    [['sample', '--invalid', 'max-results-out-of-range'], "--invalid takes a StartImport request code: 'max-results-out-of-range' is checked on ListImports, ListImportFailures only (choose one with --operation)"],
  ])('exits 2 naming the problem for %j', async (argv, message) => {
    const cwd = await tempDir();
    const { code, stdout, stderr } = await cli(argv, cwd);
    expect([code, stdout, lines(stderr)[0]]).toEqual([2, '', `cloudtrail-import-contract: ${message}`]);
  });
});

const KIND = { requests: 'request', responses: 'response' } as const;

function summary(documents: readonly JsonDocument[]): string[] {
  return documents.flatMap((d) => d.violations.map((v) => `${d.index === undefined ? '' : `#${String(d.index)} `}${v.severity} ${v.code} ${v.path === '' ? '(root)' : v.path}`)).sort();
}

describe('check --operation on the read operations’ and the CloudWatch Logs import tasks’ fixture corpus', () => {
  it.each(loadContractOperationFixtures().map((fixture) => [fixture.name, fixture] as const))('%s reports exactly its expected violations', async (name, fixture) => {
    const { code, stdout, stderr } = await cli(['check', '--operation', fixture.operation, '--kind', KIND[fixture.kind], '--format', 'json', name], FIXTURES);
    expect(stderr).toBe('');
    const expected = fixture.expected.map((e) => `${e.index === undefined ? '' : `#${String(e.index)} `}${e.severity} ${e.code} ${e.path === '' ? '(root)' : e.path}`).sort();
    expect(summary(JSON.parse(stdout) as JsonDocument[])).toEqual(expected);
    expect(code).toBe(fixture.valid ? 0 : 1);
  });

  it.each(Object.entries({ ...OPERATION_FOLDERS, ...LOGS_OPERATION_FOLDERS }).flatMap(([operation, folder]) => (['requests', 'responses'] as const).flatMap((kind) => (['valid', 'invalid'] as const).map((validity) => [`${folder}/${kind}/${validity}`, operation, kind, validity] as const))))(
    'exits as the folder %s says',
    async (folder, operation, kind, validity) => {
      const { code } = await cli(['check', '--operation', operation, '--kind', KIND[kind], folder], FIXTURES);
      expect(code).toBe(validity === 'valid' ? 0 : 1);
    },
  );
});

describe('rules and SARIF, for the read operations’ codes', () => {
  const NEW_CODES = ['required-member-missing', 'max-results-out-of-range', 'next-token-length', 'import-status-filter-invalid', 'response-failure-status-invalid'];

  it('rules lists each code with the operations it is reported for', async () => {
    const cwd = await tempDir();
    const entries = JSON.parse((await cli(['rules', '--format', 'json'], cwd)).stdout) as { code: string; operations?: Record<string, string[]> }[];
    expect(entries.find((e) => e.code === 'required-member-missing')?.operations).toEqual({
      GetImport: ['request'],
      StopImport: ['request'],
      ListImportFailures: ['request'],
      CreateImportTask: ['request'],
      DescribeImportTaskBatches: ['request', 'response'],
      CancelImportTask: ['request'],
    });
    expect(NEW_CODES.filter((code) => !entries.some((e) => e.code === code))).toEqual([]);
    expect((await cli(['rules'], cwd)).stdout).toContain('next-token-length');
  });

  it("SARIF's rule list holds them", async () => {
    const cwd = await tempDir({ 'in.json': json({ MaxResults: 0 }) });
    const { stdout } = await cli(['check', '--operation', 'ListImports', '--format', 'sarif', 'in.json'], cwd);
    const log = JSON.parse(stdout) as { runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string }[] }[] };
    const [run] = log.runs;
    expect(NEW_CODES.filter((code) => !run?.tool.driver.rules.some((rule) => rule.id === code))).toEqual([]);
    expect(run?.results.map((result) => result.ruleId)).toEqual(['max-results-out-of-range']);
  });
});
