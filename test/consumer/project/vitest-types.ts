// Type-checked, never run: a Vitest test file of a project that registers the matchers in a
// `setupFiles` module outside its tsconfig, so nothing here imports the entry: the `types` entry
// "cloudtrail-import-contract/vitest" of tsconfig.vitest-*.json alone declares them (README, Matchers).
import { expect, vi } from 'vitest';

export function check(input: unknown): void {
  expect(input).toBeValidStartImportRequest({ shape: 'cli' });
  expect({ MaxResults: 5000 }).toViolateImportContract('ListImports', 'max-results-out-of-range');
  const send = vi.fn();
  expect(send).toHaveBeenCalledWith(expect.validImportRequest('GetImport'));
  expect(send).toHaveBeenCalledWith(expect.not.validStartImportRequest());
  // @ts-expect-error 'not-a-code' is not a code of the contract
  expect(input).toViolateStartImportContract('not-a-code');
}
