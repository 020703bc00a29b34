/** The fake's imports, as it holds them, and their snapshots for tests. */
import type { ImportStatus } from '../contract/model.js';
import { IMPORT_STATISTICS_MEMBERS, type ImportFailureStatus } from '../contract/operations.js';
import type { FakeImportRecord, ImportStatistics } from './types.js';

/** The S3 source of an import, its three members all present (the request was valid). */
export interface StoredSource {
  readonly S3LocationUri: string;
  readonly S3BucketRegion: string;
  readonly S3BucketAccessRoleArn: string;
}

/** One failure as held: its time in epoch milliseconds. */
export interface StoredFailure {
  readonly Location: string;
  readonly Status: ImportFailureStatus;
  readonly ErrorType: string;
  readonly ErrorMessage: string;
  readonly LastUpdatedTime: number;
}

/**
 * One import. The time range is kept in epoch seconds exactly as asked (a wire request's
 * fraction below the millisecond survives, so the response echoes it); the fake's own times are
 * epoch milliseconds of its clock.
 */
export interface StoredImport {
  /** Creation order, for listing and for pagination cursors. */
  readonly seq: number;
  readonly id: string;
  status: ImportStatus;
  readonly destinations: readonly string[];
  readonly source: StoredSource;
  readonly start: number | undefined;
  readonly end: number | undefined;
  /** The full ARN of the destination (a bare ID resolved), for the ListImports filter. */
  readonly eventDataStoreArn: string;
  readonly created: number;
  updated: number;
  statistics: Required<ImportStatistics>;
  readonly failures: StoredFailure[];
  readonly accountId: string;
  readonly region: string;
}

/** What a new import is made of. */
export type NewImport = Omit<StoredImport, 'seq' | 'status' | 'updated' | 'statistics' | 'failures'>;

/** Whether an import is in progress: INITIALIZING or IN_PROGRESS. */
export function isInProgress(status: ImportStatus): boolean {
  return status === 'INITIALIZING' || status === 'IN_PROGRESS';
}

/** All five statistics at zero, as a new import starts. */
export function zeroStatistics(): Required<ImportStatistics> {
  return Object.fromEntries(IMPORT_STATISTICS_MEMBERS.map((name) => [name, 0])) as Required<ImportStatistics>;
}

/** The imports of one fake. */
export class ImportStore {
  private readonly byId = new Map<string, StoredImport>();
  /**
   * The imports that were in progress when last seen: a superset of those in progress now (an
   * import leaves it lazily, in `ongoing`), so the one-import-per-account rule does not scan
   * every import a long property test has made.
   */
  private readonly running = new Set<StoredImport>();

  /** Adds a new import, INITIALIZING with zero statistics, and returns it. */
  add(fields: NewImport): StoredImport {
    const stored: StoredImport = { ...fields, seq: this.byId.size, status: 'INITIALIZING', updated: fields.created, statistics: zeroStatistics(), failures: [] };
    this.byId.set(stored.id, stored);
    this.running.add(stored);
    return stored;
  }

  /** Moves a FAILED or STOPPED import back to INITIALIZING (a retry). */
  restart(stored: StoredImport, now: number): void {
    stored.status = 'INITIALIZING';
    stored.updated = now;
    this.running.add(stored);
  }

  get(id: string): StoredImport | undefined {
    return this.byId.get(id);
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** Every import, oldest first. */
  all(): StoredImport[] {
    return [...this.byId.values()];
  }

  /** The import in progress in an account and Region, if any (there is at most one). */
  ongoing(accountId: string, region: string): StoredImport | undefined {
    for (const stored of this.running) {
      if (!isInProgress(stored.status)) this.running.delete(stored);
      else if (stored.accountId === accountId && stored.region === region) return stored;
    }
    return undefined;
  }
}

/** A snapshot of an import for the test: fresh objects, Dates for times. */
export function snapshot(stored: StoredImport): FakeImportRecord {
  return {
    ImportId: stored.id,
    ImportStatus: stored.status,
    Destinations: [...stored.destinations],
    ImportSource: { S3: { ...stored.source } },
    ...(stored.start === undefined ? {} : { StartEventTime: new Date(stored.start * 1000) }),
    ...(stored.end === undefined ? {} : { EndEventTime: new Date(stored.end * 1000) }),
    CreatedTimestamp: new Date(stored.created),
    UpdatedTimestamp: new Date(stored.updated),
    ImportStatistics: { ...stored.statistics },
    failures: stored.failures.map((failure) => ({ ...failure, LastUpdatedTime: new Date(failure.LastUpdatedTime) })),
    accountId: stored.accountId,
    region: stored.region,
  };
}
