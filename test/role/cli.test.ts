import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cli, json, lines, tempDir } from '../cli/helpers.js';
import { LOGS_API_REFERENCE, USER_GUIDE } from './support.js';

const guide = (file: string): string => readFileSync(join(USER_GUIDE, file), 'utf8');
const ALL = ['--request', 'request.json', '--trust', 'trust.json', '--permissions', 'permissions.json', '--bucket-policy', 'bucket.json', '--kms-policy', 'kms.json'];

async function userGuideDir(overrides: Readonly<Record<string, string>> = {}): Promise<string> {
  return tempDir({
    'request.json': guide('request.json'),
    'trust.json': guide('trust-policy.json'),
    'permissions.json': guide('permissions-policy.json'),
    'bucket.json': guide('bucket-policy.json'),
    'kms.json': guide('kms-key-policy.json'),
    ...overrides,
  });
}

describe('runCli check-role', () => {
  it('exits 0 and prints the summary when the User Guide policies are checked', async () => {
    const outcome = await cli(['check-role', ...ALL], await userGuideDir());
    expect(outcome).toEqual({ code: 0, stdout: 'checked the import role policies for request.json: valid, 0 errors, 0 warnings\n', stderr: '' });
  });

  it('exits 1 and prints each violation as PATH severity code: message when the trust policy trusts another service', async () => {
    const trust = JSON.parse(guide('trust-policy.json')) as { Statement: { Principal: { Service: string } }[] };
    const [statement] = trust.Statement;
    if (statement !== undefined) statement.Principal.Service = 'ec2.amazonaws.com';
    const outcome = await cli(['check-role', '--request', 'request.json', '--trust', 'trust.json', '--permissions', 'permissions.json'], await userGuideDir({ 'trust.json': json(trust) }));
    expect(outcome.code).toBe(1);
    expect(lines(outcome.stdout)).toEqual([
      '/trustPolicy/Statement error role/trust-not-cloudtrail: must allow the service principal cloudtrail.amazonaws.com to sts:AssumeRole',
      'checked the import role policies for request.json: invalid, 1 error, 0 warnings',
    ]);
  });

  it('prints { valid, violations } with --format json, and reports JSON that is no policy as a violation', async () => {
    const outcome = await cli(['check-role', ...ALL, '--format=json'], await userGuideDir({ 'kms.json': '[{ "Statement": [] }]' }));
    expect(outcome.code).toBe(1);
    const report = JSON.parse(outcome.stdout) as { valid: boolean; violations: { code: string; path: string }[] };
    expect(report.valid).toBe(false);
    expect(report.violations.map((v) => [v.code, v.path])).toEqual([['role/policy-malformed', '/kmsKeyPolicy']]);
  });

  it('takes its options in any order, before or after the command word', async () => {
    const cwd = await userGuideDir();
    const expected = await cli(['check-role', ...ALL], cwd);
    const pairs = [0, 2, 4, 6, 8].map((i) => ALL.slice(i, i + 2));
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray(pairs, { minLength: pairs.length }), fc.nat(pairs.length), async (order, at) => {
        const argv = [...order.slice(0, at).flat(), 'check-role', ...order.slice(at).flat()];
        expect(await cli(argv, cwd)).toEqual(expected);
      }),
      { numRuns: 30 },
    );
    expect((await cli(['--format', 'json', 'check-role', ...ALL], cwd)).stdout).toBe((await cli(['check-role', ...ALL, '--format', 'json'], cwd)).stdout);
  });

  it.each([
    ['--request', 'request.json'],
    ['--trust', 'trust-policy.json'],
    ['--permissions', 'permissions-policy.json'],
    ['--bucket-policy', 'bucket-policy.json'],
    ['--kms-policy', 'kms-key-policy.json'],
  ])('reads %s - from stdin', async (option, file) => {
    const cwd = await userGuideDir();
    const argv = ALL.map((arg, i) => (ALL[i - 1] === option ? '-' : arg));
    const outcome = await cli(['check-role', ...argv], cwd, guide(file));
    const name = option === '--request' ? '<stdin>' : 'request.json';
    expect(outcome).toEqual({ code: 0, stdout: `checked the import role policies for ${name}: valid, 0 errors, 0 warnings\n`, stderr: '' });
  });

  it('checks a document read from stdin as it checks the same file', async () => {
    const trust = JSON.parse(guide('trust-policy.json')) as { Statement: { Principal: { Service: string } }[] };
    const [statement] = trust.Statement;
    if (statement !== undefined) statement.Principal.Service = 'ec2.amazonaws.com';
    const cwd = await userGuideDir({ 'trust.json': json(trust) });
    const fromFile = await cli(['check-role', ...ALL], cwd);
    expect(fromFile.code).toBe(1);
    expect(await cli(['check-role', ...ALL.map((arg) => (arg === 'trust.json' ? '-' : arg))], cwd, json(trust))).toEqual(fromFile);
  });

  it('exits 2 naming each file that cannot be read, in option order', async () => {
    const cwd = await userGuideDir({ 'empty.json': ' \n', 'folder/a.json': '{}' });
    const outcome = await cli(['check-role', '--request', 'nope.json', '--trust', 'folder', '--permissions', 'empty.json'], cwd);
    expect(outcome).toEqual({ code: 2, stdout: '', stderr: 'nope.json: does not exist\nfolder: is a directory: --trust takes one JSON file\nempty.json: is empty\n' });
  });

  it('exits 2 naming the file, line and column of JSON that does not parse, a policy or the request', async () => {
    const outcome = await cli(['check-role', ...ALL], await userGuideDir({ 'kms.json': '{ "Statement": [', 'request.json': '{\n  "Destinations": nope\n}' }));
    expect(outcome).toEqual({ code: 2, stdout: '', stderr: "request.json:2:19: unexpected 'nope'\nkms.json:1:17: unexpected end of JSON (truncated?)\n" });
  });

  it('exits 2 naming stdin, line and column, for JSON on stdin that does not parse', async () => {
    const outcome = await cli(['check-role', ...ALL.map((arg) => (arg === 'permissions.json' ? '-' : arg))], await userGuideDir(), '{\n  "Statement": [1,]\n}');
    expect(outcome).toEqual({ code: 2, stdout: '', stderr: '<stdin>:2:18: trailing comma (not allowed in JSON)\n' });
  });

  it.each([
    [['--trust', 't.json', '--permissions', 'p.json'], 'check-role needs --request FILE'],
    [['--request', 'r.json'], 'check-role needs --trust FILE, --permissions FILE'],
    [['--request', 'r.json', '--trust', 't.json', '--permissions', 'p.json', '--format', 'sarif'], "--format must be one of text, json (got 'sarif')"],
    [['--request', 'r.json', '--kind', 'request'], "unknown check-role option '--kind' (options: --request, --trust, --permissions, --bucket-policy, --kms-policy, --caller-policy, --kms-key-id, --operation, --format, --help)"],
    [['--request', 'r.json', '--policy=p.json'], "unknown check-role option '--policy' (options: --request, --trust, --permissions, --bucket-policy, --kms-policy, --caller-policy, --kms-key-id, --operation, --format, --help)"],
    [['-x', '--request', 'r.json'], "unknown check-role option '-x' (options: --request, --trust, --permissions, --bucket-policy, --kms-policy, --caller-policy, --kms-key-id, --operation, --format, --help)"],
    [['r.json'], "check-role takes no PATH (got 'r.json'): name the files with --request, --trust and --permissions (- for stdin)"],
    [['-'], "check-role takes no PATH (got '-'): name the files with --request, --trust and --permissions (- for stdin)"],
    [['--request'], '--request needs a value'],
    [['--request', '-', '--trust', 't.json', '--permissions', '-'], 'stdin (-) can be read only once: --request and --permissions both name it'],
    [['--request', 'r.json', '--trust', 't.json', '--permissions', 'p.json', '--bucket-policy', '-', '--kms-policy=-'], 'stdin (-) can be read only once: --bucket-policy and --kms-policy both name it'],
  ])('exits 2 with a usage error for %j', async (argv, message) => {
    const outcome = await cli(['check-role', ...argv], await tempDir());
    expect(outcome).toEqual({ code: 2, stdout: '', stderr: `cloudtrail-import-contract: ${message}\nRun 'cloudtrail-import-contract --help' for usage.\n` });
  });

  it('reads the options before the command word too, so a usage error there is check-role\'s', async () => {
    const outcome = await cli(['--kind', 'request', 'check-role', '--request', 'r.json'], await tempDir());
    expect(lines(outcome.stderr)[0]).toBe("cloudtrail-import-contract: unknown check-role option '--kind' (options: --request, --trust, --permissions, --bucket-policy, --kms-policy, --caller-policy, --kms-key-id, --operation, --format, --help)");
  });

  it.each([[['check-role', '--help']], [['check-role', '--request', 'r.json', '-h']], [['--help', 'check-role']]])('prints the usage, which lists check-role, for %j', async (argv) => {
    const outcome = await cli(argv, await tempDir());
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toContain('check-role --request R --trust T --permissions P');
  });
});

const reference = (file: string): string => readFileSync(join(LOGS_API_REFERENCE, file), 'utf8');
const KEY = (JSON.parse(reference('event-data-store.json')) as { KmsKeyId: string }).KmsKeyId;
const LOGS = ['--request', 'request.json', '--trust', 'trust.json', '--permissions', 'permissions.json', '--caller-policy', 'caller.json', '--kms-key-id', KEY, '--kms-policy', 'kms.json'];

async function referenceDir(overrides: Readonly<Record<string, string>> = {}): Promise<string> {
  return tempDir({
    'request.json': reference('request.json'),
    'trust.json': reference('trust-policy.json'),
    'permissions.json': reference('permissions-policy.json'),
    'caller.json': reference('caller-policy.json'),
    'kms.json': reference('kms-key-policy.json'),
    'start-import.json': guide('request.json'),
    ...overrides,
  });
}

describe('runCli check-role for a CloudWatch Logs CreateImportTask', () => {
  it("exits 0 for the API reference's example policy, telling the operation from the request", async () => {
    const outcome = await cli(['check-role', ...LOGS], await referenceDir());
    expect(outcome).toEqual({ code: 0, stdout: 'checked the CreateImportTask import role policies for request.json: valid, 0 errors, 0 warnings\n', stderr: '' });
    expect(await cli(['check-role', ...LOGS, '--operation', 'CreateImportTask'], await referenceDir())).toEqual(outcome);
  });

  it('exits 1 and prints each violation when the caller may not pass the role', async () => {
    const caller = JSON.parse(reference('caller-policy.json')) as { Statement: unknown[] };
    caller.Statement.shift();
    const outcome = await cli(['check-role', ...LOGS], await referenceDir({ 'caller.json': json(caller) }));
    expect(outcome.code).toBe(1);
    expect(lines(outcome.stdout)).toEqual([
      '/callerPolicy/Statement error role/logs-pass-role-missing: must allow iam:PassRole on arn:aws:iam::123456789012:role/apiCallerCredentials in callerPolicy',
      'checked the CreateImportTask import role policies for request.json: invalid, 1 error, 0 warnings',
    ]);
  });

  it('prints { valid, violations } with --format json, the key ARN taken as a value', async () => {
    const outcome = await cli(['check-role', ...LOGS.map((arg) => (arg === KEY ? KEY.replace(':key/', ':alias/') : arg)), '--format', 'json'], await referenceDir());
    expect(outcome.code).toBe(1);
    const report = JSON.parse(outcome.stdout) as { valid: boolean; violations: { code: string; path: string }[] };
    expect(report.violations.map((v) => [v.code, v.path])).toEqual([['role/logs-request-unusable', '/kmsKeyId']]);
  });

  it('checks the request as the operation --operation names, whatever its members', async () => {
    const outcome = await cli(['check-role', '--operation', 'StartImport', '--request', 'request.json', '--trust', 'trust.json', '--permissions', 'permissions.json'], await referenceDir());
    expect(outcome.code).toBe(1);
    expect(lines(outcome.stdout).at(-1)).toBe('checked the import role policies for request.json: invalid, 3 errors, 1 warning');
    expect(outcome.stdout).toContain('error role/request-unusable');
  });

  it.each([
    [['--operation', 'DescribeImportTasks'], "--operation must be one of StartImport, CreateImportTask for check-role, the operations that pass a role (got 'DescribeImportTasks')"],
    [['--operation', 'CreateImportTask', '--bucket-policy', 'b.json'], '--bucket-policy applies to StartImport only, and the request is a CreateImportTask'],
    [['--operation', 'StartImport', '--caller-policy', 'c.json', '--kms-key-id', KEY], '--caller-policy and --kms-key-id apply to CreateImportTask only, and the request is a StartImport'],
  ])('exits 2 with a usage error for %j', async (argv, message) => {
    const outcome = await cli(['check-role', '--request', 'r.json', '--trust', 't.json', '--permissions', 'p.json', ...argv], await tempDir());
    expect(outcome).toEqual({ code: 2, stdout: '', stderr: `cloudtrail-import-contract: ${message}\nRun 'cloudtrail-import-contract --help' for usage.\n` });
  });

  it('exits 2 when the request read is a StartImport and a CreateImportTask option is given', async () => {
    const outcome = await cli(['check-role', ...LOGS.map((arg) => (arg === 'request.json' ? 'start-import.json' : arg))], await referenceDir());
    expect(outcome).toEqual({
      code: 2,
      stdout: '',
      stderr: "cloudtrail-import-contract: --caller-policy and --kms-key-id apply to CreateImportTask only, and the request is a StartImport\nRun 'cloudtrail-import-contract --help' for usage.\n",
    });
  });
});

describe('runCli check-role on a document file that writes a member twice', () => {
  it('exits 1 with role/policy-malformed at the repeat: the file is read as the JSON text it is, not only as the value JSON.parse keeps', async () => {
    const permissions = guide('permissions-policy.json').trim();
    const twice = `${permissions.slice(0, -1)}, "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*" }]}`;
    const outcome = await cli(['check-role', ...ALL], await userGuideDir({ 'permissions.json': twice }));
    expect(outcome.code).toBe(1);
    expect(lines(outcome.stdout)[0]).toBe(
      "/permissionsPolicy/Statement error role/policy-malformed: permissionsPolicy has the member 'Statement' twice in one object: IAM refuses the document (JSON.parse keeps only the last, and the first is not checked)",
    );
  });

  it('still reads a document file that holds the document as a JSON string', async () => {
    const cwd = await userGuideDir({ 'trust.json': JSON.stringify(guide('trust-policy.json')) });
    expect((await cli(['check-role', ...ALL], cwd)).code).toBe(0);
  });
});
