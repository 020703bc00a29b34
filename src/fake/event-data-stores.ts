/**
 * The event data stores the fake knows, and how a StartImport destination is resolved against
 * them. What the service answers for each state of an event data store is not documented
 * (docs/contract.md, "Where the service behaviour is unknown"): each choice below is marked "assumed".
 */
import { checkOptionNames, type OptionNames } from '../contract/options.js';
import { parseEventDataStore } from '../contract/arn.js';
import { MAX_RETENTION_DAYS } from '../contract/event-data-store.js';
import type { ExceptionName } from '../contract/operations.js';
import { partitionOfRegion } from '../contract/partitions.js';
import { describe } from '../contract/timestamps.js';
import type { FakeEventDataStore, EventDataStoreCategory, EventDataStoreStatus } from './types.js';
import { readEvents, type HeldEvent } from './trail-events.js';

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

export const STATUSES: readonly EventDataStoreStatus[] = ['CREATED', 'ENABLED', 'PENDING_DELETION', 'STARTING_INGESTION', 'STOPPED_INGESTION', 'STOPPING_INGESTION'];
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

/** A store as held. `events` by eventId. */
export interface HeldStore {
  readonly arn: string;
  readonly accountId: string;
  readonly region: string;
  status: EventDataStoreStatus;
  readonly category: EventDataStoreCategory;
  readonly retentionPeriod: number;
  readonly events: Map<string, HeldEvent>;
}

/** Why a new import cannot go to a destination: the exception and the detail for its message. */
export interface DestinationRefusal {
  readonly exception: ExceptionName;
  readonly detail: string;
}

/**
 * CloudTrail's default RetentionPeriod (seven years) when a store declares none. Its range, 7–3653
 * days, is the API's.
 */
export const DEFAULT_RETENTION_DAYS = 2557;
const RETENTION_RANGE = { minimum: 7, maximum: MAX_RETENTION_DAYS } as const;

/** The members of a store's declaration (`FakeEventDataStore`). */
const DECLARED_MEMBERS = { eventDataStore: true, status: true, category: true, organizationEnabled: true, retentionPeriod: true, events: true } as const satisfies OptionNames<FakeEventDataStore>;

/** Checks a declaration; throws a TypeError naming the member that is wrong. */
export function checkDeclared(store: FakeEventDataStore, where: string): void {
  if (typeof store !== 'object' || (store as unknown) === null) throw new TypeError(`${where} must be an object with an eventDataStore (got ${describe(store)})`);
  // A misspelt member (`statsu`) would leave its default in force, the store answering as it should not.
  checkOptionNames(where, store, DECLARED_MEMBERS, 'member');
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
  const retention: unknown = store.retentionPeriod;
  if (retention !== undefined && (!Number.isInteger(retention) || (retention as number) < RETENTION_RANGE.minimum || (retention as number) > RETENTION_RANGE.maximum)) {
    throw new TypeError(`${where}.retentionPeriod must be a whole number of days from ${RETENTION_RANGE.minimum} to ${RETENTION_RANGE.maximum} (got ${describe(retention)})`);
  }
}

// Checked in this order (assumed): existence, then status, then category.
function refusalOf(arn: string, store: HeldStore | undefined): DestinationRefusal | undefined {
  if (store === undefined) return { exception: 'EventDataStoreNotFoundException', detail: `no event data store ${arn}` };
  if (store.status === 'PENDING_DELETION') return { exception: 'InactiveEventDataStoreException', detail: `${arn} is PENDING_DELETION` };
  if (TRANSITIONAL.has(store.status)) return { exception: 'InvalidEventDataStoreStatusException', detail: `${arn} is ${store.status}` };
  if (store.category !== 'CloudTrail') return { exception: 'InvalidEventDataStoreCategoryException', detail: `${arn} collects ${store.category}, not CloudTrail events` };
  return undefined;
}

/** Whether a store can be read from (by an import into CloudWatch): ENABLED, or its ingestion stopped with its events kept (assumed: both are "ACTIVE"). */
export function isActive(store: HeldStore): boolean {
  return store.status === 'ENABLED' || store.status === 'STOPPED_INGESTION';
}

/**
 * The event data stores of one or more fakes. Without declarations (an open world) every
 * well-formed store exists, ENABLED, of category CloudTrail, and is held from its first use.
 */
export class StoreRegistry {
  private readonly known = new Map<string, HeldStore>();

  constructor(
    readonly home: Home,
    private readonly openWorld: boolean,
    readonly nextEventId: () => string,
  ) {}

  /** Declares a store; throws a TypeError for a malformed or repeated declaration. */
  declare(store: FakeEventDataStore, where: string): void {
    checkDeclared(store, where);
    const { arn, accountId, region } = resolveDestination(store.eventDataStore, this.home) as ResolvedDestination;
    if (this.known.has(arn)) throw new TypeError(`${where} declares ${arn} a second time`);
    // organizationEnabled changes no answer: no documented rule ties imports to organisation stores (assumed).
    const held: HeldStore = {
      arn,
      accountId,
      region,
      status: store.status ?? 'ENABLED',
      category: store.category ?? 'CloudTrail',
      retentionPeriod: store.retentionPeriod ?? DEFAULT_RETENTION_DAYS,
      events: new Map(),
    };
    this.known.set(arn, held);
    if (store.events !== undefined) this.addEvents(held, readEvents(store.events, `${where}.events`, this.nextEventId));
  }

  /** The store `destination` names, held from now on in an open world; undefined when it does not exist. */
  find(destination: ResolvedDestination): HeldStore | undefined {
    const store = this.peek(destination);
    if (store !== undefined) this.known.set(store.arn, store);
    return store;
  }

  /** The store `destination` names without holding it (in an open world, a fresh default store); undefined when it does not exist. */
  peek(destination: ResolvedDestination): HeldStore | undefined {
    const held = this.known.get(destination.arn);
    if (held !== undefined || !this.openWorld) return held;
    return { ...destination, status: 'ENABLED', category: 'CloudTrail', retentionPeriod: DEFAULT_RETENTION_DAYS, events: new Map() };
  }

  /** Every store held, in the order declared or first used. */
  all(): HeldStore[] {
    return [...this.known.values()];
  }

  addEvents(store: HeldStore, events: readonly HeldEvent[]): void {
    for (const event of events) store.events.set(event.eventId, event);
  }

  /** Whether a new import may go to `destination`, called at the endpoint of `endpointRegion` (if known). */
  check(destination: ResolvedDestination, endpointRegion: string | undefined): DestinationRefusal | undefined {
    // Assumed: an endpoint finds only the event data stores of its own Region.
    if (endpointRegion !== undefined && destination.region !== endpointRegion) {
      return { exception: 'EventDataStoreNotFoundException', detail: `${destination.arn} is not in ${endpointRegion}, the Region called` };
    }
    const held = this.known.get(destination.arn);
    return held === undefined && this.openWorld ? undefined : refusalOf(destination.arn, held);
  }
}
