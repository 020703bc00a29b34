import type { Log, Result } from 'sarif';
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatViolation, ruleCatalogue, validateStartImportRequest } from '../../src/index.js';
import { POLICY_RULES } from '../../src/policy/index.js';
import { BAD_REGION, cli, HALF_OPEN, json, NEW_IMPORT, NOW, RETRY, tempDir, VERSION } from './helpers.js';

async function sarif(files: Readonly<Record<string, string>>, paths: readonly string[], stdin = ''): Promise<{ code: number; log: Log; stderr: string }> {
  const cwd = await tempDir(files);
  const { code, stdout, stderr } = await cli(['check', '--format', 'sarif', ...paths], cwd, stdin);
  return { code, log: JSON.parse(stdout) as Log, stderr };
}

function results(log: Log): Result[] {
  return log.runs[0]?.results ?? [];
}

/** The 1-based line of the first line of `text` containing `needle`. */
function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((line) => line.includes(needle)) + 1;
}

describe('check --format sarif', () => {
  it('writes a SARIF 2.1.0 log naming the tool, its version, every catalogue rule and every policy rule', async () => {
    const { code, log } = await sarif({ 'good.json': json(NEW_IMPORT) }, ['good.json']);
    expect(code).toBe(0);
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.runs).toHaveLength(1);
    const driver = log.runs[0]?.tool.driver;
    expect(driver?.name).toBe('cloudtrail-import-contract');
    expect(driver?.version).toBe(VERSION);
    expect(driver?.informationUri).toBe('https://www.npmjs.com/package/cloudtrail-import-contract');
    expect(driver?.rules?.map((rule) => rule.id)).toEqual([...ruleCatalogue, ...POLICY_RULES].map((entry) => entry.code));
    expect(driver?.rules?.find((rule) => rule.id === 's3-bucket-region-invalid')).toEqual({
      id: 's3-bucket-region-invalid',
      shortDescription: { text: ruleCatalogue.find((entry) => entry.code === 's3-bucket-region-invalid')?.description },
      fullDescription: {
        text: expect.stringMatching(/\(basis: inferred; the service would most likely answer InvalidImportSourceException\)\. This check is an assumption/) as unknown,
      },
      defaultConfiguration: { level: 'error' },
      properties: { basis: 'inferred', exception: 'InvalidImportSourceException' },
    });
    expect(driver?.rules?.find((rule) => rule.id === 'time-range-empty')?.properties).toEqual({ basis: 'inferred' });
    expect(driver?.rules?.find((rule) => rule.id === 'time-range-empty')?.defaultConfiguration).toEqual({ level: 'warning' });
    expect(driver?.rules?.find((rule) => rule.id === 'policy/allowed-regions')).toEqual({
      id: 'policy/allowed-regions',
      shortDescription: { text: POLICY_RULES.find((entry) => entry.code === 'policy/allowed-regions')?.description },
      fullDescription: { text: expect.stringMatching(/must be allowed\. .*\(basis: policy: a rule of the organisation's policy file, which sets its severity, error by default\)\.$/) as unknown },
      defaultConfiguration: { level: 'error' },
      properties: { basis: 'policy' },
    });
    expect(log.runs[0]?.invocations).toEqual([{ executionSuccessful: true, toolExecutionNotifications: [] }]);
    expect(results(log)).toEqual([]);
  });

  it('gives a policy violation the index of its rule in driver.rules and the level the policy file sets', async () => {
    const policy = { version: 1, rules: { 'allowed-regions': { regions: ['eu-west-1'], severity: 'warning' }, 'max-time-range-days': { days: 1 } } };
    const { code, log } = await sarif({ 'new.json': json(NEW_IMPORT), 'policy.json': json(policy) }, ['--policy', 'policy.json', 'new.json']);
    expect(code).toBe(1);
    const rules = log.runs[0]?.tool.driver.rules ?? [];
    const found = results(log).map((result) => ({ ruleId: result.ruleId, level: result.level, rule: rules[result.ruleIndex ?? -1]?.id }));
    expect(found).toEqual([
      { ruleId: 'policy/allowed-regions', level: 'warning', rule: 'policy/allowed-regions' },
      { ruleId: 'policy/allowed-regions', level: 'warning', rule: 'policy/allowed-regions' },
      { ruleId: 'policy/max-time-range-days', level: 'error', rule: 'policy/max-time-range-days' },
    ]);
  });

  it('gives every result of the fixture requests a valid ruleIndex whose rule has its ruleId', async () => {
    const policy = {
      version: 1,
      rules: {
        'allowed-partitions': { partitions: ['aws-cn'] },
        'allowed-regions': { regions: ['eu-west-1'] },
        'allowed-accounts': { accounts: ['111111111111'] },
        'allowed-destinations': { destinations: ['0b2f7a4c-9f3e-4c1d-8a55-000000000000'] },
        'allowed-buckets': { buckets: ['nope-*'] },
        'required-prefix': { patterns: ['nope/**'] },
        'role-name-pattern': { patterns: ['nope-*'] },
        'retry-forbidden': {},
        'time-range-required': {},
        'max-time-range-days': { days: 1 },
        'earliest-start': { earliest: '2030-01-01' },
        'end-not-in-future': { severity: 'warning' },
      },
    };
    const cwd = await tempDir({ 'policy.json': json(policy) });
    const { stdout, stderr } = await cli(['check', '--format', 'sarif', '--policy', 'policy.json', join(process.cwd(), 'fixtures/requests')], cwd);
    expect(stderr).toBe('');
    const log = JSON.parse(stdout) as Log;
    const rules = log.runs[0]?.tool.driver.rules ?? [];
    expect(results(log).length).toBeGreaterThan(100);
    for (const result of results(log)) expect(rules[result.ruleIndex ?? -1]?.id).toBe(result.ruleId);
    const reported = new Set(results(log).map((result) => result.ruleId));
    expect(POLICY_RULES.filter((entry) => !reported.has(entry.code))).toEqual([]);
  });

  it('locates a nested violation on the line and column of its member', async () => {
    const text = json(BAD_REGION);
    expect(text.split('\n')[7]).toBe('      "S3BucketRegion": "US-EAST-1",');
    const { code, log } = await sarif({ 'requests/bad.json': text }, ['requests/bad.json']);
    expect(code).toBe(1);
    const [violation] = validateStartImportRequest(BAD_REGION, { shape: 'cli', now: NOW }).violations;
    expect(results(log)).toEqual([
      {
        ruleId: 's3-bucket-region-invalid',
        ruleIndex: ruleCatalogue.findIndex((entry) => entry.code === 's3-bucket-region-invalid'),
        level: 'error',
        message: { text: violation === undefined ? '' : formatViolation(violation) },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'requests/bad.json', uriBaseId: '%SRCROOT%' },
              region: { startLine: 8, startColumn: 7, endLine: 8, endColumn: 36 },
            },
          },
        ],
        properties: { jsonPointer: '/ImportSource/S3/S3BucketRegion' },
      },
    ]);
  });

  it('points a violation about a missing member at the object that lacks it', async () => {
    const text = json(HALF_OPEN);
    const { code, log } = await sarif({ 'half.json': text }, ['half.json']);
    expect(code).toBe(0);
    const [result] = results(log);
    expect(result?.ruleId).toBe('time-range-half-open');
    expect(result?.level).toBe('warning');
    const lastLine = text.trimEnd().split('\n').length;
    expect(result?.locations?.[0]?.physicalLocation?.region).toEqual({ startLine: 1, startColumn: 1, endLine: lastLine, endColumn: 2 });
  });

  it('locates violations inside an array element, and points a whole-element violation at the element', async () => {
    const text = json([RETRY, BAD_REGION, 'not a request']);
    const { log } = await sarif({ 'batch.json': text }, ['batch.json']);
    const found = results(log).map((result) => ({
      ruleId: result.ruleId,
      index: result.properties?.['index'] as unknown,
      start: result.locations?.[0]?.physicalLocation?.region?.startLine,
      column: result.locations?.[0]?.physicalLocation?.region?.startColumn,
    }));
    expect(found).toEqual([
      { ruleId: 's3-bucket-region-invalid', index: 1, start: lineOf(text, '"S3BucketRegion"'), column: 9 },
      { ruleId: 'type-mismatch', index: 2, start: lineOf(text, '"not a request"'), column: 3 },
    ]);
  });

  it('locates an unknown member, even __proto__, on its key', async () => {
    const text = '{\n  "ImportId": "4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b",\n  "__proto__": {}\n}\n';
    const { code, log } = await sarif({ 'proto.json': text }, ['proto.json']);
    expect(code).toBe(1);
    expect(results(log).map((result) => [result.ruleId, result.locations?.[0]?.physicalLocation?.region])).toEqual([
      ['unknown-member', { startLine: 3, startColumn: 3, endLine: 3, endColumn: 18 }],
    ]);
  });

  it('reports bad files as tool execution notifications and marks the run unsuccessful, still a valid log', async () => {
    const { code, log, stderr } = await sarif({ 'dir/cut.json': '{\n  "ImportId": ', 'dir/bad.json': json(BAD_REGION) }, ['dir', 'gone.json']);
    expect(code).toBe(2);
    expect(stderr).toBe('dir/cut.json:2:14: unexpected end of JSON (truncated?)\ngone.json: does not exist\n');
    expect(log.runs[0]?.invocations).toEqual([
      {
        executionSuccessful: false,
        toolExecutionNotifications: [
          {
            level: 'error',
            message: { text: 'dir/cut.json: unexpected end of JSON (truncated?)' },
            locations: [{ physicalLocation: { artifactLocation: { uri: 'dir/cut.json', uriBaseId: '%SRCROOT%' }, region: { startLine: 2, startColumn: 14 } } }],
          },
          {
            level: 'error',
            message: { text: 'gone.json: does not exist' },
            locations: [{ physicalLocation: { artifactLocation: { uri: 'gone.json', uriBaseId: '%SRCROOT%' } } }],
          },
        ],
      },
    ]);
    expect(results(log).map((result) => result.locations?.[0]?.physicalLocation?.artifactLocation?.uri)).toEqual(['dir/bad.json']);
  });

  it('percent-encodes a file name in its URI', async () => {
    const { log } = await sarif({ 'my requests/bad #1.json': json(BAD_REGION) }, ['my requests']);
    expect(results(log)[0]?.locations?.[0]?.physicalLocation?.artifactLocation).toEqual({ uri: 'my%20requests/bad%20%231.json', uriBaseId: '%SRCROOT%' });
  });

  it('gives stdin the fixed relative URI stdin, with no base id so that it names no file of the repository', async () => {
    const { log } = await sarif({}, ['-'], json(BAD_REGION));
    expect(results(log)[0]?.locations?.[0]?.physicalLocation?.artifactLocation).toEqual({ uri: 'stdin', description: { text: '<stdin> (standard input)' } });
  });

  it('writes URIs relative to the repository root (%SRCROOT%) when run in a subfolder, so that the upload finds the files', async () => {
    // A repository's .git folder, and the .git file of a worktree or submodule.
    for (const git of [{ '.git/HEAD': 'ref: refs/heads/main\n' }, { '.git': 'gitdir: /elsewhere/.git/worktrees/x\n' }]) {
      const root = await tempDir({ ...git, 'packages/api/requests/bad.json': json(BAD_REGION) });
      const { stdout } = await cli(['check', '--format', 'sarif', 'requests'], join(root, 'packages', 'api'));
      const log = JSON.parse(stdout) as Log;
      expect(log.runs[0]?.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: pathToFileURL(`${root}/`).href, description: { text: expect.stringContaining('repository root') as unknown } } });
      expect(results(log)[0]?.locations?.[0]?.physicalLocation?.artifactLocation).toEqual({ uri: 'packages/api/requests/bad.json', uriBaseId: '%SRCROOT%' });
    }
  });

  it('falls back to the working folder as %SRCROOT% outside a repository, and gives a file outside it an absolute file URI', async () => {
    const root = await tempDir({ 'work/bad.json': json(BAD_REGION), 'other/bad.json': json(BAD_REGION) });
    const { stdout } = await cli(['check', '--format', 'sarif', 'bad.json', '../other/bad.json'], join(root, 'work'));
    const log = JSON.parse(stdout) as Log;
    expect(log.runs[0]?.originalUriBaseIds?.['%SRCROOT%']?.uri).toBe(pathToFileURL(`${join(root, 'work')}/`).href);
    expect(results(log).map((result) => result.locations?.[0]?.physicalLocation?.artifactLocation)).toEqual([
      { uri: 'bad.json', uriBaseId: '%SRCROOT%' },
      { uri: pathToFileURL(join(root, 'other', 'bad.json')).href },
    ]);
  });
});
