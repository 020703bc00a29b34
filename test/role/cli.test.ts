import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, json, lines, tempDir } from '../cli/helpers.js';
import { USER_GUIDE } from './support.js';

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

  it('prints { valid, violations } with --format json, and reports a policy that is not JSON as a violation', async () => {
    const outcome = await cli(['check-role', ...ALL, '--format=json'], await userGuideDir({ 'kms.json': '{ "Statement": [' }));
    expect(outcome.code).toBe(1);
    const report = JSON.parse(outcome.stdout) as { valid: boolean; violations: { code: string; path: string }[] };
    expect(report.valid).toBe(false);
    expect(report.violations.map((v) => [v.code, v.path])).toEqual([['role/policy-malformed', '/kmsKeyPolicy']]);
  });

  it('exits 2 naming the file when a file does not exist', async () => {
    const outcome = await cli(['check-role', ...ALL.slice(0, 6), '--kms-policy', 'missing.json'], await userGuideDir());
    expect(outcome).toEqual({ code: 2, stdout: '', stderr: 'missing.json: does not exist\n' });
  });

  it('exits 2 naming the request file when it is not JSON', async () => {
    const outcome = await cli(['check-role', ...ALL], await userGuideDir({ 'request.json': 'nope' }));
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toMatch(/^request\.json: is not valid JSON/);
  });

  it.each([
    [['--trust', 't.json', '--permissions', 'p.json'], 'check-role needs --request FILE'],
    [['--request', 'r.json'], 'check-role needs --trust FILE, --permissions FILE'],
    [['--request', 'r.json', '--trust', 't.json', '--permissions', 'p.json', '--format', 'sarif'], "--format must be one of text, json (got 'sarif')"],
    [['--request', 'r.json', '--kind', 'request'], "unknown check-role option '--kind'"],
    [['r.json'], "check-role takes no PATH (got 'r.json'): name the files with --request, --trust and --permissions"],
    [['--request'], '--request needs a value'],
  ])('exits 2 with a usage error for %j', async (argv, message) => {
    const outcome = await cli(['check-role', ...argv], await tempDir());
    expect(outcome.code).toBe(2);
    expect(lines(outcome.stderr)[0]).toBe(`cloudtrail-import-contract: ${message}`);
  });

  it('prints the usage, which lists check-role, for --help', async () => {
    const outcome = await cli(['check-role', '--help'], await tempDir());
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toContain('check-role --request R --trust T --permissions P');
  });
});
