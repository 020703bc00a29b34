/**
 * The shared registry of event data stores (`createFakeEventDataStores`), and the trail log files
 * in S3 that imports into them read.
 */
import { checkOptionsObject, type OptionNames } from '../contract/options.js';
import { partitionOfRegion } from '../contract/partitions.js';
import { describe } from '../contract/timestamps.js';
import { resolveDestination, STATUSES, StoreRegistry, type HeldStore, type Home } from './event-data-stores.js';
import type { FakeEventDataStores, FakeEventDataStoresOptions, FakeEventDataStoreState, FakeTrailEvent } from './store-types.js';
import { eventSnapshot, readEvents, sequentialEventIds, type HeldEvent } from './trail-events.js';
import type { EventDataStoreStatus } from './types.js';

const STORES_OPTIONS = { accountId: true, region: true, eventDataStores: true, trailLogs: true } as const satisfies OptionNames<FakeEventDataStoresOptions>;

/** What a registry holds besides its stores: the trail log files, by location. */
interface Internals {
  readonly registry: StoreRegistry;
  readonly trailLogs: Map<string, readonly HeldEvent[]>;
}

const INTERNALS = new WeakMap<object, Internals>();

/** The registry behind a `FakeEventDataStores`, or undefined for any other value. */
export function internalsOf(stores: unknown): Internals | undefined {
  return typeof stores === 'object' && stores !== null ? INTERNALS.get(stores) : undefined;
}

function stateOf(held: HeldStore): FakeEventDataStoreState {
  const events = [...held.events.values()].sort((a, b) => a.eventTime - b.eventTime).map(eventSnapshot);
  return { eventDataStoreArn: held.arn, status: held.status, category: held.category, retentionPeriod: held.retentionPeriod, events };
}

function readHome(options: FakeEventDataStoresOptions, who: string): Home {
  const accountId: unknown = options.accountId ?? '123456789012';
  if (typeof accountId !== 'string' || !/^\d{12}$/.test(accountId)) throw new TypeError(`${who}: options.accountId must be a 12-digit account id (got ${describe(accountId)})`);
  const region: unknown = options.region ?? 'us-east-1';
  if (typeof region !== 'string' || partitionOfRegion(region) === undefined) throw new TypeError(`${who}: options.region must be an AWS Region code (got ${describe(region)})`);
  return { accountId, region };
}

function readLocation(location: unknown, where: string): string {
  if (typeof location !== 'string' || !/^s3:\/\/[^/]+\/./.test(location)) throw new TypeError(`${where} must be an S3 URI s3://bucket/key (got ${describe(location)})`);
  return location;
}

/**
 * The account and Region a fake calls from when its options name none: those of the `stores` it
 * shares (the `accountId` and `region` given to createFakeEventDataStores), so a fake made on
 * another account's stores finds them; else account 123456789012 in us-east-1.
 */
export function defaultHome(stores: unknown): Home {
  return internalsOf(stores)?.registry.home ?? { accountId: '123456789012', region: 'us-east-1' };
}

/**
 * Builds a registry from options already checked to be an object. `home` is the account and
 * Region a bare ID is read in; `where` prefixes the option names in messages.
 */
export function buildStores(options: FakeEventDataStoresOptions, home: Home, where = 'options'): FakeEventDataStores {
  const registry = new StoreRegistry(home, options.eventDataStores === undefined, sequentialEventIds());
  const given: unknown = options.eventDataStores;
  if (given !== undefined && !Array.isArray(given)) throw new TypeError(`${where}.eventDataStores must be an array (got ${describe(given)})`);
  options.eventDataStores?.forEach((store, index) => {
    registry.declare(store, `${where}.eventDataStores[${index}]`);
  });
  const trailLogs = new Map<string, readonly HeldEvent[]>();
  const logs: unknown = options.trailLogs ?? [];
  if (!Array.isArray(logs)) throw new TypeError(`${where}.trailLogs must be an array (got ${describe(logs)})`);
  (logs as readonly unknown[]).forEach((log, index) => {
    const at = `${where}.trailLogs[${index}]`;
    if (typeof log !== 'object' || log === null) throw new TypeError(`${at} must be an object with a location and events (got ${describe(log)})`);
    const { location, events } = log as Partial<Record<'location' | 'events', unknown>>;
    trailLogs.set(readLocation(location, `${at}.location`), readEvents(events, `${at}.events`, registry.nextEventId));
  });
  const held = (eventDataStore: unknown, who: string): HeldStore => {
    const resolved = typeof eventDataStore === 'string' ? resolveDestination(eventDataStore, home) : undefined;
    const store = resolved === undefined ? undefined : registry.find(resolved);
    if (store === undefined) throw new TypeError(`${who}: no event data store ${describe(eventDataStore)}`);
    return store;
  };
  const stores: FakeEventDataStores = {
    get(eventDataStore) {
      const resolved = typeof eventDataStore === 'string' ? resolveDestination(eventDataStore, home) : undefined;
      const store = resolved === undefined ? undefined : registry.peek(resolved);
      return store === undefined ? undefined : stateOf(store);
    },
    list: () => registry.all().map(stateOf),
    putEvents(eventDataStore, events: readonly FakeTrailEvent[]) {
      const store = held(eventDataStore, 'putEvents');
      registry.addEvents(store, readEvents(events, 'putEvents(…, events)', registry.nextEventId));
    },
    putTrailLogs(location, events) {
      trailLogs.set(readLocation(location, 'putTrailLogs(location)'), readEvents(events, 'putTrailLogs(…, events)', registry.nextEventId));
    },
    setStatus(eventDataStore, status: EventDataStoreStatus) {
      const store = held(eventDataStore, 'setStatus');
      if (!STATUSES.includes(status)) throw new TypeError(`setStatus: status must be one of ${STATUSES.join(', ')} (got ${describe(status)})`);
      store.status = status;
    },
  };
  INTERNALS.set(stores, { registry, trailLogs });
  return stores;
}

/**
 * A registry of event data stores to share between the CloudTrail Lake import fake and the
 * CloudWatch Logs import fake: a StartImport that completes copies the events of the trail log
 * files it covers into its store; a CreateImportTask imports the store's events into CloudWatch.
 * Throws a TypeError naming the option that is wrong.
 *
 * @example
 * const stores = createFakeEventDataStores({
 *   eventDataStores: [{ eventDataStore: storeArn, retentionPeriod: 366 }],
 *   trailLogs: [{ location: 's3://trail-archive/AWSLogs/111122223333/CloudTrail/us-east-1/2026/01/02/log.json.gz', events: [{ eventTime: '2026-01-02T10:00:00Z' }] }],
 * });
 * const lake = createFakeCloudTrailImports({ stores, now: '2026-03-01T00:00:00Z' });
 * const logs = createLogsImportFake({ stores, clock: lake.clock });
 *
 * @remarks Since 0.1.0
 */
export function createFakeEventDataStores(options: FakeEventDataStoresOptions = {}): FakeEventDataStores {
  checkOptionsObject('createFakeEventDataStores', options, STORES_OPTIONS);
  return buildStores(options, readHome(options, 'createFakeEventDataStores'));
}

/**
 * Copies into the store `arn` the events of the trail log files under `locationUri` whose time is
 * within [start, end] (epoch seconds; either may be absent); returns how many.
 */
export function deliverTrailLogs(internals: Internals, arn: string, home: Home, locationUri: string, start: number | undefined, end: number | undefined): number {
  const destination = resolveDestination(arn, home);
  const store = destination === undefined ? undefined : internals.registry.find(destination);
  if (store === undefined) return 0;
  const delivered: HeldEvent[] = [];
  for (const [location, events] of internals.trailLogs) {
    if (!location.startsWith(locationUri)) continue;
    delivered.push(...events.filter((event) => (start === undefined || event.eventTime >= start * 1000) && (end === undefined || event.eventTime <= end * 1000)));
  }
  internals.registry.addEvents(store, delivered);
  return delivered.length;
}
