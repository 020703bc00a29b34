import { describe, expect, it } from 'vitest';
import { ruleCatalogue } from '../../src/index.js';
import { POLICY_RULE_NAMES } from '../../src/policy/index.js';
import { ROLE_CHECKS } from '../../src/role/index.js';
import { POLICY_RULES } from '../../src/policy/index.js';
import { cli, json, lines, RETRY, tempDir, VERSION } from './helpers.js';

const HINT = "Run 'cloudtrail-import-contract --help' for usage.";

describe('rules', () => {
  /** The table under a section title. */
  function section(stdout: string, title: string): string[] {
    const blocks = stdout.split('\n\n').map(lines);
    return (blocks.find((candidate) => candidate[0]?.startsWith(title)) ?? []).slice(1);
  }

  /** Asserts a table: the heading, then one row per entry with its cells under the headings. */
  function expectTable(rows: readonly string[], entries: readonly { code: string; severity: string; basis: string; exception?: string; description: string }[]): void {
    expect(rows).toHaveLength(entries.length + 1);
    const [heading = '', ...body] = rows;
    expect(heading.split(/\s+/)).toEqual(['CODE', 'SEVERITY', 'BASIS', 'EXCEPTION', 'DESCRIPTION']);
    entries.forEach((entry, index) => {
      const row = body[index] ?? '';
      expect(row.startsWith(`${entry.code} `)).toBe(true);
      expect(row.slice(heading.indexOf('SEVERITY')).startsWith(`${entry.severity} `)).toBe(true);
      expect(row.slice(heading.indexOf('BASIS')).startsWith(`${entry.basis} `)).toBe(true);
      expect(row.slice(heading.indexOf('EXCEPTION')).startsWith(`${entry.exception ?? '-'} `)).toBe(true);
      expect(row.slice(heading.indexOf('DESCRIPTION'))).toBe(entry.description);
    });
  }

  it('prints the catalogue first, under its title, as a table with aligned columns, one row per code', async () => {
    const { code, stdout, stderr } = await cli(['rules'], process.cwd());
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.startsWith('Contract checks (check: what AWS would accept of a request, its response or an error; the codes a violation carries):\nCODE ')).toBe(true);
    expectTable(section(stdout, 'Contract checks'), ruleCatalogue);
  });

  it('prints the twelve policy rules and the role checks after it, each under its own title', async () => {
    const { stdout } = await cli(['rules'], process.cwd());
    expect(stdout.split('\n\n')).toHaveLength(3);
    expectTable(section(stdout, 'Policy rules'), POLICY_RULES);
    expect(POLICY_RULES.map((entry) => entry.code)).toEqual(POLICY_RULE_NAMES.map((name) => `policy/${name}`));
    expectTable(section(stdout, 'Role checks'), ROLE_CHECKS);
    expect(stdout).toContain('\n\nPolicy rules (check --policy FILE; reported only for the rules a policy file sets, at the severity it gives, error by default):\nCODE ');
  });

  it('prints the catalogue as the JSON array ruleCatalogue exports with --format json, then the policy rules and role checks', async () => {
    const { code, stdout } = await cli(['rules', '--format', 'json'], process.cwd());
    expect(code).toBe(0);
    const entries = JSON.parse(stdout) as unknown[];
    expect(entries.slice(0, ruleCatalogue.length)).toEqual(ruleCatalogue);
    expect(entries.slice(ruleCatalogue.length, ruleCatalogue.length + POLICY_RULES.length)).toEqual(POLICY_RULES);
    expect(entries.slice(ruleCatalogue.length + POLICY_RULES.length)).toEqual(ROLE_CHECKS.map((entry) => ({ ...entry, subjects: [] })));
    expect(entries).toContainEqual({
      code: 'policy/max-time-range-days',
      severity: 'error',
      basis: 'policy',
      subjects: ['request'],
      description: 'EndEventTime minus StartEventTime must be at most this many days.',
    });
  });

  it.each([
    [['rules', '--format', 'sarif'], "--format must be one of text, json (got 'sarif')"],
    [['rules', '--kind', 'request'], '--kind does not apply to rules (only to check and sample)'],
    [['rules', 'fixtures'], "rules takes no PATH (got 'fixtures')"],
  ])('exits 2 for %j', async (argv, message) => {
    expect(await cli(argv, process.cwd())).toEqual({ code: 2, stdout: '', stderr: `cloudtrail-import-contract: ${message}\n${HINT}\n` });
  });
});

describe('--help and --version', () => {
  it.each([[['--help']], [['-h']], [['check', '--help']], [['rules', '-h', '--format', 'nonsense']]])(
    'prints the usage on stdout and exits 0 for %j',
    async (argv) => {
      const { code, stdout, stderr } = await cli(argv, process.cwd());
      expect(code).toBe(0);
      expect(stderr).toBe('');
      expect(stdout).toMatch(/^Usage: cloudtrail-import-contract <command> \[options\]\n/);
      for (const option of ['--format text|json|sarif', '--kind request|response|error', '--shape cli|wire', '--request FILE', '--status N', '--version']) {
        expect(stdout).toContain(option);
      }
    },
  );

  it('prints the version it is given', async () => {
    expect(await cli(['--version'], process.cwd())).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
  });
});

describe('bad usage', () => {
  it.each([
    [[], 'missing command: check, check-role, plan, rules or sample'],
    [['lint', 'x.json'], "unknown command 'lint' (commands: check, check-role, plan, rules, sample)"],
    [['check'], 'check needs at least one PATH (a JSON file, a directory, or - for stdin)'],
    [['check', 'a.json', ''], 'a PATH must not be empty (. names the working folder)'],
    [['check', '--bogus', 'x.json'], "unknown check option '--bogus' (options: --format, --kind, --operation, --service, --shape, --request, --status, --policy, --no-policy, --now, --lines, --help, --version)"],
    [['check', '--bogus=1', 'x.json'], "unknown check option '--bogus' (options: --format, --kind, --operation, --service, --shape, --request, --status, --policy, --no-policy, --now, --lines, --help, --version)"],
    [['check', '-x', 'x.json'], "unknown check option '-x' (options: --format, --kind, --operation, --service, --shape, --request, --status, --policy, --no-policy, --now, --lines, --help, --version)"],
    [['check', 'x.json', '--format'], '--format needs a value'],
    [['check', '--format', 'xml', 'x.json'], "--format must be one of text, json, sarif (got 'xml')"],
    [['check', '--kind', 'requests', 'x.json'], "--kind must be one of request, response, error, wire (got 'requests')"],
    [['check', '--kind', 'wire', '--service', 'Logs', 'x.json'], "--service must be one of CloudTrail, CloudWatchLogs (got 'Logs')"],
    [['check', '--service', 'CloudWatchLogs', 'x.json'], '--service does not apply to --kind request (only to --kind wire)'],
    [['check', '--kind', 'response', '--service', 'CloudTrail', 'x.json'], '--service does not apply to --kind response (only to --kind wire)'],
    [['check', '--kind', 'wire', '--service', 'CloudWatchLogs', '--policy', 'p.json', 'x.json'], '--policy does not apply to --service CloudWatchLogs (a policy is of StartImport requests)'],
    [['check', '--kind', 'response', '--policy', 'p.json', 'x.json'], '--policy does not apply to --kind response (only to --kind request and wire)'],
    ...['--operation GetImport', '--shape wire', '--request r.json', '--status 400'].map(
      (option): [string[], string] => [
        ['check', '--kind', 'wire', ...option.split(' '), 'x.json'],
        `${option.split(' ')[0] ?? ''} does not apply to --kind wire (the X-Amz-Target names the operation, and its body is JSON in the wire shape)`,
      ],
    ),
    [['rules', '--service', 'CloudTrail'], '--service does not apply to rules (only to check)'],
    [['sample', '--service', 'CloudTrail'], '--service does not apply to sample (only to check)'],
    [['check', '--shape', 'sdk', 'x.json'], "--shape must be one of cli, wire (got 'sdk')"],
    [['check', '--request', 'r.json', 'x.json'], '--request does not apply to --kind request (only to --kind response)'],
    [['check', '--kind', 'response', '--status', '400', 'x.json'], '--status does not apply to --kind response (only to --kind error)'],
    [['check', '--kind', 'error', '--shape', 'wire', 'x.json'], '--shape does not apply to --kind error (an error body has no timestamps)'],
    [['check', '--kind', 'error', '--status', '4xx', 'x.json'], "--status must be an HTTP status code from 100 to 599 (got '4xx')"],
    [['check', '--kind', 'error', '--status', '700', 'x.json'], "--status must be an HTTP status code from 100 to 599 (got '700')"],
    [['check', '-', '-'], 'stdin (-) can be read only once'],
    [['check', '--kind', 'response', '--request', '-', '-'], 'stdin (-) can be read only once'],
    [['--version=2'], '--version takes no value'],
  ])('exits 2 with a message on stderr and nothing on stdout for %j', async (argv, message) => {
    expect(await cli(argv, process.cwd())).toEqual({ code: 2, stdout: '', stderr: `cloudtrail-import-contract: ${message}\n${HINT}\n` });
  });

  it('reads an argument after -- as a PATH even when it looks like an option', async () => {
    const cwd = await tempDir({ '--weird.json': json(RETRY) });
    expect(await cli(['check', '--', '--weird.json'], cwd)).toEqual({
      code: 0,
      stdout: 'checked 1 document in 1 file: 0 invalid, 0 errors, 0 warnings\n',
      stderr: '',
    });
  });

  it('lets the last of a repeated option win', async () => {
    const cwd = await tempDir({ 'retry.json': json(RETRY) });
    const { code, stdout } = await cli(['check', '--format', 'text', '--format', 'json', 'retry.json'], cwd);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([{ file: 'retry.json', kind: 'request', valid: true, violations: [] }]);
  });
});
