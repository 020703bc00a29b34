import { CLOUDTRAIL_CLIENT } from '../contract/sdk.js';
import { cloudTrailFaults, isImportOperation } from './faults.js';
import { createFakeClock } from './clock.js';
import type { Call, FakeContext } from './context.js';
import { CLOSED_TO_NEW_CUSTOMERS, refuse } from './errors.js';
import { deliverCompleted } from './deliver.js';
import type { Home } from './event-data-stores.js';
import { checkedImportIds } from './ids.js';
import { advanceImport } from './lifecycle.js';
import { readOptions } from './options.js';
import { readOperation } from './read-operations.js';
import { toSdkError } from './sdk-errors.js';
import { startImport } from './start-import.js';
import { buildStores, internalsOf } from './stores.js';
import type { FakeEventDataStores } from './store-types.js';
import { ImportStore, snapshot } from './state.js';
import type { FakeCloudTrailImports, FakeCloudTrailImportsOptions, FakeOutcome, HandleOptions } from './types.js';
import type { ImportOperation } from '../contract/operations.js';
import { checkOptionsObject, type OptionNames } from '../contract/options.js';
import { clip, describe } from '../contract/timestamps.js';

const HANDLE_OPTIONS = { shape: true, region: true } as const satisfies OptionNames<HandleOptions>;

function readCall(options: HandleOptions | undefined): Call {
  if (options !== undefined) checkOptionsObject('handle', options, HANDLE_OPTIONS);
  // Read as unknown: a JavaScript caller's options are not checked by the compiler.
  const shape: unknown = options?.shape ?? 'sdk';
  if (shape !== 'sdk' && shape !== 'wire') throw new TypeError(`handle: options.shape must be 'sdk' or 'wire' (got ${describe(shape)})`);
  const region: unknown = options?.region;
  if (region !== undefined && typeof region !== 'string') throw new TypeError(`handle: options.region must be a Region code (got ${describe(region)})`);
  return { shape, endpointRegion: region };
}

/** An operation name for a message: a string clipped, anything else described (never its own toString, which may throw). */
function nameOf(operation: unknown): string {
  return typeof operation === 'string' ? `'${clip(operation)}'` : typeof operation === 'object' && operation !== null ? 'an object' : describe(operation);
}

function dispatch(context: FakeContext, operation: ImportOperation, input: unknown, call: Call): FakeOutcome {
  return operation === 'StartImport' ? startImport(context, input, call) : readOperation(context, operation, input, call);
}

/** The `stores` option (a registry made by createFakeEventDataStores), or a registry of the `eventDataStores` option. */
function storesOf(options: FakeCloudTrailImportsOptions, home: Home): FakeEventDataStores {
  if (options.stores === undefined) return buildStores(options.eventDataStores === undefined ? {} : { eventDataStores: options.eventDataStores }, home);
  if (internalsOf(options.stores) === undefined) throw new TypeError('options.stores must be made by createFakeEventDataStores()');
  if (options.eventDataStores !== undefined) throw new TypeError('give either options.stores or options.eventDataStores, not both');
  return options.stores;
}

/** Resolves with the output of a successful outcome, or rejects with the SDK's exception. */
function settle<T>(outcome: FakeOutcome): Promise<T> {
  return outcome.ok ? Promise.resolve(outcome.output as T) : Promise.reject(toSdkError(CLOUDTRAIL_CLIENT, 'createFakeCloudTrailImports', outcome.error));
}

/**
 * A stateful, in-memory fake of CloudTrail Lake's five import operations, holding the contract's
 * lifecycle: every request is validated (StartImport with the project's validator), event data
 * stores are looked up, one import runs at a time per account and Region, and imports move only
 * when the test says so (`advance`) or, in auto mode, one step per GetImport or ListImports.
 * Its clock moves only when told. What it cannot see — S3 bucket and KMS policies, the service's
 * own trouble — a test injects with `failNext` (InsufficientEncryptionPolicyException, AWS's common
 * errors such as ThrottlingException, …), or, for an account Lake no longer takes, with the
 * `closedToNewCustomers` option. The msw handlers and the aws-sdk-client-mock helpers answer from
 * such a fake; a test can also call it directly. Its event data stores (`fake.stores`) can be
 * shared with the CloudWatch Logs import fake (`createLogsImportFake({ stores: fake.stores })`):
 * an import that completes copies the events of the declared trail log files it covers into its store.
 *
 * @example
 * const fake = createFakeCloudTrailImports({ now: '2026-01-01T00:00:00Z' });
 * const { ImportId } = await fake.startImport(request);
 * fake.advance(ImportId!, 'FAILED', { failures: [{ Location: 's3://bucket/AWSLogs/' }] });
 * await fake.startImport({ ImportId }); // the retry: INITIALIZING again
 * fake.failNext('GetImport', 'OperationNotPermittedException');
 */
export function createFakeCloudTrailImports(options: FakeCloudTrailImportsOptions = {}): FakeCloudTrailImports {
  const read = readOptions(options);
  const home = { accountId: read.accountId, region: read.region };
  const store = new ImportStore();
  const clock = createFakeClock(read.start);
  const faults = cloudTrailFaults();
  const stores = storesOf(options, home);
  const shared = internalsOf(stores) as NonNullable<ReturnType<typeof internalsOf>>;
  const context: FakeContext = {
    home,
    store,
    eventDataStores: shared.registry,
    stores: shared,
    clock,
    nextId: checkedImportIds(read.importIds, (id) => store.has(id)),
    autoOutcome: read.autoOutcome,
    policy: read.policy,
    issuedTokens: new Map(),
  };
  const handle = (operation: ImportOperation, input: unknown, handleOptions?: HandleOptions): FakeOutcome => {
    const call = readCall(handleOptions);
    if (!isImportOperation(operation)) return refuse('UnknownOperationException', `${nameOf(operation)} is not an import operation`);
    return faults.take(operation) ?? (read.closedToNewCustomers ? CLOSED_TO_NEW_CUSTOMERS : dispatch(context, operation, input, call));
  };
  return {
    handle,
    startImport: (input) => settle(handle('StartImport', input)),
    getImport: (input) => settle(handle('GetImport', input)),
    listImports: (input = {}) => settle(handle('ListImports', input)),
    stopImport: (input) => settle(handle('StopImport', input)),
    listImportFailures: (input) => settle(handle('ListImportFailures', input)),
    advance(importId, status, details = {}) {
      const stored = store.get(importId);
      advanceImport(stored, importId, status, details, clock.now().getTime());
      if (stored !== undefined) deliverCompleted(context, stored, details.statistics?.EventsCompleted !== undefined);
    },
    failNext(operation, exceptionName, message) {
      faults.push(operation, exceptionName, message);
    },
    clock,
    stores,
    imports: () => store.all().map(snapshot),
    getRecord(importId) {
      const stored = store.get(importId);
      return stored === undefined ? undefined : snapshot(stored);
    },
  };
}
