/**
 * The event data stores the fake knows, and how a StartImport destination is resolved against
 * them. What the service answers for each state of an event data store is not documented
 * (docs/contract.md, "Where the service behaviour is unknown"): each choice below is marked "assumed".
 */
import { parseEventDataStore } from '../contract/arn.js';
import type { ExceptionName } from '../contract/operations.js';
import { partitionOfRegion } from '../contract/partitions.js';
import { describe } from '../contract/timestamps.js';
import type { EventDataStoreCategory, EventDataStoreStatus, FakeEventDataStore } from './types.js';

/** Where an event data store lives: its full ARN, account and Region. */
export interface ResolvedDestination {
  readonly arn: string;
  readonly accountId: string;
  readonly region: string;
}

/** The fake's own account and Region, in which a bare event data store ID is read. */
export interface Home {
  readonly accountId: string;
  readonly region: string;
}

const STATUSES: readonly EventDataStoreStatus[] = ['CREATED', 'ENABLED', 'PENDING_DELETION', 'STARTING_INGESTION', 'STOPPED_INGESTION', 'STOPPING_INGESTION'];
const CATEGORIES: readonly EventDataStoreCategory[] = ['CloudTrail', 'ConfigurationItem', 'ActivityAuditLog', 'NonAWS'];

// Assumed: a store between states (being created, starting or stopping ingestion) cannot take an
// import yet. ENABLED and STOPPED_INGESTION (ingestion stopped, the store still active) can.
const TRANSITIONAL: ReadonlySet<EventDataStoreStatus> = new Set(['CREATED', 'STARTING_INGESTION', 'STOPPING_INGESTION']);

/**
 * Reads a destination (already valid for the contract) as a full ARN. A bare ID names a store in
 * `home`, the fake's account and the Region called (assumed: the CLI guide allows the ID, and an
 * ID carries neither).
 * `undefined` when it is neither an ARN nor an ID.
 */
export function resolveDestination(destination: string, home: Home): ResolvedDestination | undefined {
  const ref = parseEventDataStore(destination);
  if (ref === undefined) return undefined;
  if (ref.form === 'arn') return { arn: destination, accountId: ref.accountId, region: ref.region };
  const partition = partitionOfRegion(home.region) ?? 'aws';
  return { arn: `arn:${partition}:cloudtrail:${home.region}:${home.accountId}:eventdatastore/${ref.id}`, accountId: home.accountId, region: home.region };
}

interface KnownStore {
  readonly status: EventDataStoreStatus;
  readonly category: EventDataStoreCategory;
}

/** Why a new import cannot go to a destination: the exception and the detail for its message. */
export interface DestinationRefusal {
  readonly exception: ExceptionName;
  readonly detail: string;
}

/** The event data stores of the fake, and the one question StartImport asks of them. */
export interface EventDataStores {
  /** Whether a new import may go to `destination`, called at the endpoint of `endpointRegion` (if known). */
  check(destination: ResolvedDestination, endpointRegion: string | undefined): DestinationRefusal | undefined;
}

function checkDeclared(store: FakeEventDataStore, index: number): void {
  const where = `options.eventDataStores[${index}]`;
  if (typeof store.eventDataStore !== 'string' || parseEventDataStore(store.eventDataStore) === undefined) {
    throw new TypeError(`${where}.eventDataStore must be an event data store ARN or ID (got ${describe(store.eventDataStore)})`);
  }
  if (store.status !== undefined && !STATUSES.includes(store.status)) throw new TypeError(`${where}.status must be one of ${STATUSES.join(', ')} (got ${describe(store.status)})`);
  if (store.category !== undefined && !CATEGORIES.includes(store.category)) {
    throw new TypeError(`${where}.category must be one of ${CATEGORIES.join(', ')} (got ${describe(store.category)})`);
  }
  if (store.organizationEnabled !== undefined && typeof store.organizationEnabled !== 'boolean') {
    throw new TypeError(`${where}.organizationEnabled must be a boolean (got ${describe(store.organizationEnabled)})`);
  }
}

function declaredStores(declared: readonly FakeEventDataStore[], home: Home): Map<string, KnownStore> {
  const known = new Map<string, KnownStore>();
  declared.forEach((store, index) => {
    checkDeclared(store, index);
    const { arn } = resolveDestination(store.eventDataStore, home) as ResolvedDestination;
    if (known.has(arn)) throw new TypeError(`options.eventDataStores[${index}] declares ${arn} a second time`);
    // organizationEnabled changes no answer: no documented rule ties imports to organisation stores (assumed).
    known.set(arn, { status: store.status ?? 'ENABLED', category: store.category ?? 'CloudTrail' });
  });
  return known;
}

// Checked in this order (assumed): existence, then status, then category.
function refusalOf(arn: string, store: KnownStore | undefined): DestinationRefusal | undefined {
  if (store === undefined) return { exception: 'EventDataStoreNotFoundException', detail: `no event data store ${arn}` };
  if (store.status === 'PENDING_DELETION') return { exception: 'InactiveEventDataStoreException', detail: `${arn} is PENDING_DELETION` };
  if (TRANSITIONAL.has(store.status)) return { exception: 'InvalidEventDataStoreStatusException', detail: `${arn} is ${store.status}` };
  if (store.category !== 'CloudTrail') return { exception: 'InvalidEventDataStoreCategoryException', detail: `${arn} collects ${store.category}, not CloudTrail events` };
  return undefined;
}

/**
 * The fake's event data stores. Without `declared`, every well-formed destination exists, ENABLED,
 * of category CloudTrail. Throws a TypeError for a malformed declaration.
 */
export function createEventDataStores(declared: readonly FakeEventDataStore[] | undefined, home: Home): EventDataStores {
  const known = declared === undefined ? undefined : declaredStores(declared, home);
  return {
    check(destination, endpointRegion) {
      // Assumed: an endpoint finds only the event data stores of its own Region.
      if (endpointRegion !== undefined && destination.region !== endpointRegion) {
        return { exception: 'EventDataStoreNotFoundException', detail: `${destination.arn} is not in ${endpointRegion}, the Region called` };
      }
      return known === undefined ? undefined : refusalOf(destination.arn, known.get(destination.arn));
    },
  };
}
