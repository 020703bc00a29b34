/**
 * The matchers' declared types, checked by `tsc` (npm run typecheck) and never run: each runner's
 * `expect` offers the matchers and the asymmetric forms once its entry is imported, with the
 * argument types the matchers take. The `@ts-expect-error` lines are the misuses the types refuse.
 */
import type { StartImportCommandInput } from '@aws-sdk/client-cloudtrail';
import { expect as jestExpect, jest } from '@jest/globals';
import { expect as vitestExpect, vi } from 'vitest';
import '../../src/matchers/jest.js';
import '../../src/matchers/vitest.js';

/** Jest, through `@jest/globals`: a typed mock takes the asymmetric forms where it takes an input. */
export async function jestTypings(stub: unknown, input: StartImportCommandInput): Promise<void> {
  jestExpect(input).toBeValidStartImportRequest({ shape: 'sdk', now: new Date() });
  jestExpect(input).not.toViolateStartImportContract('import-id-invalid');
  jestExpect(input).toViolateStartImportContract(undefined, { shape: 'cli' });
  jestExpect(stub).toHaveSentOnlyValidStartImportRequests({ now: () => new Date() });
  jestExpect(stub).toHaveSentValidStartImportRequest({ nth: 2, kind: 'retry' });
  // @ts-expect-error -- a request of the kind asked for is a new import or a retry
  jestExpect(stub).toHaveSentValidStartImportRequest({ kind: 'ambiguous' });
  await jestExpect(stub).toHaveResolvedOnlyValidStartImportResponses();
  await jestExpect(Promise.resolve(input)).resolves.toBeNewImportRequest();
  const startImport = jest.fn<(input: StartImportCommandInput) => void>();
  jestExpect(startImport).toHaveBeenCalledWith(jestExpect.validStartImportRequest());
  jestExpect(startImport).toHaveBeenCalledWith(jestExpect.not.retryImportRequest({ shape: 'sdk' }));
  jestExpect(input).toViolateStartImportContract('policy/allowed-regions', { policy: { version: 1, rules: { 'allowed-regions': { regions: ['eu-west-1'] } } } });
  // @ts-expect-error -- not a code of the contract
  jestExpect(input).toViolateStartImportContract('import-id-wrong');
  // @ts-expect-error -- not a policy rule
  jestExpect(input).toViolateStartImportContract('policy/allowed-region');
  // @ts-expect-error -- the receiver decides the shape
  jestExpect(stub).toHaveSentOnlyValidStartImportRequests({ shape: 'sdk' });
  jestExpect({ MaxResults: 5 }).toBeValidImportRequest('ListImports', { shape: 'wire' });
  jestExpect({}).toViolateImportContract('GetImport', 'required-member-missing');
  jestExpect(startImport).toHaveBeenCalledWith(jestExpect.validImportRequest('StartImport'));
  jestExpect(startImport).toHaveBeenCalledWith(jestExpect.not.validImportRequest('StopImport'));
  // @ts-expect-error -- not an import operation
  jestExpect({}).toBeValidImportRequest('DescribeImport');
  // @ts-expect-error -- the operation comes first
  jestExpect({}).toViolateImportContract('required-member-missing');
}

/** Vitest: the same, with Vitest's own types. */
export async function vitestTypings(stub: unknown, input: StartImportCommandInput): Promise<void> {
  vitestExpect(input).toBeRetryImportRequest();
  vitestExpect(stub).not.toHaveSentValidStartImportRequest({ kind: 'new', now: new Date() });
  vitestExpect({ output: input }).toEqual({ output: vitestExpect.validStartImportResponse({ request: input }) });
  await vitestExpect(stub).not.toHaveResolvedOnlyValidStartImportResponses();
  const startImport = vi.fn<(input: StartImportCommandInput) => void>();
  vitestExpect(startImport).toHaveBeenCalledWith(vitestExpect.newImportRequest());
  vitestExpect(input).not.toViolateStartImportContract('policy/retry-forbidden', { policy: { version: 1, rules: { 'retry-forbidden': {} } } });
  // @ts-expect-error -- options are an object
  vitestExpect(input).toBeValidStartImportRequest('sdk');
  vitestExpect({ ImportId: 'x' }).not.toBeValidImportRequest('GetImport');
  vitestExpect({ MaxResults: 0 }).toViolateImportContract('ListImportFailures', 'max-results-out-of-range', { shape: 'sdk' });
  vitestExpect(startImport).toHaveBeenCalledWith(vitestExpect.validImportRequest('ListImports', { shape: 'sdk' }));
  // @ts-expect-error -- the operation is required
  vitestExpect({}).toBeValidImportRequest();
}
