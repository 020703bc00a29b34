/**
 * The matchers of an input contract, whatever the operation: `toBeValid…` and `toViolate…` are
 * built from a name, the operation's name and a validation, so an operation defined only as model
 * data gets them from its compiled contract (`contractMatchers`), as the import operations do from
 * `validateImportRequest` (`toBeValidImportRequest`, `toViolateImportContract`).
 */
import { runContract, type OperationContract } from '../core/contract.js';
import type { ImportValidationOptions } from '../operations/index.js';
import type { Violation, ViolationCode } from '../rules/index.js';
import { printerOf } from './context.js';
import { message, violationList } from './describe.js';
import type { MatcherResult, MatcherThis } from './types.js';

/** What a matcher reads of a validation: the verdict and the violations. */
export interface Verdict {
  readonly valid: boolean;
  readonly violations: readonly Violation[];
}

/** `toBeValid…(received)`: passes when `verdict` finds no `error`; `args` is what the hint shows as its arguments. */
export function validMatcherResult(self: MatcherThis, name: string, args: string, operation: string, received: unknown, verdict: Verdict): MatcherResult {
  const print = printerOf(self, name);
  return {
    pass: verdict.valid,
    message: () =>
      message(
        print.hint(args),
        `Expected ${print.isNot ? 'not ' : ''}a valid ${operation} request, but it has ${violationList(verdict.violations)}`,
        `Received: ${print.received(received)}`,
      ),
  };
}

/** `toViolate…(received, code)`: passes when `verdict` has an `error` (without `code`) or a violation of `code`. */
export function violateMatcherResult(self: MatcherThis, name: string, args: string, operation: string, received: unknown, code: ViolationCode | undefined, verdict: Verdict): MatcherResult {
  const print = printerOf(self, name);
  const pass = code === undefined ? !verdict.valid : verdict.violations.some((v) => v.code === code);
  const what = code === undefined ? 'an error violation' : `violation ${code}`;
  return {
    pass,
    message: () =>
      message(
        print.hint(args),
        `Expected a ${operation} request ${print.isNot ? 'without' : 'with'} ${what}, but it has ${violationList(verdict.violations)}`,
        `Received: ${print.received(received)}`,
      ),
  };
}

type ContractOptions = Pick<ImportValidationOptions, 'shape'>;

/** A matcher passing when the received value is valid under the contract. */
export type ValidMatcher = (this: MatcherThis, received: unknown, options?: ContractOptions) => MatcherResult;
/** A matcher passing when the received value has an error (or a violation of `code`). */
export type ViolateMatcher = (this: MatcherThis, received: unknown, code?: ViolationCode, options?: ContractOptions) => MatcherResult;

/**
 * The two matchers of a compiled input contract, under the names given, for `expect.extend`: an
 * operation that is model data alone gets them, with the messages of the import operations' matchers.
 *
 * @example
 * const { request } = compileOperation(model, 'DescribeWidgets', codes);
 * expect.extend(contractMatchers(request, { valid: 'toBeValidWidgetQuery', violate: 'toViolateWidgetContract' }));
 */
export function contractMatchers<V extends string, X extends string>(contract: OperationContract, names: { readonly valid: V; readonly violate: X }): Record<V, ValidMatcher> & Record<X, ViolateMatcher> {
  const judge = (value: unknown, options?: ContractOptions): Verdict => runContract(contract, value, options?.shape ?? 'sdk');
  const valid: ValidMatcher = function (received, options) {
    return validMatcherResult(this, names.valid, options === undefined ? '' : 'options', contract.operation, received, judge(received, options));
  };
  const violate: ViolateMatcher = function (received, code, options) {
    return violateMatcherResult(this, names.violate, code === undefined ? '' : 'code', contract.operation, received, code, judge(received, options));
  };
  return { [names.valid]: valid, [names.violate]: violate } as Record<V, ValidMatcher> & Record<X, ViolateMatcher>;
}
