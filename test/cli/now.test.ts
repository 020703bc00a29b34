/**
 * `--now` of sample and check: the "now" of time-range-in-future, so that the same seed and the
 * same --now print the same lines on any day, and a future range is one on the day it is checked.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cli, json, lines, NEW_IMPORT, tempDir } from './helpers.js';

const DAY_MS = 86_400_000;
const HINT = "Run 'cloudtrail-import-contract --help' for usage.";

afterEach(() => {
  vi.useRealTimers();
});

/** Runs the CLI on the system clock, set to `systemTime`. */
async function onSystemClock(argv: readonly string[], systemTime: string, cwd = process.cwd()): ReturnType<typeof cli> {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date(systemTime) });
  try {
    return await cli(argv, cwd, '', 'system');
  } finally {
    vi.useRealTimers();
  }
}

describe('sample --now', () => {
  const argv = ['sample', '--invalid', 'time-range-in-future', '--seed', '42', '-n', '50'];

  it('prints byte-identical lines for the same --seed and --now, whatever the system clock says', async () => {
    const monday = await onSystemClock([...argv, '--now', '2026-11-24T00:00:00Z'], '2026-11-30T09:00:00Z');
    const later = await onSystemClock([...argv, '--now=1795478400'], '2027-03-01T17:45:12.345Z');
    expect(monday.code).toBe(0);
    expect(lines(monday.stdout)).toHaveLength(50);
    expect(later.stdout).toBe(monday.stdout);
  });

  it('starts every time-range-in-future range at least a day after --now', async () => {
    const now = Date.parse('2026-11-24T00:00:00Z');
    const { code, stdout } = await cli([...argv, '-n', '200', '--now', '2026-11-24T00:00:00Z'], process.cwd(), '', 'system');
    expect(code).toBe(0);
    for (const line of lines(stdout)) {
      const { request } = JSON.parse(line) as { request: { StartEventTime: string } };
      expect(Date.parse(request.StartEventTime) - now).toBeGreaterThanOrEqual(DAY_MS);
    }
  });

  it('makes ranges that are still in the future when check runs on the system clock', async () => {
    const printed = await cli(['sample', '--invalid', 'time-range-in-future', '--seed', '7', '-n', '100'], process.cwd(), '', 'system');
    const requests = lines(printed.stdout).map((line) => (JSON.parse(line) as { request: unknown }).request);
    const cwd = await tempDir({ 'future.json': json(requests) });
    const checked = await cli(['check', '--format', 'json', 'future.json'], cwd, '', 'system');
    const documents = JSON.parse(checked.stdout) as { violations: { code: string }[] }[];
    expect(documents.map((d) => d.violations.map((v) => v.code))).toEqual(requests.map(() => ['time-range-in-future']));
  });
});

describe('check --now', () => {
  const future = { ...NEW_IMPORT, StartEventTime: '2030-01-01T00:00:00Z', EndEventTime: '2030-02-01T00:00:00Z' };

  it.each([
    ['2029-12-31T23:59:59Z', ['time-range-in-future']],
    ['2030-01-01T00:00:01Z', []],
    ['1893456001', []],
    ['1893455999.5', ['time-range-in-future']],
    ['2030-01-02', []],
  ])('reads --now %s as the time future starts are compared with', async (now, codes) => {
    const cwd = await tempDir({ 'request.json': json(future) });
    const { code, stdout } = await onSystemClock(['check', '--format', 'json', '--now', now, 'request.json'], '2026-01-01T00:00:00Z', cwd);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { violations: { code: string }[] }[])[0]?.violations.map((v) => v.code)).toEqual(codes);
  });
});

describe('check --operation CreateImportTask --now', () => {
  // Filter times are epoch milliseconds; retention is ten years (3653 days) before "now".
  const task = (startEventTime: number, endEventTime: number): Record<string, unknown> => ({
    importSourceArn: 'arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/0b2f7a4c-9f3e-4c1d-8a55-6c1e2f3d4b5a',
    importRoleArn: 'arn:aws:iam::123456789012:role/LogsImportRole',
    importFilter: { startEventTime, endEventTime },
  });
  const start = Date.parse('2024-01-01T00:00:00Z');
  const end = Date.parse('2024-01-02T00:00:00Z');

  it.each([
    ['2023-12-31T00:00:00Z', ['logs-time-in-future', 'logs-time-in-future']],
    ['2024-01-01T12:00:00Z', ['logs-time-in-future']],
    ['2026-01-01T00:00:00Z', []],
    ['2034-01-01T12:00:00Z', ['logs-time-outside-retention']],
  ])('judges the filter times against --now %s, whatever the system clock says', async (now, codes) => {
    const cwd = await tempDir({ 'task.json': json(task(start, end)) });
    for (const systemTime of ['2026-01-01T00:00:00Z', '2040-06-01T00:00:00Z']) {
      const { code, stdout } = await onSystemClock(['check', '--operation', 'CreateImportTask', '--format', 'json', '--now', now, 'task.json'], systemTime, cwd);
      const violations = (JSON.parse(stdout) as { violations: { code: string }[] }[])[0]?.violations ?? [];
      expect(violations.map((v) => v.code)).toEqual(codes);
      expect(code).toBe(codes.includes('logs-time-outside-retention') ? 1 : 0);
    }
  });
});

describe('check --operation NAME --now, for an operation whose checks read no clock', () => {
  // One loop over the operations passes --now to each: the report is what it is at any "now".
  it.each([
    ['GetImport', { ImportId: '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b' }, []],
    ['ListImports', { MaxResults: 0 }, ['max-results-out-of-range']],
    ['DescribeImportTasks', { limit: 0 }, ['logs-limit-out-of-range']],
    ['CancelImportTask', {}, ['required-member-missing']],
  ])('checks %s as without it', async (operation, input, codes) => {
    const cwd = await tempDir({ 'input.json': json(input) });
    const withNow = await cli(['check', '--operation', operation, '--format', 'json', '--now', '2026-01-01T00:00:00Z', 'input.json'], cwd);
    const without = await cli(['check', '--operation', operation, '--format', 'json', 'input.json'], cwd);
    expect(withNow).toEqual(without);
    expect((JSON.parse(withNow.stdout) as { violations: { code: string }[] }[])[0]?.violations.map((v) => v.code)).toEqual(codes);
    expect(withNow.code).toBe(codes.length === 0 ? 0 : 1);
  });
});

describe('--now with bad usage', () => {
  const expected = (got: string): string => `--now must be an ISO-8601 date-time (2026-01-01T00:00:00Z) or epoch seconds (1767225600) (got '${got}')`;
  it.each([
    [['sample', '--now', 'tomorrow'], expected('tomorrow')],
    [['sample', '--now', '2026-13-01'], expected('2026-13-01')],
    [['check', '--now', '1e9', 'x.json'], expected('1e9')],
    [['check', '--now', '', 'x.json'], expected('')],
    [['sample', '--now'], '--now needs a value'],
    [['check', '--kind', 'error', '--now', '2026-01-01', 'x.json'], '--now does not apply to --kind error (only to --kind request and wire)'],
    [['rules', '--now', '2026-01-01'], '--now does not apply to rules (only to check and sample)'],
    [['sample', '--kind', 'new', '--now', '2026-01-01'], '--now does not apply to sample without --invalid (only to --invalid CODE: the valid requests read no clock)'],
    [['check', '--operation', 'CreateImportTask', '--kind', 'response', '--now', '2026-01-01', 'x.json'], '--now does not apply to --kind response (only to --kind request and wire)'],
  ])('exits 2 naming the problem for %j', async (argv, message) => {
    expect(await cli(argv, process.cwd())).toEqual({ code: 2, stdout: '', stderr: `cloudtrail-import-contract: ${message}\n${HINT}\n` });
  });

  it('lists --now for check and sample in --help', async () => {
    const { stdout } = await cli(['--help'], process.cwd());
    expect(stdout.match(/--now T/g)).toHaveLength(2);
  });
});
