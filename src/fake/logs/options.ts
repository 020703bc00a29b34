/** The options of `createLogsImportFake`, checked and with their defaults. */
import { checkOptionsObject, type OptionNames } from '../../contract/options.js';
import { partitionOfRegion } from '../../contract/partitions.js';
import { describe, isDate } from '../../contract/timestamps.js';
import { createFakeClock, readTime } from '../clock.js';
import type { Home } from '../event-data-stores.js';
import { buildStores, defaultHome, internalsOf } from '../stores.js';
import type { FakeEventDataStores } from '../store-types.js';
import type { FakeClock } from '../types.js';
import type { LogsImportFakeOptions } from './types.js';

const LOGS_FAKE_OPTIONS = { stores: true, clock: true, now: true, accountId: true, region: true, importIds: true, batchDuration: true, batchSpan: true } as const satisfies OptionNames<LogsImportFakeOptions>;

const WHO = 'createLogsImportFake';

/** The options once read. */
export interface ReadLogsOptions {
  readonly home: Home;
  readonly stores: FakeEventDataStores;
  readonly clock: FakeClock;
  readonly importIds: () => string;
  readonly batchDuration: number;
  readonly batchSpan: number;
}

/** The default import ids: lowercase UUIDs numbered from 1 (`00000000-0000-4000-9000-000000000001`, …), apart from the CloudTrail fake's. */
function sequentialTaskIds(): () => string {
  let next = 0;
  return () => {
    next += 1;
    return `00000000-0000-4000-9000-${next.toString(16).padStart(12, '0')}`;
  };
}

/**
 * Whether `value` is a clock the fake can read: its `now()` gives a valid Date. It is read once
 * here, so a clock of the caller's own making that gives anything else is refused where it is
 * given, not as the engine's "getTime is not a function" at the first call.
 */
function isClock(value: unknown): value is FakeClock {
  if (typeof value !== 'object' || value === null || typeof (value as Partial<FakeClock>).now !== 'function') return false;
  try {
    const now: unknown = (value as FakeClock).now();
    return isDate(now) && Number.isFinite(now.getTime());
  } catch {
    return false;
  }
}

function positive(value: unknown, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) throw new TypeError(`${WHO}: options.${name} must be a whole number of milliseconds ≥ 1 (got ${describe(value)})`);
  return value;
}

function clockOf(options: LogsImportFakeOptions): FakeClock {
  if (options.clock === undefined) return createFakeClock(options.now === undefined ? Date.now() : readTime(options.now, `${WHO}: options.now`));
  if (!isClock(options.clock)) throw new TypeError(`${WHO}: options.clock must be a fake's clock (e.g. lake.clock), whose now() gives a valid Date (got ${describe(options.clock)})`);
  if (options.now !== undefined) throw new TypeError(`${WHO}: give either options.clock or options.now, not both`);
  return options.clock;
}

/** Reads the options; throws a TypeError naming the option that is wrong. */
export function readLogsOptions(options: LogsImportFakeOptions): ReadLogsOptions {
  checkOptionsObject(WHO, options, LOGS_FAKE_OPTIONS);
  const storesHome = defaultHome(options.stores);
  const accountId: unknown = options.accountId ?? storesHome.accountId;
  if (typeof accountId !== 'string' || !/^\d{12}$/.test(accountId)) throw new TypeError(`${WHO}: options.accountId must be a 12-digit account id (got ${describe(accountId)})`);
  const region: unknown = options.region ?? storesHome.region;
  if (typeof region !== 'string' || partitionOfRegion(region) === undefined) throw new TypeError(`${WHO}: options.region must be an AWS Region code (got ${describe(region)})`);
  if (options.importIds !== undefined && typeof options.importIds !== 'function') throw new TypeError(`${WHO}: options.importIds must be a function returning import ids`);
  if (options.stores !== undefined && internalsOf(options.stores) === undefined) throw new TypeError(`${WHO}: options.stores must be made by createFakeEventDataStores() or be a CloudTrail fake's stores`);
  const home = { accountId, region };
  return {
    home,
    stores: options.stores ?? buildStores({}, home),
    clock: clockOf(options),
    importIds: options.importIds ?? sequentialTaskIds(),
    batchDuration: positive(options.batchDuration, 'batchDuration', 60_000),
    batchSpan: positive(options.batchSpan, 'batchSpan', 3_600_000),
  };
}
