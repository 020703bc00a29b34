import { execFileSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../src/cli/args.js';
import { cli, json, lines, NEW_IMPORT, tempDir } from '../cli/helpers.js';

const TOOL = 'cloudtrail-import-contract';
const EU_ONLY = json({ version: 1, rules: { 'allowed-regions': { regions: ['eu-west-1'] } } });
const REGION_LINE = "/ImportSource/S3/S3BucketRegion error policy/allowed-regions: must be an allowed bucket Region ('eu-west-1'), not 'us-east-1'";
const DESTINATION_LINE = "/Destinations/0 error policy/allowed-regions: must be in an allowed Region ('eu-west-1'), not 'us-east-1'";

describe('check --policy', () => {
  it('exits 1 and prints the policy violations of a request the contract accepts', async () => {
    const cwd = await tempDir({ 'new.json': json(NEW_IMPORT), 'policy.json': EU_ONLY });
    const { code, stdout, stderr } = await cli(['check', '--policy', 'policy.json', 'new.json'], cwd);
    expect(code).toBe(1);
    expect(lines(stdout)).toEqual([`new.json:8:7: ${REGION_LINE}`, `new.json:3:5: ${DESTINATION_LINE}`, 'checked 1 document in 1 file: 1 invalid, 2 errors, 0 warnings']);
    expect(stderr).toBe('');
  });

  it('discovers cloudtrail-import-policy.json from the working folder upward, and says which it uses on stderr', async () => {
    const root = await tempDir({ 'cloudtrail-import-policy.json': EU_ONLY, 'a/b/new.json': json(NEW_IMPORT) });
    const { code, stdout, stderr } = await cli(['check', 'new.json'], join(root, 'a', 'b'));
    expect(code).toBe(1);
    expect(lines(stdout)).toContain(`new.json:8:7: ${REGION_LINE}`);
    expect(stderr).toBe(`${TOOL}: using policy ${join('..', '..', 'cloudtrail-import-policy.json')} (found in a parent folder; --policy FILE names another, --no-policy checks none)\n`);
    const here = await cli(['check', 'a/b/new.json'], root);
    expect(here.stderr).toBe(`${TOOL}: using policy cloudtrail-import-policy.json (found in the working folder; --policy FILE names another, --no-policy checks none)\n`);
  });

  it('announces no policy it was given, nor one it was told not to use', async () => {
    const cwd = await tempDir({ 'cloudtrail-import-policy.json': EU_ONLY, 'new.json': json(NEW_IMPORT) });
    expect((await cli(['check', '--policy', 'cloudtrail-import-policy.json', 'new.json'], cwd)).stderr).toBe('');
    expect((await cli(['check', '--no-policy', 'new.json'], cwd)).stderr).toBe('');
    expect((await cli(['check', '--kind', 'response', 'new.json'], cwd)).stderr).toBe('');
  });

  it('checks the StartImport bodies of HTTP requests (--kind wire) against the policy too, discovered or named, its findings under /body', async () => {
    const headers = (target: string): Record<string, string> => ({ 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': `CloudTrail_20131101.${target}` });
    const requests = [
      { headers: headers('StartImport'), body: JSON.stringify({ ...NEW_IMPORT, StartEventTime: 1_704_067_200, EndEventTime: 1_706_745_600 }) },
      // No policy rule speaks of another operation's input.
      { headers: headers('GetImport'), body: JSON.stringify({ ImportId: '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b' }) },
    ];
    const cwd = await tempDir({ 'cloudtrail-import-policy.json': EU_ONLY, 'captured.json': json(requests) });
    const discovered = await cli(['check', '--kind', 'wire', '--format', 'json', 'captured.json'], cwd);
    expect(discovered.code).toBe(1);
    expect(discovered.stderr).toBe(`${TOOL}: using policy cloudtrail-import-policy.json (found in the working folder; --policy FILE names another, --no-policy checks none)\n`);
    const [startImport, getImport] = JSON.parse(discovered.stdout) as { valid: boolean; violations: { code: string; path: string }[] }[];
    expect(startImport?.violations.map(({ code, path }) => `${code} ${path}`)).toEqual([
      'policy/allowed-regions /body/ImportSource/S3/S3BucketRegion',
      'policy/allowed-regions /body/Destinations/0',
    ]);
    expect(getImport?.valid).toBe(true);
    const named = await cli(['check', '--kind', 'wire', '--policy', 'cloudtrail-import-policy.json', 'captured.json'], cwd);
    expect(named.code).toBe(1);
    expect(named.stderr).toBe('');
    const none = await cli(['check', '--kind', 'wire', '--no-policy', 'captured.json'], cwd);
    expect(none.code).toBe(0);
    // CloudWatch Logs' import tasks have no policy: none is looked for.
    const logs = await cli(['check', '--kind', 'wire', '--service', 'CloudWatchLogs', 'captured.json'], cwd);
    expect(logs.stderr).toBe('');
  });

  it('checks no policy with --no-policy, even a discovered one', async () => {
    const cwd = await tempDir({ 'cloudtrail-import-policy.json': EU_ONLY, 'new.json': json(NEW_IMPORT) });
    const { code, stdout } = await cli(['check', '--no-policy', 'new.json'], cwd);
    expect(code).toBe(0);
    expect(stdout).toBe('checked 1 document in 1 file: 0 invalid, 0 errors, 0 warnings\n');
  });

  it('exits 2 naming the policy file when it is missing or bad', async () => {
    const cwd = await tempDir({ 'new.json': json(NEW_IMPORT), 'cloudtrail-import-policy.json': '{ "version": 2, "rules": {} }' });
    const missing = await cli(['check', '--policy', 'nope.json', 'new.json'], cwd);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('nope.json: is not a usable import policy (cannot be read: no such file); the requests were checked without it\n');
    const discovered = await cli(['check', 'new.json'], cwd);
    expect(discovered.code).toBe(2);
    expect(lines(discovered.stderr)).toEqual([
      `${TOOL}: using policy cloudtrail-import-policy.json (found in the working folder; --policy FILE names another, --no-policy checks none)`,
      'cloudtrail-import-policy.json: is not a usable import policy (1:14 (/version): must be 1); the requests were checked without it',
    ]);
  });

  it('checks the requests without a policy that is a device or a discovered FIFO, which it does not read (neither ever ends)', async () => {
    const cwd = await tempDir({ 'new.json': json(NEW_IMPORT) });
    const device = await cli(['check', '--policy', '/dev/zero', 'new.json'], cwd);
    expect({ code: device.code, stdout: device.stdout }).toEqual({ code: 2, stdout: 'checked 1 document in 1 file: 0 invalid, 0 errors, 0 warnings; 1 input could not be checked\n' });
    expect(device.stderr).toBe('/dev/zero: is not a usable import policy (cannot be read: is not a regular file); the requests were checked without it\n');
    execFileSync('mkfifo', [join(cwd, 'cloudtrail-import-policy.json')]);
    const fifo = await cli(['check', 'new.json'], cwd);
    expect(fifo.code).toBe(2);
    expect(lines(fifo.stderr).at(-1)).toBe('cloudtrail-import-policy.json: is not a usable import policy (cannot be read: is not a regular file); the requests were checked without it');
  });

  it.each([
    ['dangling', (dir: string): void => { symlinkSync(join(dir, 'gone.json'), join(dir, 'cloudtrail-import-policy.json')); }],
    ['a loop', (dir: string): void => { symlinkSync(join(dir, 'cloudtrail-import-policy.json'), join(dir, 'cloudtrail-import-policy.json')); }],
  ])('names a discovered policy that is a symlink leading nowhere (%s), exit 2, and never passes over it to a parent folder\'s', async (_what, link) => {
    const root = await tempDir({ 'cloudtrail-import-policy.json': EU_ONLY, 'a/new.json': json(NEW_IMPORT) });
    link(join(root, 'a'));
    const { code, stderr } = await cli(['check', 'new.json'], join(root, 'a'));
    expect(code).toBe(2);
    expect(lines(stderr)[0]).toBe(`${TOOL}: using policy cloudtrail-import-policy.json (found in the working folder; --policy FILE names another, --no-policy checks none)`);
    expect(lines(stderr)[1]).toMatch(/^cloudtrail-import-policy\.json: is not a usable import policy \(cannot be read: .+\); the requests were checked without it$/);
  });

  it('rejects --policy where it does not apply', () => {
    expect(parseCommandLine(['check', '--kind', 'response', '--policy', 'p.json', 'x.json'])).toEqual({ command: 'usage-error', message: '--policy does not apply to --kind response (only to --kind request and wire)' });
    expect(parseCommandLine(['check', '--policy', 'p.json', '--no-policy', 'x.json'])).toEqual({ command: 'usage-error', message: '--policy and --no-policy cannot be given together' });
    expect(parseCommandLine(['rules', '--no-policy'])).toEqual({ command: 'usage-error', message: '--no-policy does not apply to rules (only to check)' });
    expect(parseCommandLine(['check', 'x.json'])).toMatchObject({ command: 'check', policy: undefined });
    expect(parseCommandLine(['check', '--no-policy', 'x.json'])).toMatchObject({ command: 'check', policy: false });
  });
});
