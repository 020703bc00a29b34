/** The options of `cloudTrailImportHandlers`, checked, with a fake made when none is given. */
import { checkOptionsObject, type OptionNames } from '../contract/options.js';
import { createFakeCloudTrailImports, type FakeCloudTrailImports, type FakeCloudTrailImportsOptions } from '../fake/index.js';
import { FAKE_OPTIONS } from '../fake/options.js';
import { isCloudTrailImportsFake } from '../fake/recognise.js';
import { isImportExchangeRecorder, type ImportExchangeRecorder } from './recorder.js';

/**
 * Options of `cloudTrailImportHandlers`: the fake to answer from — or the options to create one
 * (default: account 123456789012, every well-formed destination exists) — and a recorder.
 * `policy` and `policyException` pass through to the fake it creates: a StartImport outside the
 * policy is answered with that exception (default OperationNotPermittedException).
 */
export interface CloudTrailImportHandlersOptions extends FakeCloudTrailImportsOptions {
  /** The fake import service that answers; pass your own to drive it (`advance`, `failNext`) and inspect it. */
  readonly fake?: FakeCloudTrailImports | undefined;
  /** Records every exchange the handlers answer (see `createImportRecorder`). */
  readonly recorder?: ImportExchangeRecorder | undefined;
}

const HANDLER_OPTIONS = { ...FAKE_OPTIONS, fake: true, recorder: true } as const satisfies OptionNames<CloudTrailImportHandlersOptions>;

/** The options once read. */
export interface HandlerSettings {
  readonly fake: FakeCloudTrailImports;
  readonly recorder: ImportExchangeRecorder | undefined;
}

/** The options beside a fake given first (`cloudTrailImportHandlers(fake, { recorder })`, as the CloudWatch Logs handlers are called). */
export interface CloudTrailImportHandlersRecorderOption {
  readonly recorder?: ImportExchangeRecorder;
}

/**
 * Reads the arguments: `options`, or a fake and `{ recorder }` beside it. Throws a TypeError naming
 * what is wrong. A fake given as the options themselves was read as options to make another fake
 * from (its methods no option), so the handlers answered from a fake the test never saw.
 */
export function readHandlerArguments(first: CloudTrailImportHandlersOptions | FakeCloudTrailImports, second: unknown): HandlerSettings {
  if (!isCloudTrailImportsFake(first)) {
    if (second !== undefined) throw new TypeError('cloudTrailImportHandlers: a second argument ({ recorder }) goes beside a fake given first: cloudTrailImportHandlers(fake, { recorder })');
    return readHandlerOptions(first);
  }
  if (second !== undefined) checkOptionsObject('cloudTrailImportHandlers', second);
  const { recorder, ...others } = (second ?? {}) as Record<string, unknown>;
  const stray = Object.keys(others);
  if (stray.length > 0) throw new TypeError(`cloudTrailImportHandlers: beside a fake, the options take only recorder (got ${stray.join(', ')})`);
  return readHandlerOptions({ fake: first, ...(recorder === undefined ? {} : { recorder: recorder as ImportExchangeRecorder }) });
}

/** Reads the options; throws a TypeError naming the option that is wrong. */
export function readHandlerOptions(options: CloudTrailImportHandlersOptions): HandlerSettings {
  checkOptionsObject('cloudTrailImportHandlers', options, HANDLER_OPTIONS);
  const { fake, recorder, ...fakeOptions } = options;
  if (recorder !== undefined && !isImportExchangeRecorder(recorder)) {
    throw new TypeError('cloudTrailImportHandlers: options.recorder must be a recorder made by createImportRecorder()');
  }
  if (fake === undefined) return { fake: createFakeCloudTrailImports(fakeOptions), recorder };
  if (!isCloudTrailImportsFake(fake)) throw new TypeError('cloudTrailImportHandlers: options.fake must be a fake made by createFakeCloudTrailImports()');
  const ignored = Object.keys(fakeOptions).filter((key) => (fakeOptions as Record<string, unknown>)[key] !== undefined);
  if (ignored.length > 0) {
    throw new TypeError(`cloudTrailImportHandlers: give either options.fake or the options to create one, not both (got fake and ${ignored.join(', ')})`);
  }
  return { fake, recorder };
}
