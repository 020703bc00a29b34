import { Buffer } from 'node:buffer';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadImportPolicy, PolicyError } from '../../src/policy/index.js';
import { problemsOf } from './support.js';

const fixture = (name: string): string => fileURLToPath(new URL(`../../fixtures/policies/${name}`, import.meta.url));

describe('loadImportPolicy', () => {
  it('loads a file into a deep-frozen policy that names its source', () => {
    const policy = loadImportPolicy(fixture('org.json'));
    expect(policy.source).toBe(fixture('org.json'));
    expect(policy.rules['allowed-regions']).toEqual({ regions: ['us-east-1'] });
    expect(Object.isFrozen(policy.rules['allowed-regions']?.regions)).toBe(true);
    expect(loadImportPolicy(policy)).toBe(policy);
    expect(loadImportPolicy(new URL(`file://${fixture('org.json')}`)).rules).toEqual(policy.rules);
  });

  it('does not freeze or keep the object it is given', () => {
    const document = { version: 1, rules: { 'retry-forbidden': {} } };
    const policy = loadImportPolicy(document);
    expect(Object.isFrozen(document)).toBe(false);
    expect(policy).not.toBe(document);
  });

  it('reads a file that starts with a UTF-8 byte order mark, as request files are read, and counts positions without it', () => {
    const directory = mkdtempSync(join(tmpdir(), 'policy-bom-'));
    try {
      const withBom = join(directory, 'org.json');
      writeFileSync(withBom, `\uFEFF${readFileSync(fixture('org.json'), 'utf8')}`);
      expect(loadImportPolicy(withBom).rules).toEqual(loadImportPolicy(fixture('org.json')).rules);
      const badWithBom = join(directory, 'bad.json');
      writeFileSync(badWithBom, `\uFEFF${readFileSync(fixture('bad-json.json'), 'utf8')}`);
      expect(problemsOf(() => loadImportPolicy(badWithBom))).toEqual(problemsOf(() => loadImportPolicy(fixture('bad-json.json'))));
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('rejects an object it cannot read (a revoked Proxy, throwing getters, a Proxy whose traps throw) with a PolicyError', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const getters = Object.defineProperty({ version: 1 }, 'rules', { enumerable: true, get: (): never => { throw new Error('getter refused'); } });
    const trapped = new Proxy({ version: 1, rules: {} }, { ownKeys: (): never => { throw new Error('ownKeys refused'); } });
    for (const value of [proxy, getters, trapped]) {
      expect(problemsOf(() => loadImportPolicy(value))).toEqual([expect.stringMatching(/^cannot be read as plain data \(reading it threw: .+\)$/)]);
    }
  });

  it('rejects a file that writes a member twice in one object, naming each repeat with line:column, as JSON.parse would drop the first without a word', () => {
    const directory = mkdtempSync(join(tmpdir(), 'policy-twice-'));
    try {
      const file = join(directory, 'org.json');
      writeFileSync(file, '{\n  "version": 1,\n  "rules": { "allowed-regions": { "regions": ["us-east-1"] } },\n  "rules": { "retry-forbidden": {} }\n}\n');
      expect(problemsOf(() => loadImportPolicy(file))).toEqual(["4:3 (/rules): the member 'rules' is written twice in one object (only the last would be read)"]);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('names at most MAX_VIOLATIONS_PER_DOCUMENT repeated members of a policy file and counts the rest', () => {
    const directory = mkdtempSync(join(tmpdir(), 'policy-repeats-'));
    try {
      const file = join(directory, 'org.json');
      writeFileSync(file, `{"version":1,"rules":{},"x":[${Array.from({ length: 150 }, () => '{"a":1,"a":2}').join(',')}]}`);
      const problems = problemsOf(() => loadImportPolicy(file));
      expect(problems).toHaveLength(101);
      expect(problems.at(-1)).toBe('50 more members are written twice (only the first 100 are named)');
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('rejects a missing file, naming it', () => {
    expect(() => loadImportPolicy(fixture('missing.json'))).toThrow(new PolicyError(fixture('missing.json'), ['cannot be read: no such file']));
  });

  it('rejects a device, a FIFO or a directory, naming it, without reading it (a device never ends)', () => {
    expect(() => loadImportPolicy('/dev/zero')).toThrow(new PolicyError('/dev/zero', ['cannot be read: is not a regular file']));
    const folder = mkdtempSync(join(tmpdir(), 'policy-fifo-'));
    try {
      const fifo = join(folder, 'cloudtrail-import-policy.json');
      execFileSync('mkfifo', [fifo]);
      expect(() => loadImportPolicy(fifo)).toThrow(new PolicyError(fifo, ['cannot be read: is not a regular file']));
      expect(() => loadImportPolicy(folder)).toThrow(new PolicyError(folder, ['cannot be read: is a directory']));
    } finally {
      rmSync(folder, { recursive: true });
    }
  });

  it('rejects a file of invalid UTF-8 (a Latin-1 é), which read as U+FFFD would change a pattern silently, as request and role files are refused', () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-'));
    try {
      const file = join(dir, 'latin1.json');
      writeFileSync(file, Buffer.concat([Buffer.from('{"version":1,"rules":{"required-prefix":{"patterns":["caf'), Buffer.from([0xe9]), Buffer.from('/**"]}}}')]));
      expect(problemsOf(() => loadImportPolicy(file))).toEqual(['is not a text file (it is not valid UTF-8)']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects a URL other than file: with a PolicyError naming it, not Node\'s own TypeError', () => {
    expect(() => loadImportPolicy(new URL('https://example.com/cloudtrail-import-policy.json'))).toThrow(PolicyError);
    expect(problemsOf(() => loadImportPolicy(new URL('https://example.com/cloudtrail-import-policy.json')))).toEqual(['cannot be read: only a file: URL names a policy file (got https:)']);
  });

  it('rejects bad JSON with the line and column', () => {
    const problems = problemsOf(() => loadImportPolicy(fixture('bad-json.json')));
    expect(problems).toEqual([expect.stringMatching(/^4:52: invalid JSON \(PropertyNameExpected\)$/)]);
    expect(() => loadImportPolicy(fixture('bad-json.json'))).toThrow(fixture('bad-json.json'));
  });

  it('lists every schema problem, with its position in the file', () => {
    const problems = problemsOf(() => loadImportPolicy(fixture('bad-schema.json')));
    expect(problems).toEqual(
      expect.arrayContaining([
        "2:14 (/version): must be 1",
        "3:12 (/rules): unknown member 'allowed-regionz'",
        expect.stringMatching(/^5:40 \(\/rules\/allowed-accounts\/accounts\/0\): must match pattern/),
      ]),
    );
    expect(problems).toHaveLength(3);
  });

  it('lists every bad glob and date once the schema is met', () => {
    const problems = problemsOf(() => loadImportPolicy(fixture('bad-values.json')));
    expect(problems).toEqual([
      expect.stringMatching(/^4:38 \(\/rules\/allowed-buckets\/buckets\/0\): 'logs-\[a' is not a valid glob pattern/),
      expect.stringMatching(/^5:37 \(\/rules\/earliest-start\/earliest\): 'yesterday' must be an ISO 8601 date/),
    ]);
  });

  it('rejects a glob list past 10,000 patterns (MAX_POLICY_GLOBS), each an automaton in memory, before compiling any; takes 10,000', () => {
    const globs = (n: number): string[] => Array.from({ length: n }, (_, i) => `bucket-${String(i)}-*`);
    expect(problemsOf(() => loadImportPolicy({ version: 1, rules: { 'allowed-buckets': { buckets: globs(10_001) }, 'required-prefix': { patterns: globs(10_001) } } }))).toEqual([
      '/rules/allowed-buckets/buckets: must NOT have more than 10000 items',
      '/rules/required-prefix/patterns: must NOT have more than 10000 items',
    ]);
    expect(loadImportPolicy({ version: 1, rules: { 'allowed-buckets': { buckets: globs(10_000) } } }).rules['allowed-buckets']?.buckets).toHaveLength(10_000);
  });

  it('rejects an allowed-regions or allowed-accounts rule with no list', () => {
    expect(problemsOf(() => loadImportPolicy({ version: 1, rules: { 'allowed-regions': { severity: 'warning' }, 'allowed-accounts': {} } }))).toEqual([
      '/rules/allowed-regions: must set at least one of its lists',
      '/rules/allowed-accounts: must set at least one of its lists',
    ]);
  });

  it('names a policy object as such', () => {
    expect(() => loadImportPolicy({ rules: {} })).toThrow("invalid import policy (policy object):\n  - /: missing member 'version'");
  });
});
