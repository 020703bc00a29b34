/** The options of `createFakeCloudTrailImports`, checked and with their defaults. */
import { checkOptionsObject, type OptionNames } from '../contract/options.js';
import { isStartImportErrorName, type StartImportErrorName } from '../contract/model.js';
import { partitionOfRegion } from '../contract/partitions.js';
import { describe } from '../contract/timestamps.js';
import { loadImportPolicy } from '../policy/index.js';
import type { ImportPolicy } from '../policy/types.js';
import { readTime } from './clock.js';
import { sequentialImportIds } from './ids.js';
import { defaultHome } from './stores.js';
import type { FakeCloudTrailImportsOptions } from './types.js';

/** The options once read. */
export interface ReadOptions {
  readonly accountId: string;
  readonly region: string;
  readonly start: number;
  readonly autoOutcome: 'COMPLETED' | 'FAILED' | undefined;
  readonly importIds: () => string;
  readonly policy: { readonly policy: ImportPolicy; readonly exception: StartImportErrorName } | undefined;
  readonly closedToNewCustomers: boolean;
}

function autoOutcomeOf(auto: FakeCloudTrailImportsOptions['autoAdvance']): 'COMPLETED' | 'FAILED' | undefined {
  if (auto === undefined || auto === false) return undefined;
  if (auto === true) return 'COMPLETED';
  const outcome = typeof auto === 'object' ? (auto as { outcome?: unknown }).outcome : undefined;
  if (outcome !== 'COMPLETED' && outcome !== 'FAILED') {
    throw new TypeError(`options.autoAdvance must be a boolean or { outcome: 'COMPLETED' | 'FAILED' } (got ${JSON.stringify(auto)})`);
  }
  return outcome;
}

function policyOf(options: FakeCloudTrailImportsOptions): ReadOptions['policy'] {
  const exception: unknown = options.policyException ?? 'OperationNotPermittedException';
  if (typeof exception !== 'string' || !isStartImportErrorName(exception)) {
    throw new TypeError(`options.policyException must be an exception StartImport is modeled to answer with (got ${describe(exception)})`);
  }
  // A bad policy throws its PolicyError here, when the fake is made, not at the first call.
  return options.policy === undefined ? undefined : { policy: loadImportPolicy(options.policy), exception };
}

/** The names of `FakeCloudTrailImportsOptions`, for its option check and the msw handlers'. */
export const FAKE_OPTIONS = {
  accountId: true,
  region: true,
  eventDataStores: true,
  stores: true,
  now: true,
  autoAdvance: true,
  importIds: true,
  policy: true,
  policyException: true,
  closedToNewCustomers: true,
} as const satisfies OptionNames<FakeCloudTrailImportsOptions>;

/** Reads the options; throws a TypeError naming the option that is wrong (a PolicyError for a bad policy). */
export function readOptions(options: FakeCloudTrailImportsOptions): ReadOptions {
  checkOptionsObject('createFakeCloudTrailImports', options, FAKE_OPTIONS);
  const home = defaultHome(options.stores);
  const accountId = options.accountId ?? home.accountId;
  if (typeof accountId !== 'string' || !/^\d{12}$/.test(accountId)) throw new TypeError(`options.accountId must be a 12-digit account id (got ${describe(accountId)})`);
  const region = options.region ?? home.region;
  if (typeof region !== 'string' || partitionOfRegion(region) === undefined) throw new TypeError(`options.region must be an AWS Region code (got ${describe(region)})`);
  if (options.importIds !== undefined && typeof options.importIds !== 'function') throw new TypeError('options.importIds must be a function returning import ids');
  const closed: unknown = options.closedToNewCustomers ?? false;
  if (typeof closed !== 'boolean') throw new TypeError(`options.closedToNewCustomers must be a boolean (got ${describe(closed)})`);
  return {
    accountId,
    region,
    start: options.now === undefined ? Date.now() : readTime(options.now, 'options.now'),
    autoOutcome: autoOutcomeOf(options.autoAdvance),
    importIds: options.importIds ?? sequentialImportIds(),
    policy: policyOf(options),
    closedToNewCustomers: closed,
  };
}
