/**
 * The CloudWatch Logs import tasks' request fixtures, written as SDK code (`new
 * CreateImportTaskCommand({...})` and the aggregated client's `logs.createImportTask({...})`) and
 * linted with configs.strict: each document gets exactly the codes its `.expect` file lists.
 */
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { configs } from '../../src/eslint/index.js';
import { loadLogsOperationFixtures } from '../support/fixtures.js';

function lint(code: string): Linter.LintMessage[] {
  return new Linter().verify(code, [{ files: ['**/*.ts'], languageOptions: { parser: tsParser } }, configs.strict], 'request.ts');
}

const lowerFirst = (name: string): string => name.charAt(0).toLowerCase() + name.slice(1);
const MODULE = '@aws-sdk/client-cloudwatch-logs';

const cases = loadLogsOperationFixtures()
  .filter((f) => f.kind === 'requests' && !Array.isArray(f.document))
  .flatMap((f) => [
    { name: `${f.name} (command)`, fixture: f, code: `import { ${f.operation}Command } from '${MODULE}';\nnew ${f.operation}Command(${JSON.stringify(f.document)});\n` },
    { name: `${f.name} (client)`, fixture: f, code: `import { CloudWatchLogs } from '${MODULE}';\nawait new CloudWatchLogs({}).${lowerFirst(f.operation)}(${JSON.stringify(f.document)});\n` },
  ]);

describe('configs.strict over the CloudWatch Logs import tasks’ request fixtures', () => {
  it('has fixtures of the four operations to lint', () => {
    expect(new Set(cases.map((c) => c.fixture.operation))).toEqual(new Set(['CreateImportTask', 'DescribeImportTasks', 'DescribeImportTaskBatches', 'CancelImportTask']));
  });

  it.each(cases.map((c) => [c.name, c] as const))('reports exactly the expected codes of %s', (_name, { code, fixture }) => {
    const reported = lint(code).map((m) => m.message.split(':')[0]).sort();
    expect(reported).toEqual(fixture.expected.map((e) => e.code).sort());
  });

  it('does not read a CloudTrail method on the CloudWatch Logs client, nor a Logs method on the CloudTrail client', () => {
    const logs = `import { CloudWatchLogs } from '${MODULE}';\nawait new CloudWatchLogs({}).getImport({ ImportId: 'x' });\n`;
    const cloudTrail = `import { CloudTrail } from '@aws-sdk/client-cloudtrail';\nawait new CloudTrail({}).cancelImportTask({ importId: 'x_y' });\n`;
    expect(lint(logs)).toEqual([]);
    expect(lint(cloudTrail)).toEqual([]);
    const onItsClient = `import { CloudWatchLogs } from '${MODULE}';\nawait new CloudWatchLogs({}).cancelImportTask({ importId: 'x_y' });\n`;
    expect(lint(onItsClient).map((m) => m.message.split(':')[0])).toEqual(['logs-import-id-invalid']);
  });
});
