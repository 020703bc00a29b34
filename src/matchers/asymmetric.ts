import { inspect } from 'node:util';
import type { RequestKind, Violation } from '../rules/index.js';
import {
  validateStartImportRequest,
  validateStartImportResponse,
  type RequestValidationOptions,
  type ResponseValidationOptions,
  type ValidationResult,
} from '../validate/index.js';
import { kindPhrase, violationList } from './describe.js';
import { requestOptions, responseOptions } from './options.js';
import type { ContractOperation } from '../contract/operations.js';
import { validateImportRequest, type ImportValidationOptions } from '../operations/index.js';
import { importOperation, importOptions } from './import-options.js';
import type { ImportAsymmetricMatchers, StartImportAsymmetricMatchers } from './types.js';

/** What a matcher found in one value: whether it passed, and why. */
interface Judgement {
  readonly pass: boolean;
  /** What the request asks for; absent for a response. */
  readonly kind?: RequestKind;
  readonly violations: readonly Violation[];
}

const ASYMMETRIC_MATCHER = Symbol.for('jest.asymmetricMatcher');
// Vitest prints a value in an assertion's first line with this method when it has one.
const CHAI_INSPECT = Symbol.for('chai/inspect');

/** What a matcher holds beside `expects`: its name, direction, options, test, and what it judged. */
interface MatcherState {
  readonly name: string;
  readonly inverse: boolean;
  readonly options: object | undefined;
  readonly judge: (value: unknown) => Judgement;
  /** Each value compared, by identity, in the order first compared, with its latest judgement. */
  readonly judged: Map<unknown, Judgement>;
}

/**
 * An asymmetric StartImport matcher (`expect.validStartImportRequest()`, …), the same for Vitest
 * and Jest: both compare with `asymmetricMatch` and print with `toAsymmetricMatcher`. It prints
 * the violations of the values it was compared with, so that a failing `toHaveBeenCalledWith`
 * shows why, where the runner's own asymmetric matchers print only their name and arguments. A
 * matcher compared with several values (one per call) lists each: the runner prints the matcher
 * once per call, and it cannot know which call it is printed for.
 */
export class StartImportAsymmetricMatcher {
  /**
   * What the matcher expects, in words. Its one own enumerable member, and one no request has: a
   * member-by-member comparison of the matcher itself (`objectContaining(matcher)`, which
   * aws-sdk-client-mock-vitest's `…CommandWith` matchers make of their expected input) then fails,
   * instead of passing for any value as it would were there no member to compare.
   */
  readonly expects: string;
  /**
   * The rest, in one own property that is not enumerable (so no comparison reads it). Not private
   * fields: a failing `toEqual` or `objectContaining` copies the expected value to print its diff,
   * own properties and prototype kept, and a copy has no private fields of the class, so every
   * method called on it threw a TypeError in place of the assertion's failure.
   */
  declare private readonly state: MatcherState;

  constructor(name: string, expects: string, inverse: boolean, options: object | undefined, judge: (value: unknown) => Judgement) {
    this.expects = `${inverse ? 'not ' : ''}${expects}`;
    const state: MatcherState = { name, inverse, options, judge, judged: new Map() };
    Object.defineProperty(this, 'state', { value: state, enumerable: false, writable: false, configurable: true });
  }

  /** Marks the object as an asymmetric matcher for the runners' printers. */
  get $$typeof(): symbol {
    return ASYMMETRIC_MATCHER;
  }

  asymmetricMatch(other: unknown): boolean {
    const { state } = this;
    const judgement = state.judge(other);
    state.judged.set(other, judgement);
    return state.inverse ? !judgement.pass : judgement.pass;
  }

  /** The name and options alone: `validStartImportRequest<>`, `not.retryImportRequest<{ now: … }>`. */
  private head(): string {
    const { inverse, name, options } = this.state;
    return `${inverse ? 'not.' : ''}${name}<${options === undefined ? '' : inspect(options, { breakLength: Infinity, depth: 4 })}>`;
  }

  /** The name and options, then what each value compared was: its kind and violations. */
  toAsymmetricMatcher(): string {
    const head = this.head();
    const judged = [...this.state.judged.values()];
    const [only] = judged;
    if (only === undefined) return `${head} (compared with no whole value: objectContaining, as in aws-sdk-client-mock-vitest's …CommandWith, cannot compare it)`;
    if (judged.length === 1) return `${head} (the received value ${describeJudgement(only)})`;
    const shown = judged.slice(0, MAX_LISTED).map((judgement, i) => `value #${i + 1} ${describeJudgement(judgement)}`);
    const more = judged.length > MAX_LISTED ? [`and ${judged.length - MAX_LISTED} more`] : [];
    return `${head} (compared with ${judged.length} values:\n${[...shown, ...more].join('\n')})`;
  }

  toString(): string {
    return this.toAsymmetricMatcher();
  }

  getExpectedType(): string {
    return 'object';
  }

  /** The name and options alone: Vitest prints it in an assertion's one-line summary, which it cuts short. */
  [CHAI_INSPECT](): string {
    return this.head();
  }
}

/** How many compared values a printed matcher lists. */
const MAX_LISTED = 5;

/** `is a retry, with 1 error: …`, `has no violations.` (a response has no kind). */
function describeJudgement(judgement: Judgement): string {
  return `${judgement.kind === undefined ? 'has' : `is ${kindPhrase(judgement.kind)}, with`} ${violationList(judgement.violations)}`;
}

type RequestPasses = (result: ValidationResult) => boolean;

function requestFactory(name: string, expects: string, passes: RequestPasses) {
  return (inverse: boolean) =>
    (options?: RequestValidationOptions): StartImportAsymmetricMatcher => {
      const checked = requestOptions(name, options);
      return new StartImportAsymmetricMatcher(name, expects, inverse, options, (value) => {
        const result = validateStartImportRequest(value, checked);
        return { pass: passes(result), kind: result.kind, violations: result.violations };
      });
    };
}

function responseFactory(inverse: boolean) {
  const name = 'validStartImportResponse';
  return (options?: ResponseValidationOptions): StartImportAsymmetricMatcher => {
    const checked = responseOptions(name, options);
    return new StartImportAsymmetricMatcher(name, 'a valid StartImport response', inverse, options, (value) => {
      const result = validateStartImportResponse(value, checked);
      return { pass: result.valid, violations: result.violations };
    });
  };
}

function importFactory(inverse: boolean) {
  const name = 'validImportRequest';
  return (operation: ContractOperation, options?: ImportValidationOptions): StartImportAsymmetricMatcher => {
    const checked = importOptions(name, options);
    const known = importOperation(name, operation);
    return new StartImportAsymmetricMatcher(name, `a valid ${known} request`, inverse, { operation: known, ...options }, (value) => {
      const result = validateImportRequest(known, value, checked);
      return { pass: result.valid, violations: result.violations };
    });
  };
}

type AsymmetricName = keyof StartImportAsymmetricMatchers<unknown> | keyof ImportAsymmetricMatchers<unknown>;

const FACTORIES: Readonly<Record<AsymmetricName, (inverse: boolean) => (...args: never[]) => StartImportAsymmetricMatcher>> = {
  validStartImportRequest: requestFactory('validStartImportRequest', 'a valid StartImport request', (result) => result.valid),
  newImportRequest: requestFactory('newImportRequest', 'a valid new-import request', (result) => result.valid && result.kind === 'new'),
  retryImportRequest: requestFactory('retryImportRequest', 'a valid retry request', (result) => result.valid && result.kind === 'retry'),
  validStartImportResponse: responseFactory,
  validImportRequest: importFactory,
};

function define(target: object, name: string, value: unknown): void {
  Object.defineProperty(target, name, { configurable: true, enumerable: true, writable: true, value });
}

/**
 * Puts the asymmetric matchers on a runner's `expect` and `expect.not` (and on `shared`, an
 * object the runner copies onto every test's own `expect`), in place of the ones its
 * `expect.extend` made, which print no violations.
 */
export function installAsymmetricMatchers(expect: { readonly not: object }, shared?: object): void {
  for (const [name, factory] of Object.entries(FACTORIES)) {
    define(expect, name, factory(false));
    define(expect.not, name, factory(true));
    if (shared !== undefined) define(shared, name, factory(false));
  }
}
