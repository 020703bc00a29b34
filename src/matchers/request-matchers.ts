import type { PolicyCode } from '../policy/index.js';
import type { ViolationCode } from '../rules/index.js';
import { validateStartImportRequest, type RequestValidationOptions, type ValidationResult } from '../validate/index.js';
import { printerOf } from './context.js';
import { kindPhrase, message, violationList } from './describe.js';
import { requestOptions, violationCode } from './options.js';
import type { MatcherResult, MatcherThis } from './types.js';

/** A matcher over one StartImport request. */
export type RequestMatcher = (this: MatcherThis, received: unknown, options?: RequestValidationOptions) => MatcherResult;

function requestMatcher(name: string, expectation: string, passes: (result: ValidationResult) => boolean): RequestMatcher {
  return function (this: MatcherThis, received, options) {
    const print = printerOf(this, name);
    const result = validateStartImportRequest(received, requestOptions(name, options));
    return {
      pass: passes(result),
      message: () =>
        message(
          print.hint(options === undefined ? '' : 'options'),
          `Expected ${print.isNot ? 'not ' : ''}${expectation}, but it is ${kindPhrase(result.kind)}, with ${violationList(result.violations)}`,
          `Received: ${print.received(received)}`,
        ),
    };
  };
}

/**
 * Passes when `received` is a StartImport request with no `error` violation (warnings allowed),
 * as `validateStartImportRequest(received, options)` finds. The message lists every violation in
 * the words of `formatViolations`, as the CLI prints them.
 *
 * @example
 * expect(buildStartImportInput(plan)).toBeValidStartImportRequest({ shape: 'sdk' });
 * expect(mockedStartImport).toHaveBeenCalledWith(expect.validStartImportRequest());
 */
export const toBeValidStartImportRequest: RequestMatcher = requestMatcher('toBeValidStartImportRequest', 'a valid StartImport request', (result) => result.valid);

/**
 * Passes when `received` is a valid request for a new import: Destinations and ImportSource
 * (and usually a time range), no ImportId, no `error` violation.
 *
 * @example
 * expect(cloudTrailMock.commandCalls(StartImportCommand)[0]?.args[0].input).toBeNewImportRequest();
 */
export const toBeNewImportRequest: RequestMatcher = requestMatcher(
  'toBeNewImportRequest',
  'a valid new-import request (Destinations and ImportSource, no ImportId)',
  (result) => result.valid && result.kind === 'new',
);

/**
 * Passes when `received` is a valid retry: `ImportId` alone, no `error` violation.
 *
 * @example
 * expect({ ImportId: failedImport.ImportId }).toBeRetryImportRequest();
 */
export const toBeRetryImportRequest: RequestMatcher = requestMatcher(
  'toBeRetryImportRequest',
  'a valid retry request (ImportId alone)',
  (result) => result.valid && result.kind === 'retry',
);

/**
 * Passes when `received` breaks the contract: without `code`, when it has an `error` violation;
 * with `code`, when it has a violation of that code, of either severity. `code` is a code of the
 * contract or, given `options.policy`, a `policy/<rule>` code of a rule that policy sets. Throws
 * a TypeError for any other `code` (it could never match, and `.not` would always pass).
 *
 * @example
 * expect({ ImportId: 'ABC' }).toViolateStartImportContract('import-id-invalid');
 * expect(request).not.toViolateStartImportContract();
 * expect(request).toViolateStartImportContract('policy/allowed-regions', { policy: loadImportPolicy('cloudtrail-import-policy.json') });
 */
export function toViolateStartImportContract(this: MatcherThis, received: unknown, code?: ViolationCode | PolicyCode, options?: RequestValidationOptions): MatcherResult {
  const name = 'toViolateStartImportContract';
  const print = printerOf(this, name);
  const checked = requestOptions(name, options);
  const wanted = violationCode(name, code, checked.policy);
  const result = validateStartImportRequest(received, checked);
  const pass = wanted === undefined ? !result.valid : result.violations.some((v) => v.code === wanted);
  const what = wanted === undefined ? 'an error violation' : `violation ${wanted}`;
  const args = options === undefined ? (wanted === undefined ? '' : 'code') : 'code, options';
  return {
    pass,
    message: () =>
      message(
        print.hint(args),
        `Expected a StartImport request ${print.isNot ? 'without' : 'with'} ${what}, but it is ${kindPhrase(result.kind)}, with ${violationList(result.violations)}`,
        `Received: ${print.received(received)}`,
      ),
  };
}
