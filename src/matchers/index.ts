/**
 * The StartImport matchers, free of side effects: each is a pure check returning
 * `{ pass, message() }`, usable with any Jest-style `expect.extend` or called bare.
 * `cloudtrail-import-contract/vitest` and `/jest` register them and declare their types.
 */
export { importMatchers, startImportMatchers, type ImportMatcherFunctions, type StartImportMatcherFunctions } from './matchers.js';
export { toBeNewImportRequest, toBeRetryImportRequest, toBeValidStartImportRequest, toViolateStartImportContract, type RequestMatcher } from './request-matchers.js';
export { toBeValidImportRequest, toViolateImportContract } from './import-matchers.js';
export { toBeValidStartImportResponse } from './response-matcher.js';
export { toHaveResolvedOnlyValidStartImportResponses } from './resolved-responses.js';
export { toHaveSentValidStartImportRequest } from './sent-request.js';
export { toHaveSentOnlyValidStartImportRequests } from './sent-requests.js';
export type {
  ImportAsymmetricMatchers,
  ImportMatchers,
  MatcherContextLike,
  MatcherHintOptionsLike,
  MatcherResult,
  MatcherThis,
  MatcherUtilsLike,
  SentRequestOptions,
  SentRequestsOptions,
  StartImportAsymmetricMatchers,
  StartImportMatchers,
} from './types.js';
