/**
 * The Jest entry, run by Jest itself: `test/jest/` holds CommonJS tests that load
 * `cloudtrail-import-contract/jest` from the package's CommonJS build (`dist/cjs`, which
 * `npm test` builds first), as a Jest user would.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ENTRY = join(ROOT, 'dist/cjs/matchers/jest.js');

interface JestReport {
  readonly success: boolean;
  readonly numTotalTests: number;
  readonly numFailedTests: number;
  readonly snapshot: { readonly matched: number; readonly unmatched: number };
  readonly testResults: readonly {
    readonly name: string;
    readonly assertionResults: readonly { readonly fullName: string; readonly status: string; readonly failureMessages: readonly string[] }[];
  }[];
}

/**
 * The sources behind the build Jest loads: the entries and every module they require, each
 * `dist/cjs/X.js` built from `src/X.ts`.
 */
function sourcesOfBuild(entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const visit = (built: string): void => {
    if (seen.has(built) || !existsSync(built)) return;
    seen.add(built);
    for (const [, specifier = ''] of readFileSync(built, 'utf8').matchAll(/require\("(\.{1,2}\/[^"]+)"\)/g)) visit(join(dirname(built), specifier));
  };
  entries.forEach(visit);
  return [...seen].map((built) => join(ROOT, 'src', relative(join(ROOT, 'dist/cjs'), built)).replace(/\.js$/, '.ts')).filter((source) => existsSync(source));
}

/** Runs Jest over `test/jest/` with extra arguments, and reads its JSON report. */
async function runJest(...args: string[]): Promise<JestReport> {
  if (!existsSync(ENTRY)) throw new Error(`${ENTRY} is missing: run \`npm run build\` first (npm test does)`);
  const built = statSync(ENTRY).mtimeMs;
  const stale = sourcesOfBuild([ENTRY, join(ROOT, 'dist/cjs/matchers/index.js')]).filter((source) => statSync(source).mtimeMs > built);
  if (stale.length > 0) throw new Error(`dist/cjs is older than ${relative(ROOT, stale[0] ?? '')}: run \`npm run build\` first (npm test does)`);
  const jest = join(ROOT, 'node_modules/jest/bin/jest.js');
  const run = promisify(execFile)(process.execPath, [jest, '--config', 'test/jest/jest.config.cjs', '--ci', '--json', ...args], {
    cwd: ROOT,
    env: { ...process.env, FORCE_COLOR: '0' },
    maxBuffer: 16 * 1024 * 1024,
  });
  // Jest exits with 1 when a test fails, which the deliberate failures do.
  const { stdout } = await run.catch((error: unknown) => error as { stdout: string });
  return JSON.parse(stdout) as JestReport;
}

function results(report: JestReport): Record<string, string[]> {
  return Object.fromEntries(
    report.testResults.map((file) => [file.name.slice(ROOT.length), file.assertionResults.map((test) => `${test.status}: ${test.fullName}`)]),
  );
}

describe('cloudtrail-import-contract/jest', () => {
  it('passes every Jest test of the matchers, run by Jest over the CommonJS build', async () => {
    const report = await runJest();
    expect(results(report)).toEqual({
      'test/jest/client-mock.test.cjs': [
        'passed: toHaveSentValidStartImportRequest passes when the nth StartImport call was a valid request of the kind asked for, and fails showing its violations',
        'passed: toHaveSentOnlyValidStartImportRequests passes when every StartImportCommand was valid, whatever else was sent',
        'passed: toHaveSentOnlyValidStartImportRequests fails naming each invalid call by its number among StartImport calls',
        'passed: toHaveSentOnlyValidStartImportRequests fails when no StartImport request was sent, and for what is no stub, under .not too',
        'passed: toHaveResolvedOnlyValidStartImportResponses passes when every call resolved a response to its input or rejected with a modeled exception',
        'passed: toHaveResolvedOnlyValidStartImportResponses fails naming the calls answered wrongly',
      ],
      'test/jest/entry.test.cjs': ['passed: cloudtrail-import-contract/jest registers every matcher, which cloudtrail-import-contract/matchers alone does not'],
      'test/jest/matchers.test.cjs': [
        'passed: toBeValidStartImportRequest passes a new import and a retry, and .not an invalid request',
        'passed: toBeValidStartImportRequest fails with every violation in the words of formatViolations',
        'passed: toBeValidStartImportRequest fails under .not for a valid request, saying what kind it is',
        'passed: toBeValidStartImportRequest throws a TypeError for a misspelt option',
        'passed: toBeNewImportRequest and toBeRetryImportRequest tell a new import from a retry',
        'passed: toViolateStartImportContract passes for the code the request has, and fails listing what it has otherwise',
        'passed: toViolateStartImportContract throws a TypeError for a code the contract does not have',
        'passed: toViolateStartImportContract passes for a policy code the request breaks, given the policy, and throws without one',
        'passed: toBeValidStartImportResponse passes a response to its request, and fails one that does not echo it',
        'passed: the asymmetric matchers fail toEqual and objectContaining as assertions, their diff listing the violations (Jest copies the expected value to print it)',
        'passed: the asymmetric matchers match inside toHaveBeenCalledWith, and expect.not their opposite',
        'passed: the asymmetric matchers fail toHaveBeenCalledWith showing the matcher by its name and the violations of the value it was compared with',
        'passed: the import-operation matchers over the CloudWatch Logs import tasks pass epoch milliseconds and fail epoch seconds with logs-time-in-seconds',
        'passed: the import-operation matchers over the CloudWatch Logs import tasks match inside toHaveBeenCalledWith with expect.validImportRequest',
      ],
    });
    expect(report).toMatchObject({ success: true, numTotalTests: 21, numFailedTests: 0, snapshot: { matched: 4, unmatched: 0 } });
  });

  it('fails the deliberately failing Jest tests with the matchers’ messages', async () => {
    const report = await runJest('--testMatch', '**/test/jest/**/*.fail.cjs');
    expect(report).toMatchObject({ success: false, numTotalTests: 3, numFailedTests: 3 });
    const failures = report.testResults.flatMap((file) => file.assertionResults.map((test) => [test.fullName, test.failureMessages.join('\n')] as const));
    const messages = Object.fromEntries(failures.map(([name, message]) => [name, message.slice(0, message.indexOf('\n    at '))]));
    expect(messages).toMatchInlineSnapshot(`
      {
        "a mock called with an invalid request": "Error: expect(jest.fn()).toHaveBeenCalledWith(...expected)

      Expected: validStartImportRequest<> (the received value is a new import, with 2 errors:
        /ImportSource error new-import-missing-import-source: must be given for a new import (no ImportId): the S3 location to import from
        /Destinations error destinations-count: must hold exactly 1 event data store (got 0))
      Received: {"Destinations": []}

      Number of calls: 1",
        "a stub answered with an exception StartImport does not have": "Error: expect(received).toHaveResolvedOnlyValidStartImportResponses()

      Expected only valid StartImport answers (a valid response to the input, or a modeled exception), but the only StartImport call was answered wrongly:

      call #1 rejected Error, with 1 error:
        /name error error-not-modeled: must be one of StartImport's 12 modeled exceptions or AWS's common errors (got 'Error')",
        "an invalid request": "Error: expect(received).toBeValidStartImportRequest()

      Expected a valid StartImport request, but it is a retry, with 1 error:
        /ImportId error import-id-invalid: must be 36 characters of a-f, 0-9 and - (got 'ABC')

      Received: {"ImportId": "ABC"}",
      }
    `);
  });
});
