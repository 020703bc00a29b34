import type { ImportStatus, StartImportErrorName } from '../contract/model.js';
import type { ErrorStatus, ExceptionName, ImportFailureStatus, ImportOperation } from '../contract/operations.js';
import type { ImportPolicy } from '../policy/types.js';
import type { Violation } from '../rules/index.js';
import type { ImportSource, StartImportSdkInput } from '../validate/index.js';
import type { FakeEventDataStores, FakeTrailEvent } from './store-types.js';
import type {
  GetImportInput,
  GetImportOutput,
  ImportOutput,
  ListImportFailuresInput,
  ListImportFailuresOutput,
  ListImportsInput,
  ListImportsOutput,
  StopImportInput,
  StopImportOutput,
} from './operation-types.js';

export type {
  FakeWireInputs,
  GetImportInput,
  GetImportOutput,
  ImportFailureListItem,
  ImportOutput,
  ImportsListItem,
  ListImportFailuresInput,
  ListImportFailuresOutput,
  ListImportsInput,
  ListImportsOutput,
  StopImportInput,
  StopImportOutput,
} from './operation-types.js';

/** `EventDataStoreStatus` of the CloudTrail API. */
export type EventDataStoreStatus = 'CREATED' | 'ENABLED' | 'PENDING_DELETION' | 'STARTING_INGESTION' | 'STOPPED_INGESTION' | 'STOPPING_INGESTION';

/** What an event data store collects: only `CloudTrail` (trail events) can receive an import. */
export type EventDataStoreCategory = 'CloudTrail' | 'ConfigurationItem' | 'ActivityAuditLog' | 'NonAWS';

/** An event data store the fake knows. */
export interface FakeEventDataStore {
  /** Its ARN, or its bare ID (a UUID, taken to be in the fake's account and Region). */
  readonly eventDataStore: string;
  /** Default `ENABLED`. */
  readonly status?: EventDataStoreStatus;
  /** Default `CloudTrail`. */
  readonly category?: EventDataStoreCategory;
  /** Whether it is an organisation event data store; default false. It changes no answer: no documented rule ties imports to organisation stores (assumed). */
  readonly organizationEnabled?: boolean;
  /** Days it keeps events, 7–3653 (CloudTrail's RetentionPeriod); default 2557. The CloudWatch Logs fake imports only within it. */
  readonly retentionPeriod?: number;
  /** The events it holds already (more arrive when an import into it completes). */
  readonly events?: readonly FakeTrailEvent[];
}

/** `ImportStatistics` of the CloudTrail API. */
export interface ImportStatistics {
  PrefixesFound?: number;
  PrefixesCompleted?: number;
  FilesCompleted?: number;
  EventsCompleted?: number;
  FailedEntries?: number;
}

/** One failure of an import (`ImportFailureListItem`), as a test declares it. */
export interface FakeImportFailure {
  /** The S3 location (object key or prefix) that failed. */
  readonly Location: string;
  /** Default `FAILED`. */
  readonly Status?: ImportFailureStatus;
  /** Default `'ImportFailure'`. */
  readonly ErrorType?: string;
  /** Default a generic message. */
  readonly ErrorMessage?: string;
  /** Default the fake's clock at `advance`. */
  readonly LastUpdatedTime?: Date;
}

/** What `advance` may set besides the status. */
export interface AdvanceDetails {
  /** The failures to record; a FAILED import without any gets one generic failure. COMPLETED takes none. */
  readonly failures?: readonly FakeImportFailure[];
  /** Statistics to merge into the import's (missing members keep their value). */
  readonly statistics?: ImportStatistics;
}

/** The statuses a test can move an import to (STOPPED comes from StopImport). */
export type AdvanceStatus = 'IN_PROGRESS' | 'COMPLETED' | 'FAILED';

/** A clock the test controls: it moves only when told. It stamps imports and is the "now" of `time-range-in-future`. */
export interface FakeClock {
  now(): Date;
  /** Sets the time: a Date, a date string, or epoch milliseconds. */
  set(time: Date | string | number): void;
  /** Moves the time forward by `milliseconds` (≥ 0). */
  advanceBy(milliseconds: number): void;
}

/** Options of `createFakeCloudTrailImports`. */
export interface FakeCloudTrailImportsOptions {
  /** The caller's account; default the account of `stores` (createFakeEventDataStores's `accountId`), else `123456789012`. */
  readonly accountId?: string | undefined;
  /** The Region of the endpoint called; default the Region of `stores`, else `us-east-1`. */
  readonly region?: string | undefined;
  /**
   * The event data stores that exist. Absent: every well-formed destination exists, ENABLED,
   * category CloudTrail. Given: only these exist; any other is EventDataStoreNotFoundException.
   */
  readonly eventDataStores?: readonly FakeEventDataStore[] | undefined;
  /**
   * The event data stores to share with other fakes (`createFakeEventDataStores`), instead of
   * `eventDataStores`: an import that completes copies the events of the trail log files it covers
   * into its store, where `createLogsImportFake({ stores })` imports them from.
   */
  readonly stores?: FakeEventDataStores | undefined;
  /** The clock's start (a Date, a date string or epoch milliseconds); default the system time when the fake is created. */
  readonly now?: Date | string | number | undefined;
  /**
   * Opt-in auto mode: each GetImport or ListImports that sees an import in progress moves it one
   * step (INITIALIZING → IN_PROGRESS → the outcome) and answers with the moved import; a FAILED
   * outcome records one generic failure. `true` means outcome COMPLETED.
   */
  readonly autoAdvance?: boolean | { readonly outcome: 'COMPLETED' | 'FAILED' } | undefined;
  /** Makes import ids; default a deterministic sequence of lowercase UUIDs. */
  readonly importIds?: (() => string) | undefined;
  /**
   * An organisation policy (see `loadImportPolicy`): a StartImport the contract accepts but that
   * breaks an error-severity rule of the policy is refused with `policyException`.
   */
  readonly policy?: ImportPolicy | undefined;
  /** The exception a policy refusal answers with; default OperationNotPermittedException. */
  readonly policyException?: StartImportErrorName | undefined;
  /**
   * Opt-in fault: the account is one CloudTrail Lake no longer takes (Lake closed to new customers
   * on 2026-05-31). Every import operation then answers OperationNotPermittedException (HTTP 400)
   * with "CloudTrail Lake is no longer accepting new customers." — the exception is assumed: AWS
   * announces the closure but documents no error for it. Queued `failNext` faults still come first.
   * Default false.
   */
  readonly closedToNewCustomers?: boolean | undefined;
}

/** An import as the fake holds it (timestamps as Dates). */
export interface FakeImportRecord {
  readonly ImportId: string;
  readonly ImportStatus: ImportStatus;
  readonly Destinations: readonly string[];
  readonly ImportSource: ImportSource;
  readonly StartEventTime?: Date;
  readonly EndEventTime?: Date;
  readonly CreatedTimestamp: Date;
  readonly UpdatedTimestamp: Date;
  readonly ImportStatistics: Required<ImportStatistics>;
  readonly failures: readonly Required<FakeImportFailure>[];
  /** The account and Region the import counts against (one in progress per pair). */
  readonly accountId: string;
  readonly region: string;
}

/** An error the fake answers with: the exception, its HTTP status, and the violations behind it (if any). */
export interface FakeServiceError {
  readonly name: ExceptionName;
  readonly message: string;
  readonly status: ErrorStatus;
  /**
   * The violations of an invalid request, warnings included (the message lists the errors), with
   * the catalogue's codes for every operation (`required-member-missing`, `max-results-out-of-range`,
   * `import-status-filter-invalid`, `next-token-length`, …). Empty for an error of state (not found,
   * ongoing import, …) and a fault.
   */
  readonly violations: readonly Violation[];
}

/** A timestamp of an answer: a Date in the `sdk` shape, epoch seconds in the `wire` shape. */
export type FakeTime = Date | number;

/** The output of each operation, its timestamps as `Time`. */
export interface FakeOutputs<Time extends FakeTime = Date> {
  readonly StartImport: ImportOutput<Time>;
  readonly GetImport: GetImportOutput<Time>;
  readonly ListImports: ListImportsOutput<Time>;
  readonly StopImport: StopImportOutput<Time>;
  readonly ListImportFailures: ListImportFailuresOutput<Time>;
}

/**
 * The outcome of one call of `operation`: its output (in the shape asked for, timestamps as
 * `Time`), or the error.
 */
export type FakeOutcome<O extends ImportOperation = ImportOperation, Time extends FakeTime = FakeTime> =
  | {
      readonly ok: true;
      readonly output: FakeOutputs<Time>[O];
      /** The warnings the contract found in the request answered (a placeholder destination, a range starting in the future); absent when none. */
      readonly violations?: readonly Violation[];
    }
  | { readonly ok: false; readonly error: FakeServiceError };

/** Options of one `handle` call. */
export interface HandleOptions {
  /** `sdk` (default): timestamps are Dates in and out; `wire`: epoch-second numbers in and out. */
  readonly shape?: 'sdk' | 'wire' | undefined;
  /**
   * The Region of the endpoint called (the msw handlers read it from the URL). When given, a
   * destination ARN of another Region is EventDataStoreNotFoundException, a bare event data store
   * ID is read in this Region, and the imports of other Regions are neither found nor listed.
   * Absent: a bare ID is read in the fake's Region, and any Region is reachable, as if each call
   * went to the endpoint of the Region it names.
   */
  readonly region?: string | undefined;
}

/** The fake import service. */
export interface FakeCloudTrailImports {
  /** Runs one operation on an input in `shape`; never throws for bad input (it is an error outcome). */
  handle<O extends ImportOperation>(operation: O, input: unknown, options?: HandleOptions & { readonly shape?: 'sdk' }): FakeOutcome<O, Date>;
  handle<O extends ImportOperation>(operation: O, input: unknown, options: HandleOptions & { readonly shape: 'wire' }): FakeOutcome<O, number>;
  handle<O extends ImportOperation>(operation: O, input: unknown, options?: HandleOptions): FakeOutcome<O>;
  /**
   * The five operations in the sdk shape: they resolve with the output or reject with the SDK's own
   * exception class. `handle` answers the same, without throwing.
   *
   * StartImport with an ImportId alone retries that import: back to INITIALIZING, its destination,
   * source and time range kept. Where AWS documents no answer, the fake's readings (in this
   * order): an id it has no import of is ImportNotFoundException; while any import of the account and
   * Region is INITIALIZING or IN_PROGRESS (the retried one included), AccountHasOngoingImportException;
   * an import that ended COMPLETED, OperationNotPermittedException (only FAILED and STOPPED imports
   * are offered a retry).
   */
  startImport(input: StartImportSdkInput): Promise<ImportOutput>;
  getImport(input: GetImportInput): Promise<GetImportOutput>;
  listImports(input?: ListImportsInput): Promise<ListImportsOutput>;
  /** Stops an INITIALIZING or IN_PROGRESS import; one that has ended (COMPLETED, FAILED or STOPPED) is OperationNotPermittedException (the fake's reading: AWS documents no answer). */
  stopImport(input: StopImportInput): Promise<StopImportOutput>;
  /** The failures of an import, paged; an ImportId the fake has no import of gets an empty list (the model gives ListImportFailures no ImportNotFoundException). */
  listImportFailures(input: ListImportFailuresInput): Promise<ListImportFailuresOutput>;
  /**
   * Moves an import on: INITIALIZING → IN_PROGRESS → COMPLETED or FAILED, and INITIALIZING straight
   * to COMPLETED or FAILED (an import whose files are all read or all refused at once). Throws a
   * TypeError for an unknown id or a move the lifecycle does not allow.
   */
  advance(importId: string, status: AdvanceStatus, details?: AdvanceDetails): void;
  /**
   * The next call of `operation` answers `exceptionName` (queued: several calls queue several
   * faults). Any exception of the service is taken, also one `operation`'s model does not list, to
   * test a client's handling of the unexpected: `validateImportError` reports such an answer as
   * `error-not-modeled`. Throws a TypeError for an unknown operation or name.
   */
  failNext(operation: ImportOperation, exceptionName: ExceptionName, message?: string): void;
  /** The fake's clock. */
  readonly clock: FakeClock;
  /** Its event data stores: the `stores` option, or those made from `eventDataStores`. */
  readonly stores: FakeEventDataStores;
  /** A snapshot of every import, oldest first. */
  imports(): readonly FakeImportRecord[];
  /** One import by id, or undefined. */
  getRecord(importId: string): FakeImportRecord | undefined;
}
