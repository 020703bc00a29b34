/**
 * docs/contract.md, the specification that ships with the package: its tables are the code's
 * (`ruleCatalogue`, `POLICY_RULES`, `ROLE_CHECKS`), so it stays true as checks are added.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderContractChecks, withContractTables } from '../scripts/contract-tables.js';
import { ruleCatalogue } from '../src/index.js';
import { POLICY_RULES } from '../src/policy/index.js';
import { ROLE_CHECKS } from '../src/role/index.js';

const contract = readFileSync(new URL('../docs/contract.md', import.meta.url), 'utf8');

/** The rows of the table under a `### heading` of the rendered checks. */
function rowsUnder(rendered: string, heading: string): string[] {
  const start = rendered.indexOf(`### ${heading}\n`);
  const end = rendered.indexOf('\n### ', start + 1);
  return rendered
    .slice(start, end < 0 ? undefined : end)
    .split('\n')
    .filter((line) => line.startsWith('| `'));
}

describe('renderContractChecks', () => {
  it('lists every check under each subject it applies to, in catalogue order', () => {
    const rendered = renderContractChecks();
    const headings = { request: 'Request checks', response: 'Response checks', error: 'Error checks', wire: 'Wire checks' } as const;
    for (const [subject, heading] of Object.entries(headings)) {
      const codes = rowsUnder(rendered, heading).map((row) => /^\| `([^`]+)`/.exec(row)?.[1]);
      expect(codes, heading).toEqual(ruleCatalogue.filter((entry) => entry.subjects.includes(subject as keyof typeof headings)).map((entry) => entry.code));
    }
  });

  it('says "inferred (assumed)" for a check whose basis is inferred', () => {
    expect(renderContractChecks()).toContain('| `time-range-reversed` | error | inferred (assumed) | InvalidParameterException |');
  });
});

describe('withContractTables', () => {
  it('refuses a document without the markers, naming it', () => {
    expect(() => withContractTables('# no tables here\n')).toThrow('docs/contract.md lacks the <!-- contract-checks:start --> … <!-- contract-checks:end --> markers');
  });
});

describe('docs/contract.md', () => {
  it('has the tables exactly as the code has them (run `npm run docs` after changing a check)', () => {
    expect(contract).toBe(withContractTables(contract));
  });

  it('names every catalogue code, policy rule and role check', () => {
    for (const { code } of [...ruleCatalogue, ...POLICY_RULES, ...ROLE_CHECKS]) expect(contract).toContain(`| \`${code}\` |`);
  });
});
