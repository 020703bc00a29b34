import { describe, expect, it } from 'vitest';
import { mutationsFor } from '../../src/arbitraries/_internals/mutations/index.js';
import { breakableCodes, requestContract } from '../../src/arbitraries/_internals/contract-values.js';
import { CONTRACT_OPERATIONS } from '../../src/contract/operations.js';
import { ruleCatalogue, validateImportRequest, validateStartImportRequest, type ViolationCode } from '../../src/index.js';
import { labelMismatch } from '../arbitraries/support/labelled.js';
import { cli, lines, NOW } from './helpers.js';

const HINT = "Run 'cloudtrail-import-contract --help' for usage.";

/** Runs `sample` and returns its exit code, stderr and the JSON documents it printed. */
async function sample(argv: readonly string[]): Promise<{ code: number; stderr: string; documents: Record<string, unknown>[] }> {
  const { code, stdout, stderr } = await cli(['sample', ...argv], process.cwd());
  return { code, stderr, documents: lines(stdout).map((line) => JSON.parse(line) as Record<string, unknown>) };
}

const violationsOf = (request: unknown, shape: 'cli' | 'wire'): string[] =>
  validateStartImportRequest(request, { shape, now: NOW }).violations.map((v) => `${v.severity} ${v.code} ${v.path}`);

describe('sample', () => {
  it('prints 10 valid requests in the cli shape, one JSON document per line, and exits 0', async () => {
    const { code, stdout, stderr } = await cli(['sample'], process.cwd());
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout.endsWith('\n')).toBe(true);
    const printed = lines(stdout);
    expect(printed).toHaveLength(10);
    for (const line of printed) expect(violationsOf(JSON.parse(line), 'cli')).toEqual([]);
  });

  it('prints the same lines for the same --seed, and others for another', async () => {
    const first = await cli(['sample', '--seed', '20261124', '-n', '20'], process.cwd());
    const again = await cli(['sample', '-n', '20', '--seed=20261124'], process.cwd());
    const other = await cli(['sample', '--seed', '-7', '-n', '20'], process.cwd());
    expect(again.stdout).toBe(first.stdout);
    expect(other.stdout).not.toBe(first.stdout);
    const invalid = (): Promise<unknown> => cli(['sample', '--invalid', 'partition-mismatch', '--seed', '3'], process.cwd());
    expect(await invalid()).toEqual(await invalid());
  });

  it.each([
    [['-n', '3'], 3],
    [['--count', '1'], 1],
    [['-n', '250'], 250],
  ])('prints as many lines as %j asks', async (argv, count) => {
    expect((await sample(argv)).documents).toHaveLength(count);
  });

  it('prints only retries with --kind retry and only new imports with --kind new', async () => {
    for (const document of (await sample(['--kind', 'retry', '-n', '30'])).documents) expect(Object.keys(document)).toEqual(['ImportId']);
    for (const document of (await sample(['--kind', 'new', '-n', '30'])).documents) {
      expect(document).not.toHaveProperty('ImportId');
      expect(document).toHaveProperty('Destinations');
    }
  });

  it('writes timestamps as epoch seconds with --shape wire and as ISO-8601 strings by default', async () => {
    const timed = (documents: Record<string, unknown>[]): unknown[] => documents.map((d) => d['StartEventTime']).filter((t) => t !== undefined);
    const wire = await sample(['--shape', 'wire', '--kind', 'new', '-n', '30', '--seed', '1']);
    expect(timed(wire.documents).every((t) => typeof t === 'number')).toBe(true);
    for (const document of wire.documents) expect(violationsOf(document, 'wire')).toEqual([]);
    const cliShape = await sample(['--kind', 'new', '-n', '30', '--seed', '1']);
    expect(timed(cliShape.documents).every((t) => typeof t === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(t))).toBe(true);
    expect(timed(cliShape.documents).length).toBeGreaterThan(0);
  });

  // Every request code a mutation makes, through JSON and back: the label survives the printing.
  const alsoOf = (code: ViolationCode): ViolationCode[] => [...new Set(mutationsFor(code).flatMap((m) => m.also))];
  const producible = ruleCatalogue.filter((e) => e.subjects.includes('request') && mutationsFor(e.code).length > 0).map((e) => e.code);
  it.each(producible.flatMap((code) => [[code, 'cli'] as const, [code, 'wire'] as const]))(
    'prints { request, expected } lines whose request carries exactly %s (--shape %s)',
    async (code, shape) => {
      const { code: exit, documents } = await sample(['--invalid', code, '--shape', shape, '-n', '8', '--seed', '11']);
      expect(exit).toBe(0);
      expect(documents).toHaveLength(8);
      for (const document of documents) {
        expect(Object.keys(document)).toEqual(['request', 'expected']);
        expect(document['expected']).toBe(code);
        expect(labelMismatch({ request: document['request'], expected: code, also: alsoOf(code) }, shape, NOW)).toBeUndefined();
      }
    },
  );
});

describe('sample --operation', () => {
  const others = CONTRACT_OPERATIONS.filter((operation) => operation !== 'StartImport');
  const errorsOf = (operation: (typeof others)[number], request: unknown, shape: 'cli' | 'wire'): string[] =>
    validateImportRequest(operation, request, { shape, now: NOW })
      .violations.filter((v) => v.severity === 'error')
      .map((v) => v.code);

  it.each(others.flatMap((operation) => [[operation, 'cli'] as const, [operation, 'wire'] as const]))('prints valid %s requests (--shape %s), the same for the same --seed', async (operation, shape) => {
    const argv = ['--operation', operation, '--shape', shape, '-n', '25', '--seed', '5'];
    const { code, stderr, documents } = await sample(argv);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(documents).toHaveLength(25);
    for (const document of documents) expect(errorsOf(operation, document, shape), JSON.stringify(document)).toEqual([]);
    expect((await sample(argv)).documents).toEqual(documents);
  });

  // Every code a check of the operation's requests can be broken to earn, through JSON and back.
  it.each(others.flatMap((operation) => breakableCodes(requestContract(operation, 'test')).map((code) => [operation, code] as const)))(
    'prints { request, expected } lines of %s requests that carry %s',
    async (operation, code) => {
      const { code: exit, stderr, documents } = await sample(['--operation', operation, '--invalid', code, '-n', '6', '--seed', '9']);
      expect({ exit, stderr }).toEqual({ exit: 0, stderr: '' });
      expect(documents).toHaveLength(6);
      for (const document of documents) {
        expect(Object.keys(document)).toEqual(['request', 'expected']);
        expect(document['expected']).toBe(code);
        expect(errorsOf(operation, document['request'], 'cli'), JSON.stringify(document)).toContain(code);
      }
    },
  );

  it.each([
    [['--operation', 'GetImport', '--kind', 'new'], '--kind does not apply to --operation GetImport (only to StartImport, whose requests are new imports or retries)'],
    [['--operation', 'CreateImportTask', '--invalid', 'logs-time-in-future', '--now', '2026-01-01T00:00:00Z'], '--now does not apply to sample --operation CreateImportTask (only to StartImport\'s invalid requests, made against "now")'],
    [['--operation', 'GetImport', '--invalid', 'partition-mismatch'], "--invalid takes a GetImport request code: 'partition-mismatch' is checked on StartImport only"],
    [['--invalid', 'logs-time-in-seconds'], "--invalid takes a StartImport request code: 'logs-time-in-seconds' is checked on CreateImportTask only (choose one with --operation)"],
    [['--operation', 'CancelImportTask', '--invalid', 'logs-cancel-status-not-cancelled'], "--invalid takes a request code: 'logs-cancel-status-not-cancelled' is not checked on CancelImportTask requests"],
  ])('exits 2 with a message and nothing on stdout for sample %j', async (argv, message) => {
    expect(await cli(['sample', ...argv], process.cwd())).toEqual({ code: 2, stdout: '', stderr: `cloudtrail-import-contract: ${message}\n${HINT}\n` });
  });

  it('earns the report\'s cap, violations-truncated, for every operation the catalogue lists it for', async () => {
    const { code, stdout, stderr } = await cli(['sample', '--operation', 'GetImport', '--invalid', 'violations-truncated', '-n', '2', '--seed', '3'], process.cwd());
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    for (const line of stdout.trimEnd().split('\n')) {
      const { request, expected } = JSON.parse(line) as { request: unknown; expected: string };
      expect(expected).toBe('violations-truncated');
      expect(validateImportRequest('GetImport', request, { shape: 'cli' }).violations.at(-1)?.code).toBe('violations-truncated');
    }
  });
});

describe('sample with bad usage', () => {
  it.each([
    [['--invalid', 'no-such-code'], "--invalid: unknown code 'no-such-code' (run 'rules' for the list)"],
    [['--invalid', 'unknown-membr'], "--invalid: unknown code 'unknown-membr' (run 'rules' for the list); did you mean unknown-member?"],
    [['--invalid', 'Destination-Pattern'], "--invalid: unknown code 'Destination-Pattern' (run 'rules' for the list); did you mean destination-pattern?"],
    [['--invalid', 'response-timestamps-reversed'], "--invalid takes a request code: 'response-timestamps-reversed' is not checked on requests"],
    [['--invalid', 'time-range-reversed', '--kind', 'new'], '--kind does not apply to --invalid (an invalid request has no kind to choose)'],
    [['--kind', 'request'], "--kind must be one of new, retry, any (got 'request')"],
    [['--shape', 'sdk'], "--shape must be one of cli, wire (got 'sdk')"],
    [['-n', '0'], "-n must be a whole number from 1 to 100000 (got '0')"],
    [['-n', '2.5'], "-n must be a whole number from 1 to 100000 (got '2.5')"],
    [['-n', '100001'], "-n must be a whole number from 1 to 100000 (got '100001')"],
    [['-n'], '-n needs a value'],
    [['--seed', 'abc'], "--seed must be a whole number from -2147483648 to 2147483647 (got 'abc')"],
    [['--seed', '2147483648'], "--seed must be a whole number from -2147483648 to 2147483647 (got '2147483648')"],
    [['--format', 'json'], '--format does not apply to sample (only to check)'],
    [['--status', '400'], '--status does not apply to sample (only to check)'],
    [['fixtures'], "sample takes no PATH (got 'fixtures')"],
  ])('exits 2 with a message on stderr and nothing on stdout for sample %j', async (argv, message) => {
    expect(await cli(['sample', ...argv], process.cwd())).toEqual({ code: 2, stdout: '', stderr: `cloudtrail-import-contract: ${message}\n${HINT}\n` });
  });

  it.each([
    [['check', '-n', '3', 'x.json'], '-n does not apply to check (only to sample)'],
    [['check', '--seed', '3', 'x.json'], '--seed does not apply to check (only to sample)'],
    [['rules', '--invalid', 'unknown-member'], '--invalid does not apply to rules (only to sample)'],
    [['rules', '--shape', 'cli'], '--shape does not apply to rules (only to check and sample)'],
  ])('exits 2 when sample options are given to another command: %j', async (argv, message) => {
    expect(await cli(argv, process.cwd())).toEqual({ code: 2, stdout: '', stderr: `cloudtrail-import-contract: ${message}\n${HINT}\n` });
  });

  it('lists sample and its options in --help', async () => {
    const { stdout } = await cli(['--help'], process.cwd());
    for (const text of ['sample [options]', '--kind new|retry|any', '--invalid CODE', '-n N, --count N', '--seed S']) expect(stdout).toContain(text);
  });
});
