import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_POLICY_DEPTH } from '../../src/policy/depth.js';
import { loadImportPolicy } from '../../src/policy/index.js';
import { problemsOf } from './support.js';

/** `{ a: { a: … 1 } }`, `depth` objects deep. */
function nested(depth: number): unknown {
  let value: unknown = 1;
  for (let level = 0; level < depth; level += 1) value = { a: value };
  return value;
}

const LIMIT = `nested deeper than MAX_POLICY_DEPTH (${String(MAX_POLICY_DEPTH)} levels)`;

describe('loadImportPolicy and deep documents', () => {
  it.each([['an unknown member', (deep: unknown) => ({ version: 1, rules: {}, deep })], ['a list item', (deep: unknown) => ({ version: 1, rules: { 'allowed-regions': { regions: [deep] } } })]])(
    'refuses a 5,000-deep object under %s with PolicyError naming the limit and where',
    (_where, documentOf) => {
      const [problem] = problemsOf(() => loadImportPolicy(documentOf(nested(5000))));
      expect(problem).toContain(LIMIT);
      expect(problem).toMatch(/^\/(deep|rules\/allowed-regions\/regions\/0)\/a\//);
    },
  );

  it('refuses a 5,000-deep file with PolicyError giving line:column', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'policy-depth-')), 'deep.json');
    writeFileSync(file, `{"version":1,"rules":{"allowed-regions":{"regions":[${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}]}}}`);
    const problems = problemsOf(() => loadImportPolicy(file));
    expect(problems).toEqual([`1:${String(1 + '{"version":1,"rules":{"allowed-regions":{"regions":['.length + 5 * (MAX_POLICY_DEPTH - 4))}: ${LIMIT}`]);
  });

  it('counts brackets inside strings as text, not nesting', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'policy-depth-')), 'brackets.json');
    writeFileSync(file, JSON.stringify({ version: 1, rules: { 'allowed-regions': { regions: [`eu-west-1${'{['.repeat(100)}\\"`] } } }));
    expect(problemsOf(() => loadImportPolicy(file)).join('\n')).not.toContain('MAX_POLICY_DEPTH');
  });

  it('walks a cyclic object once, refusing it for what the schema finds', () => {
    const document: Record<string, unknown> = { version: 1, rules: {} };
    document['self'] = document;
    expect(problemsOf(() => loadImportPolicy(document))).toEqual(["/: unknown member 'self'"]);
  });

  it('refuses an object whose getter throws with PolicyError', () => {
    const document = { version: 1, rules: {}, get boom(): never { throw new Error('no reading'); } };
    expect(problemsOf(() => loadImportPolicy(document))).toEqual(['cannot be read as plain data (reading it threw: no reading)']);
  });

  it('loads documents up to the limit as before, and refuses any past it by name', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3 * MAX_POLICY_DEPTH }), (depth) => {
        // The document is level 1 and `deep` adds `depth` levels.
        const problems = problemsOf(() => loadImportPolicy({ version: 1, rules: {}, deep: nested(depth) }));
        if (1 + depth > MAX_POLICY_DEPTH) expect(problems).toEqual([expect.stringContaining(LIMIT)]);
        else expect(problems).toEqual(["/: unknown member 'deep'"]);
      }),
      { numRuns: 40 },
    );
  });
});
