import { toBeValidImportRequest, toViolateImportContract } from './import-matchers.js';
import { toBeNewImportRequest, toBeRetryImportRequest, toBeValidStartImportRequest, toViolateStartImportContract, type RequestMatcher } from './request-matchers.js';
import { toBeValidStartImportResponse } from './response-matcher.js';
import { toHaveResolvedOnlyValidStartImportResponses } from './resolved-responses.js';
import { toHaveSentValidStartImportRequest } from './sent-request.js';
import { toHaveSentOnlyValidStartImportRequests } from './sent-requests.js';

/**
 * The matchers of `startImportMatchers`, each under its name; the last four are the asymmetric
 * names. A type rather than an interface: `expect.extend` takes a record, which an interface is not.
 */
export type StartImportMatcherFunctions = {
  readonly toBeValidStartImportRequest: RequestMatcher;
  readonly toBeNewImportRequest: RequestMatcher;
  readonly toBeRetryImportRequest: RequestMatcher;
  readonly toViolateStartImportContract: typeof toViolateStartImportContract;
  readonly toBeValidStartImportResponse: typeof toBeValidStartImportResponse;
  readonly toHaveSentOnlyValidStartImportRequests: typeof toHaveSentOnlyValidStartImportRequests;
  readonly toHaveSentValidStartImportRequest: typeof toHaveSentValidStartImportRequest;
  readonly toHaveResolvedOnlyValidStartImportResponses: typeof toHaveResolvedOnlyValidStartImportResponses;
  readonly validStartImportRequest: RequestMatcher;
  readonly newImportRequest: RequestMatcher;
  readonly retryImportRequest: RequestMatcher;
  readonly validStartImportResponse: typeof toBeValidStartImportResponse;
};

/**
 * Every matcher, for `expect.extend`, under its own name and, for the asymmetric forms, under
 * the name that reads well inside `toHaveBeenCalledWith` (`expect.validStartImportRequest()`):
 * Jest and Vitest make an asymmetric matcher of every name given to `expect.extend`.
 * `cloudtrail-import-contract/vitest` and `/jest` register these; use this object with any other
 * runner whose `expect.extend` takes Jest-style matchers.
 *
 * @example
 * import { expect } from 'vitest';
 * import { startImportMatchers } from 'cloudtrail-import-contract/matchers';
 * expect.extend(startImportMatchers);
 */
export const startImportMatchers: StartImportMatcherFunctions = Object.freeze({
  toBeValidStartImportRequest,
  toBeNewImportRequest,
  toBeRetryImportRequest,
  toViolateStartImportContract,
  toBeValidStartImportResponse,
  toHaveSentOnlyValidStartImportRequests,
  toHaveSentValidStartImportRequest,
  toHaveResolvedOnlyValidStartImportResponses,
  validStartImportRequest: toBeValidStartImportRequest,
  newImportRequest: toBeNewImportRequest,
  retryImportRequest: toBeRetryImportRequest,
  validStartImportResponse: toBeValidStartImportResponse,
});

/** The matchers of `importMatchers`, each under its name; the last is the asymmetric name. */
export type ImportMatcherFunctions = {
  readonly toBeValidImportRequest: typeof toBeValidImportRequest;
  readonly toViolateImportContract: typeof toViolateImportContract;
  readonly validImportRequest: typeof toBeValidImportRequest;
};

/**
 * The matchers of any import operation's input (`toBeValidImportRequest(operation)`,
 * `toViolateImportContract(operation, code)`, `expect.validImportRequest(operation)`), for
 * `expect.extend` beside `startImportMatchers`. `cloudtrail-import-contract/vitest` and `/jest`
 * register both.
 *
 * @example
 * import { expect } from 'vitest';
 * import { importMatchers } from 'cloudtrail-import-contract/matchers';
 * expect.extend(importMatchers);
 * expect({ MaxResults: 5000 }).toViolateImportContract('ListImports', 'max-results-out-of-range');
 */
export const importMatchers: ImportMatcherFunctions = Object.freeze({
  toBeValidImportRequest,
  toViolateImportContract,
  validImportRequest: toBeValidImportRequest,
});
