/** The public types of the CloudWatch Logs import-task fake (`createLogsImportFake`). */
import type { ErrorStatus, LogsImportStatus } from '../../contract/operations.js';
import type { Violation } from '../../rules/index.js';
import type { FakeEventDataStores, FakeStoredEvent } from '../store-types.js';
import type { FakeClock } from '../types.js';
import type { LogsImportExceptionName, LogsImportOperation } from './operations.js';

export type { LogsImportStatus } from '../../contract/operations.js';

/** Options of `createLogsImportFake`. */
export interface LogsImportFakeOptions {
  /**
   * The event data stores to import from: share the CloudTrail fake's (`lake.stores`) or one made
   * by `createFakeEventDataStores`. Default: a registry of its own, in which every well-formed store
   * exists, ENABLED, without events.
   */
  readonly stores?: FakeEventDataStores | undefined;
  /** The clock (share the CloudTrail fake's: `lake.clock`); default a clock of its own starting at `now`. */
  readonly clock?: FakeClock | undefined;
  /** The start of its own clock (without `clock`): a Date, a date string or epoch milliseconds; default the system time. */
  readonly now?: Date | string | number | undefined;
  /** The caller's account; default the account of `stores` (createFakeEventDataStores's `accountId`), else `123456789012`. */
  readonly accountId?: string | undefined;
  /** The Region of the endpoint called; default the Region of `stores`, else `us-east-1`. */
  readonly region?: string | undefined;
  /** Makes import ids; default a deterministic sequence of lowercase UUIDs. */
  readonly importIds?: (() => string) | undefined;
  /** Milliseconds each batch takes, one after another, on the fake's clock; default 60 000 (a minute). */
  readonly batchDuration?: number | undefined;
  /** Milliseconds of eventTime one batch groups (events of one hour by default: 3 600 000). */
  readonly batchSpan?: number | undefined;
}

/** Options of one `handle` call. */
export interface LogsImportHandleOptions {
  /** `sdk` (default) or `wire`: both carry epoch milliseconds; the `sdk` shape refuses a Date as the model's long would. */
  readonly shape?: 'sdk' | 'wire' | undefined;
  /** The Region of the endpoint called (the msw handlers read it from the URL); default the fake's. */
  readonly region?: string | undefined;
}

/** `ImportFilter`: epoch milliseconds. */
export interface LogsImportFilter {
  startEventTime?: number;
  endEventTime?: number;
}

/** An `Import` as DescribeImportTasks lists it. */
export interface LogsImport {
  importId?: string;
  importSourceArn?: string;
  importStatus?: LogsImportStatus;
  importDestinationArn?: string;
  importStatistics?: { bytesImported?: number };
  importFilter?: LogsImportFilter;
  creationTime?: number;
  lastUpdatedTime?: number;
  errorMessage?: string;
}

/** An `ImportBatch`. */
export interface LogsImportBatch {
  batchId: string;
  status: LogsImportStatus;
  errorMessage?: string;
}

/** The inputs of the four operations. */
export interface LogsImportInputs {
  readonly CreateImportTask: { importSourceArn: string | undefined; importRoleArn: string | undefined; importFilter?: LogsImportFilter | undefined };
  readonly DescribeImportTasks: { importId?: string | undefined; importStatus?: LogsImportStatus | undefined; importSourceArn?: string | undefined; limit?: number | undefined; nextToken?: string | undefined };
  readonly DescribeImportTaskBatches: { importId: string | undefined; batchImportStatus?: LogsImportStatus[] | undefined; limit?: number | undefined; nextToken?: string | undefined };
  readonly CancelImportTask: { importId: string | undefined };
}

/** The outputs of the four operations. */
export interface LogsImportOutputs {
  readonly CreateImportTask: { importId?: string; importDestinationArn?: string; creationTime?: number };
  readonly DescribeImportTasks: { imports?: LogsImport[]; nextToken?: string };
  readonly DescribeImportTaskBatches: { importSourceArn?: string; importId?: string; importBatches?: LogsImportBatch[]; nextToken?: string };
  readonly CancelImportTask: { importId?: string; importStatistics?: { bytesImported?: number }; importStatus?: LogsImportStatus; creationTime?: number; lastUpdatedTime?: number };
}

/** An error the fake answers with: the exception, its HTTP status (the model's 400; a common error queued by failNext its own), and the violations behind it (if any). */
export interface LogsImportServiceError {
  readonly name: LogsImportExceptionName;
  readonly message: string;
  readonly status: ErrorStatus;
  /** The violations of an invalid request, warnings included; empty for an error of state. */
  readonly violations: readonly Violation[];
}

/** The outcome of one call of `operation`: its output, or the error. */
export type LogsImportOutcome<O extends LogsImportOperation = LogsImportOperation> =
  | {
      readonly ok: true;
      readonly output: LogsImportOutputs[O];
      /** The warnings the contract found in the request answered; absent when none. */
      readonly violations?: readonly Violation[];
    }
  | { readonly ok: false; readonly error: LogsImportServiceError };

/** A batch of an import task as the fake holds it. */
export interface FakeLogsImportBatch {
  readonly batchId: string;
  readonly status: LogsImportStatus;
  readonly errorMessage?: string;
  /** The events it imports (their eventTime within one `batchSpan`). */
  readonly events: readonly FakeStoredEvent[];
}

/** An import task as the fake holds it. */
export interface FakeLogsImportTask {
  readonly importId: string;
  readonly importSourceArn: string;
  readonly importRoleArn: string;
  readonly importDestinationArn: string;
  readonly importStatus: LogsImportStatus;
  readonly importFilter?: LogsImportFilter;
  readonly creationTime: Date;
  readonly lastUpdatedTime: Date;
  readonly bytesImported: number;
  readonly errorMessage?: string;
  readonly batches: readonly FakeLogsImportBatch[];
  readonly accountId: string;
  readonly region: string;
}

/** A managed log group an import task created (`/aws/cloudtrail/<event data store id>`), with the events imported into it. */
export interface FakeLogGroup {
  readonly logGroupName: string;
  readonly logGroupArn: string;
  readonly creationTime: Date;
  readonly events: readonly FakeStoredEvent[];
}

/** The fake CloudWatch Logs import-task service. */
export interface LogsImportFake {
  /** Runs one operation; never throws for bad input (it is an error outcome). */
  handle<O extends LogsImportOperation>(operation: O, input: unknown, options?: LogsImportHandleOptions): LogsImportOutcome<O>;
  /**
   * The four operations: they resolve with the output or reject as a CloudWatchLogsClient would:
   * with an instance of `@aws-sdk/client-cloudwatch-logs`'s class of the exception (or its
   * `CloudWatchLogsServiceException` of that name, a `server` fault for a 5xx), with `$metadata`;
   * without that optional peer, with a plain Error of the same name, `$fault` and `$metadata`.
   */
  createImportTask(input: LogsImportInputs['CreateImportTask']): Promise<LogsImportOutputs['CreateImportTask']>;
  describeImportTasks(input?: LogsImportInputs['DescribeImportTasks']): Promise<LogsImportOutputs['DescribeImportTasks']>;
  describeImportTaskBatches(input: LogsImportInputs['DescribeImportTaskBatches']): Promise<LogsImportOutputs['DescribeImportTaskBatches']>;
  cancelImportTask(input: LogsImportInputs['CancelImportTask']): Promise<LogsImportOutputs['CancelImportTask']>;
  /**
   * Makes a batch of a task in progress fail when its turn ends (default the first batch still in
   * progress), so the task ends FAILED. Throws a TypeError for an unknown task or batch, or one no
   * longer in progress.
   */
  failBatch(importId: string, batchId?: string, errorMessage?: string): void;
  /**
   * The next call of `operation` answers `exceptionName` (queued: several calls queue several
   * faults), before any check — what the fake cannot see, such as AccessDeniedException for a
   * caller without `iam:PassRole` on the import role. Any exception of the import tasks is taken,
   * also one `operation`'s model does not list (ConflictException for CancelImportTask), to test a
   * client's handling of the unexpected: `validateImportError` reports such an answer as
   * `error-not-modeled`. Throws a TypeError for an unknown operation or name.
   */
  failNext(operation: LogsImportOperation, exceptionName: LogsImportExceptionName, message?: string): void;
  readonly clock: FakeClock;
  readonly stores: FakeEventDataStores;
  /** A snapshot of every import task, oldest first, as of the clock now. */
  importTasks(): readonly FakeLogsImportTask[];
  /** The managed log groups the import tasks created, oldest first. */
  logGroups(): readonly FakeLogGroup[];
}
