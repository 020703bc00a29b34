import fc from 'fast-check';
import { describe } from '../../contract/timestamps.js';
import { ARBITRARY } from './constraints.js';

/** A check of one input: returns nothing (or a Promise of nothing) when it holds, throws (or rejects) when not. */
export type Check<T> = (input: T) => void | Promise<void>;

/** Whether `value` is a Promise or another thenable. */
export function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (typeof value === 'object' || typeof value === 'function') && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

/**
 * Whether `check` is asynchronous, learnt by running it once on a drawn input: a function's type
 * is gone at run time, and a plain function may return a Promise. A failure here is left to the
 * property run, which finds and shrinks it.
 */
function isAsync<T>(inputs: fc.Arbitrary<T>, check: Check<T>, seed: number | undefined): boolean {
  const [probe] = fc.sample(inputs, seed === undefined ? { numRuns: 1 } : { numRuns: 1, seed });
  if (probe === undefined) return false;
  try {
    const result = check(probe);
    if (!isThenable(result)) return false;
    result.then(undefined, () => undefined);
    return true;
  } catch {
    return false;
  }
}

/**
 * The arguments of an assertion helper, checked before anything runs: a `fn` that is no function
 * would throw on every input, which reads as every input refused (a silent pass); an input
 * arbitrary that is none fails inside fast-check with a message naming neither; and parameters
 * that run nothing (`numRuns: 0`, `'many'`) or are no object pass whatever is asserted, or are ignored.
 */
export function checkHelperArguments(helper: string, fns: Readonly<Record<string, unknown>>, arbitraries: Readonly<Record<string, unknown>>, fcParameters: unknown): void {
  for (const [name, fn] of Object.entries(fns)) if (typeof fn !== 'function') throw new TypeError(`${helper}: ${name} must be a function (got ${describe(fn)})`);
  // ARBITRARY reads an arbitrary by its `generate`: a project's own copy of fast-check makes arbitraries of another class.
  for (const [name, arbitrary] of Object.entries(arbitraries)) if (!ARBITRARY.test(arbitrary)) throw new TypeError(`${helper}: ${name} must be a fast-check Arbitrary (got ${describe(arbitrary)})`);
  if (fcParameters === undefined) return;
  // fast-check reads what it knows of the parameters and ignores the rest: a number or null is no parameters at all.
  if (typeof fcParameters !== 'object' || fcParameters === null || Array.isArray(fcParameters)) throw new TypeError(`${helper}: fcParameters must be fast-check's parameters object (got ${describe(fcParameters)})`);
  const { numRuns } = fcParameters as { readonly numRuns?: unknown };
  // No run at all (0, or a number fast-check cannot count with) asserts nothing: the helper would pass whatever it is given.
  if (numRuns !== undefined && !(typeof numRuns === 'number' && Number.isInteger(numRuns) && numRuns >= 1)) {
    throw new TypeError(`${helper}: fcParameters.numRuns must be a whole number of runs, at least 1 (got ${describe(numRuns)})`);
  }
}

/** fast-check's report of a failed run, led by the counterexample's own error message, which fast-check 4 leaves out. */
function failure(helper: string, report: string | undefined, cause: unknown): Error {
  const why = cause instanceof Error ? cause.message : String(cause);
  return new Error(`${helper}: ${why}\n\n${report ?? 'Property failed'}`, { cause });
}

/**
 * Runs `check` over `inputs` as a fast-check property with `params`: synchronously (returning
 * nothing) for a synchronous check, else with `fc.asyncProperty` (returning a Promise). On
 * failure, throws (or rejects with) an Error whose message is the shrunk counterexample's error
 * followed by fast-check's report (seed, path, counterexample).
 */
export function runProperty<T>(helper: string, inputs: fc.Arbitrary<T>, check: Check<T>, params: fc.Parameters<[T]> = {}): void | Promise<void> {
  if (isAsync(inputs, check, params.seed)) {
    return (async (): Promise<void> => {
      const details = await fc.check(
        fc.asyncProperty(inputs, async (input) => {
          await check(input);
        }),
        params,
      );
      if (details.failed) throw failure(helper, await fc.asyncDefaultReportMessage(details), details.errorInstance);
    })();
  }
  const details = fc.check(
    fc.property(inputs, (input) => {
      const result = check(input);
      if (!isThenable(result)) return;
      result.then(undefined, () => undefined);
      throw new Error('returned a Promise for this input but not for the first one: make it always or never asynchronous');
    }),
    params,
  );
  if (details.failed) throw failure(helper, fc.defaultReportMessage(details), details.errorInstance);
}
