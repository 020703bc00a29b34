import fc from 'fast-check';
import { checkOptionsObject, type OptionNames } from '../contract/options.js';
import { shapeOption } from '../validate/normalise.js';
import type { ShapeOption } from '../validate/types.js';
import { formatViolations } from '../validate/format.js';
import { validateStartImportRequest } from '../validate/validate-request.js';
import { checkHelperArguments, isThenable, runProperty } from './_internals/run-property.js';

const HELPER = 'assertValidStartImportBuilder';

/** Options of `assertValidStartImportBuilder`. */
export interface BuilderAssertionOptions {
  /**
   * The shape the builder builds: `sdk` (the default: the input of `StartImportCommand`, whose
   * timestamps must be Dates), `cli` (JSON files), `wire` (HTTP bodies) or `auto`.
   */
  readonly shape?: ShapeOption | undefined;
}

const BUILDER_OPTIONS = { shape: true } as const satisfies OptionNames<BuilderAssertionOptions>;

/** Throws, with the formatted violations and the request, when `built` is not a valid StartImport request. */
function expectValid(built: unknown, shape: ShapeOption): void {
  const { valid, violations } = validateStartImportRequest(built, { shape });
  if (valid) return;
  throw new Error(`the builder built an invalid StartImport request:\n${formatViolations(violations)}\nbuilt: ${fc.stringify(built)}`);
}

/**
 * Asserts that `builder` builds a valid StartImport request (no `error` violation; warnings are
 * allowed) for every input `inputArbitrary` draws: `fc.assert(fc.property(inputArbitrary, (input) =>
 * builder(input) is valid), fcParameters)`. The request is read in the `sdk` shape unless
 * `options.shape` says otherwise, so ISO strings where the SDK needs Dates are caught. On
 * failure it throws an Error whose message starts with the formatted violations (see
 * `formatViolations`) and the request built from the shrunk input, followed by fast-check's
 * report (seed, path, counterexample) to replay it.
 *
 * An asynchronous builder (one returning a Promise) is run with `fc.asyncProperty`, and the
 * function then returns a Promise to await. Which of the two it is, is learnt by calling the
 * builder once on a drawn input before the run.
 *
 * @example
 * import { assertValidStartImportBuilder, awsRegion, eventDataStoreArn, iamRoleArn, s3BucketName } from 'cloudtrail-import-contract/arbitraries';
 *
 * it('builds valid imports', () => {
 *   const plans = fc.record({
 *     eventDataStoreArn: eventDataStoreArn({ partition: 'aws' }),
 *     bucket: s3BucketName(),
 *     prefix: fc.constant('AWSLogs/111122223333/CloudTrail/'),
 *     region: awsRegion({ partition: 'aws' }),
 *     roleArn: iamRoleArn({ partition: 'aws' }),
 *   });
 *   assertValidStartImportBuilder(buildStartImport, plans, { numRuns: 500 });
 * });
 *
 * @remarks Since 0.1.0
 */
export function assertValidStartImportBuilder<T>(
  builder: (input: T) => PromiseLike<unknown>,
  inputArbitrary: fc.Arbitrary<T>,
  fcParameters?: fc.Parameters<[T]>,
  options?: BuilderAssertionOptions,
): Promise<void>;
export function assertValidStartImportBuilder<T>(
  builder: (input: T) => unknown,
  inputArbitrary: fc.Arbitrary<T>,
  fcParameters?: fc.Parameters<[T]>,
  options?: BuilderAssertionOptions,
): void;
export function assertValidStartImportBuilder<T>(
  builder: (input: T) => unknown,
  inputArbitrary: fc.Arbitrary<T>,
  fcParameters?: fc.Parameters<[T]>,
  options: BuilderAssertionOptions = {},
): void | Promise<void> {
  checkOptionsObject(HELPER, options, BUILDER_OPTIONS);
  checkHelperArguments(HELPER, { builder }, { inputArbitrary }, fcParameters);
  // A bad shape is the caller's TypeError now, not a failure of every run of the property.
  const shape = shapeOption(options.shape, HELPER);
  const check = (built: unknown): void => {
    expectValid(built, shape);
  };
  return runProperty(
    HELPER,
    inputArbitrary,
    (input) => {
      const built = builder(input);
      if (isThenable(built)) return Promise.resolve(built).then(check);
      check(built);
      return undefined;
    },
    fcParameters,
  );
}
