import fc from 'fast-check';
import type { Shape } from '../contract/timestamps.js';
import { invalidStartImportRequest, type InvalidStartImportRequestConstraints, type LabelledInvalidRequest } from './invalid-start-import-request.js';
import { checkHelperArguments, isThenable, runProperty } from './_internals/run-property.js';
import type { RequestInShape } from './_internals/shapes.js';

const HELPER = 'assertRejectsInvalidStartImport';

/** The error for a request `fn` accepted: it names the mistake the request carries, and the request. */
function accepted<S extends Shape>({ request, expected, also }: LabelledInvalidRequest<S>, how: string, result: unknown): Error {
  const mistake = also.length === 0 ? expected : `${expected} (with ${also.join(', ')})`;
  return new Error(`expected the function to throw or reject a request with ${mistake}, but it ${how} ${fc.stringify(result)}\nrequest: ${fc.stringify(request)}`);
}

/**
 * Asserts that `fn` refuses every invalid StartImport request: it feeds `fn` labelled invalid
 * requests (see `invalidStartImportRequest`; by default every request error code, in the `sdk`
 * shape) and expects each call to throw, or to return a Promise that rejects. On failure it
 * throws an Error whose message names the code of the mistake `fn` let through and the shrunk
 * request, followed by fast-check's report (seed, path, counterexample) to replay it.
 *
 * An asynchronous `fn` (one returning a Promise) is run with `fc.asyncProperty`, and the function
 * then returns a Promise to await; which of the two it is, is learnt by calling `fn` once first.
 * `constraints` narrows the requests (`codes`), or sets their `shape` and `now`.
 *
 * @example
 * import { assertRejectsInvalidStartImport } from 'cloudtrail-import-contract/arbitraries';
 *
 * it('refuses what AWS would refuse', async () => {
 *   await assertRejectsInvalidStartImport((input) => importService.start(input), { numRuns: 300 });
 * });
 *
 * @remarks Since 0.1.0
 */
export function assertRejectsInvalidStartImport<S extends Shape = 'sdk'>(
  fn: (request: RequestInShape<S>) => PromiseLike<unknown>,
  fcParameters?: fc.Parameters<[LabelledInvalidRequest<S>]>,
  constraints?: InvalidStartImportRequestConstraints<S>,
): Promise<void>;
export function assertRejectsInvalidStartImport<S extends Shape = 'sdk'>(
  fn: (request: RequestInShape<S>) => unknown,
  fcParameters?: fc.Parameters<[LabelledInvalidRequest<S>]>,
  constraints?: InvalidStartImportRequestConstraints<S>,
): void;
export function assertRejectsInvalidStartImport<S extends Shape = 'sdk'>(
  fn: (request: RequestInShape<S>) => unknown,
  fcParameters?: fc.Parameters<[LabelledInvalidRequest<S>]>,
  constraints: InvalidStartImportRequestConstraints<S> = {},
): void | Promise<void> {
  checkHelperArguments(HELPER, { fn }, {}, fcParameters);
  return runProperty(
    HELPER,
    invalidStartImportRequest(constraints),
    (labelled) => {
      let result: unknown;
      try {
        result = fn(labelled.request);
      } catch {
        return undefined;
      }
      if (!isThenable(result)) throw accepted(labelled, 'returned', result);
      return Promise.resolve(result).then(
        (value) => {
          throw accepted(labelled, 'resolved to', value);
        },
        () => undefined,
      );
    },
    fcParameters,
  );
}
