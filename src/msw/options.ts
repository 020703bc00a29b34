/** The options of `cloudTrailImportHandlers`, checked, with a fake made when none is given. */
import { checkOptionsObject } from '../contract/options.js';
import { createFakeCloudTrailImports, type FakeCloudTrailImports, type FakeCloudTrailImportsOptions } from '../fake/index.js';
import { isImportExchangeRecorder, type ImportExchangeRecorder } from './recorder.js';

/**
 * Options of `cloudTrailImportHandlers`: the fake to answer from — or the options to create one
 * (default: account 123456789012, every well-formed destination exists) — and a recorder.
 * `policy` and `policyException` pass through to the fake it creates: a StartImport outside the
 * policy is answered with that exception (default OperationNotPermittedException).
 */
export interface CloudTrailImportHandlersOptions extends FakeCloudTrailImportsOptions {
  /** The fake import service that answers; pass your own to drive it (`advance`, `failNext`) and inspect it. */
  readonly fake?: FakeCloudTrailImports;
  /** Records every exchange the handlers answer (see `createImportRecorder`). */
  readonly recorder?: ImportExchangeRecorder;
}

/** The options once read. */
export interface HandlerSettings {
  readonly fake: FakeCloudTrailImports;
  readonly recorder: ImportExchangeRecorder | undefined;
}

function isFake(value: unknown): value is FakeCloudTrailImports {
  return typeof value === 'object' && value !== null && typeof (value as Partial<FakeCloudTrailImports>).handle === 'function';
}

/** Reads the options; throws a TypeError naming the option that is wrong. */
export function readHandlerOptions(options: CloudTrailImportHandlersOptions): HandlerSettings {
  checkOptionsObject('cloudTrailImportHandlers', options);
  const { fake, recorder, ...fakeOptions } = options;
  if (recorder !== undefined && !isImportExchangeRecorder(recorder)) {
    throw new TypeError('cloudTrailImportHandlers: options.recorder must be a recorder made by createImportRecorder()');
  }
  if (fake === undefined) return { fake: createFakeCloudTrailImports(fakeOptions), recorder };
  if (!isFake(fake)) throw new TypeError('cloudTrailImportHandlers: options.fake must be a fake made by createFakeCloudTrailImports()');
  const ignored = Object.keys(fakeOptions).filter((key) => (fakeOptions as Record<string, unknown>)[key] !== undefined);
  if (ignored.length > 0) {
    throw new TypeError(`cloudTrailImportHandlers: give either options.fake or the options to create one, not both (got fake and ${ignored.join(', ')})`);
  }
  return { fake, recorder };
}
