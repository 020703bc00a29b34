/** The event data stores both fakes share: their public types. */
import type { EventDataStoreCategory, EventDataStoreStatus, FakeEventDataStore } from './types.js';

/** One CloudTrail event as a test declares it: in a trail's log files in S3, or already in a store. */
export interface FakeTrailEvent {
  /** When it happened: a Date, a date string or epoch milliseconds. */
  readonly eventTime: Date | string | number;
  /** Default a deterministic UUID of the registry's sequence. */
  readonly eventId?: string;
  /** Default `ConsoleLogin`. */
  readonly eventName?: string;
  /** Default `signin.amazonaws.com`. */
  readonly eventSource?: string;
}

/** An event as a store holds it. */
export interface FakeStoredEvent {
  readonly eventId: string;
  readonly eventTime: Date;
  readonly eventName: string;
  readonly eventSource: string;
}

/** A trail's log file in S3, which a StartImport whose `S3LocationUri` covers its location reads. */
export interface FakeTrailLog {
  /** Its S3 URI, `s3://bucket/key`. */
  readonly location: string;
  readonly events: readonly FakeTrailEvent[];
}

/** A snapshot of an event data store. */
export interface FakeEventDataStoreState {
  /** Its full ARN. */
  readonly eventDataStoreArn: string;
  readonly status: EventDataStoreStatus;
  readonly category: EventDataStoreCategory;
  /** Days it keeps events (7–3653). */
  readonly retentionPeriod: number;
  /** Its events, ordered by eventTime. */
  readonly events: readonly FakeStoredEvent[];
}

/** Options of `createFakeEventDataStores`. */
export interface FakeEventDataStoresOptions {
  /** The account a bare event data store ID is read in; default `123456789012`. */
  readonly accountId?: string | undefined;
  /** The Region a bare event data store ID is read in; default `us-east-1`. */
  readonly region?: string | undefined;
  /**
   * The event data stores that exist. Absent: every well-formed store exists, ENABLED, category
   * CloudTrail, default retention, no events (it is listed once a fake has used it).
   */
  readonly eventDataStores?: readonly FakeEventDataStore[] | undefined;
  /** The trail log files in S3 that imports read. */
  readonly trailLogs?: readonly FakeTrailLog[] | undefined;
}

/**
 * The event data stores the CloudTrail Lake fake imports into and the CloudWatch Logs fake imports
 * from: give the same registry to both (`createFakeCloudTrailImports({ stores })`,
 * `createLogsImportFake({ stores })`) to test a whole migration.
 */
export interface FakeEventDataStores {
  /** A store by ARN or bare ID, or undefined when it does not exist. */
  get(eventDataStore: string): FakeEventDataStoreState | undefined;
  /** Every store declared or used so far. */
  list(): readonly FakeEventDataStoreState[];
  /** Adds events to a store (an event whose eventId the store holds replaces it). Throws a TypeError for an unknown store. */
  putEvents(eventDataStore: string, events: readonly FakeTrailEvent[]): void;
  /** Declares a trail log file in S3 (replacing one at the same location). */
  putTrailLogs(location: string, events: readonly FakeTrailEvent[]): void;
  /** Moves a store to `status` (e.g. STOPPED_INGESTION before a migration, PENDING_DELETION after). */
  setStatus(eventDataStore: string, status: EventDataStoreStatus): void;
}
