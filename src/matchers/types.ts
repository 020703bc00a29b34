import type { ContractOperation } from '../contract/operations.js';
import type { ImportValidationOptions } from '../operations/index.js';
import type { PolicyCode } from '../policy/index.js';
import type { ViolationCode } from '../rules/index.js';
import type { RequestValidationOptions, ResponseValidationOptions } from '../validate/index.js';

/** Options of `matcherHint`, as both Jest and Vitest take them (the part the matchers use). */
export interface MatcherHintOptionsLike {
  readonly isNot?: boolean;
  readonly promise?: string;
}

/** The part of a runner's `this.utils` the matchers print with (Jest's and Vitest's both fit). */
export interface MatcherUtilsLike {
  matcherHint(matcherName: string, received?: string, expected?: string, options?: MatcherHintOptionsLike): string;
  printReceived(value: unknown): string;
  printExpected(value: unknown): string;
}

/** The part of a runner's matcher context (`this` in a matcher) the matchers read. */
export interface MatcherContextLike {
  readonly isNot?: boolean;
  /** `'resolves'` or `'rejects'` under `expect(…).resolves`; otherwise `''` or absent. */
  readonly promise?: string;
  /** Absent when a matcher is called bare, as a pure check: the message is then plain text. */
  readonly utils?: MatcherUtilsLike;
}

/**
 * `this` of a matcher: a runner's context; another object when it is called as a method of the
 * matchers objects (`startImportMatchers.toBeValidStartImportRequest(value)`, whose `this` has none
 * of the context's members and reads as no context); or nothing when it is called bare.
 */
// eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- `void` is how TypeScript lets a function with a `this` type be called bare
export type MatcherThis = MatcherContextLike | object | void;

/** What a matcher returns: whether it passed, and its failure message, built only when asked for. */
export interface MatcherResult {
  readonly pass: boolean;
  message(): string;
}

/** Options of `toHaveSentOnlyValidStartImportRequests`: the receiver decides the shape (`sdk` for a stub, `wire` for a recorder). */
export type SentRequestsOptions = Omit<RequestValidationOptions, 'shape'>;

/** Options of `toHaveSentValidStartImportRequest`: which call, and what it must ask for. */
export interface SentRequestOptions extends SentRequestsOptions {
  /** The StartImport call to check, counting StartImport calls from 1; default: any of them. */
  readonly nth?: number | undefined;
  /** What the request must ask for: a `new` import or a `retry`; default: either. */
  readonly kind?: 'new' | 'retry' | undefined;
}

/**
 * The matchers, as `expect(received)` offers them once registered: `R` is what a matcher call
 * returns in the runner (`void` in Vitest and Jest; `Promise<void>` after `.resolves`).
 */
export interface StartImportMatchers<R> {
  /** Passes when `received` is a StartImport request with no `error` violation. */
  toBeValidStartImportRequest(options?: RequestValidationOptions): R;
  /** Passes when `received` is a valid request for a new import (Destinations, ImportSource, no ImportId). */
  toBeNewImportRequest(options?: RequestValidationOptions): R;
  /** Passes when `received` is a valid retry (ImportId alone). */
  toBeRetryImportRequest(options?: RequestValidationOptions): R;
  /**
   * Passes when `received` has an `error` violation; with `code`, a violation of that code (any
   * severity): a contract code, or a `policy/<rule>` code of a rule `options.policy` sets.
   */
  toViolateStartImportContract(code?: ViolationCode | PolicyCode, options?: RequestValidationOptions): R;
  /** Passes when `received` is a StartImport response with no `error` violation (answering `options.request` when given). */
  toBeValidStartImportResponse(options?: ResponseValidationOptions): R;
  /** Passes when an aws-sdk-client-mock stub or an msw import recorder saw at least one StartImport call, all valid. */
  toHaveSentOnlyValidStartImportRequests(options?: SentRequestsOptions): R;
  /** Passes when a stub or a recorder sent a valid StartImport request (the `nth` call, of `kind`, when given). */
  toHaveSentValidStartImportRequest(options?: SentRequestOptions): R;
  /** Passes when every StartImport call of a stub resolved a valid response to its input or rejected with a modeled exception. Await it. */
  toHaveResolvedOnlyValidStartImportResponses(): Promise<R>;
}

/**
 * The asymmetric forms, on `expect` (and `expect.not`) once registered, for use inside
 * `toHaveBeenCalledWith`, `toEqual`, `objectContaining`, …: `M` is the runner's own asymmetric
 * matcher type.
 */
export interface StartImportAsymmetricMatchers<M> {
  /** Matches a StartImport request with no `error` violation. */
  validStartImportRequest(options?: RequestValidationOptions): M;
  /** Matches a valid request for a new import. */
  newImportRequest(options?: RequestValidationOptions): M;
  /** Matches a valid retry (ImportId alone). */
  retryImportRequest(options?: RequestValidationOptions): M;
  /** Matches a StartImport response with no `error` violation. */
  validStartImportResponse(options?: ResponseValidationOptions): M;
}

/** The matchers of any import operation's input, as `expect(received)` offers them once registered. */
export interface ImportMatchers<R> {
  /** Passes when `received` is an input of `operation` with no `error` violation. */
  toBeValidImportRequest(operation: ContractOperation, options?: ImportValidationOptions): R;
  /** Passes when `received` has an `error` violation of `operation`'s input contract; with `code`, a violation of that code. */
  toViolateImportContract(operation: ContractOperation, code?: ViolationCode, options?: ImportValidationOptions): R;
}

/** The asymmetric form of `toBeValidImportRequest`, on `expect` (and `expect.not`) once registered. */
export interface ImportAsymmetricMatchers<M> {
  /** Matches an input of `operation` with no `error` violation. */
  validImportRequest(operation: ContractOperation, options?: ImportValidationOptions): M;
}
