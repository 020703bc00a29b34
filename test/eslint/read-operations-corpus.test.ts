/**
 * The read operations' request fixtures, written as SDK code (`new ListImportsCommand({...})` and
 * the aggregated client's `client.listImports({...})`) and linted with configs.strict: each
 * document gets exactly the codes its `.expect` file lists, each at its member.
 */
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { configs } from '../../src/eslint/index.js';
import { loadOperationFixtures } from '../support/fixtures.js';

function lint(code: string): Linter.LintMessage[] {
  return new Linter().verify(code, [{ files: ['**/*.ts'], languageOptions: { parser: tsParser } }, configs.strict], 'request.ts');
}

const lowerFirst = (name: string): string => name.charAt(0).toLowerCase() + name.slice(1);

const cases = loadOperationFixtures()
  .filter((f) => f.kind === 'requests' && !Array.isArray(f.document))
  .flatMap((f) => [
    { name: `${f.name} (command)`, fixture: f, code: `import { ${f.operation}Command } from '@aws-sdk/client-cloudtrail';\nnew ${f.operation}Command(${JSON.stringify(f.document)});\n` },
    { name: `${f.name} (client)`, fixture: f, code: `import { CloudTrail } from '@aws-sdk/client-cloudtrail';\nawait new CloudTrail({}).${lowerFirst(f.operation)}(${JSON.stringify(f.document)});\n` },
  ]);

describe('configs.strict over the read operations’ request fixtures', () => {
  it('has fixtures to lint', () => {
    expect(cases.length).toBeGreaterThan(20);
  });

  it.each(cases.map((c) => [c.name, c] as const))('reports exactly the expected codes of %s', (_name, { code, fixture }) => {
    const reported = lint(code).map((m) => m.message.split(':')[0]).sort();
    expect(reported).toEqual(fixture.expected.map((e) => e.code).sort());
  });
});
