import type { Violation } from '../rules/index.js';
import type { Clock, ShapeOption } from '../validate/index.js';

/** One object of a listing: a `Contents` item of `aws s3api list-objects-v2` (only `Key` is required). */
export interface ListedObject {
  readonly Key: string;
  /** Bytes, as S3 lists them; unknown when absent (a plain key). */
  readonly Size?: number;
  /** `STANDARD` when absent, as S3 omits it for some listings. */
  readonly StorageClass?: string;
  readonly LastModified?: string | Date;
}

/** A list-objects-v2 page: the planner reads its `Contents`. */
export interface ListObjectsV2Page {
  readonly Contents?: readonly ListedObject[];
}

/**
 * The members of a list-objects-v2 page besides `Contents`, which AWS omits when a page lists
 * nothing: a page has `Contents` or one of these, so a document with none of them is no page.
 */
export const PAGE_MEMBERS: readonly string[] = [
  'KeyCount',
  'IsTruncated',
  'Name',
  'Prefix',
  'Delimiter',
  'MaxKeys',
  'EncodingType',
  'StartAfter',
  'ContinuationToken',
  'NextContinuationToken',
  'CommonPrefixes',
  'RequestCharged',
];

/** What the planner takes per element: a key, a `Contents` item, or a whole page. */
export type ListingEntry = string | ListedObject | ListObjectsV2Page;

/** Why an object would not be imported. */
export type SkipReason = 'outside-prefix' | 'not-cloudtrail-log' | 'not-json-gz' | 'log-date-unreadable' | 'outside-time-range';

/** Every skip reason, in the order the planner tests them. */
export const SKIP_REASONS: readonly SkipReason[] = ['outside-prefix', 'not-cloudtrail-log', 'not-json-gz', 'log-date-unreadable', 'outside-time-range'];

/** Storage classes whose objects must be restored before CloudTrail can read them. */
export const RESTORE_STORAGE_CLASSES: readonly string[] = ['GLACIER', 'DEEP_ARCHIVE'];

/** Options of `planImport`. */
export interface PlanOptions {
  /** The shape of the request (see `validateStartImportRequest`); default `auto`. */
  readonly shape?: ShapeOption | undefined;
  /** "Now", for the request's `time-range-in-future` check; default the system clock. */
  readonly now?: Clock | undefined;
  /**
   * Trees beside `CloudTrail/` under `AWSLogs/[ORG/]ACCOUNT/` whose `.json.gz` files count as
   * selected too, such as `CloudTrail-Insight`. Default none: CloudTrail imports trail logs.
   */
  readonly includeTrees?: readonly string[] | undefined;
  /** How many example keys to keep per skip reason and for restores; default 5. */
  readonly sampleSize?: number | undefined;
  /** Keep every selected and skipped key (memory grows with the listing); default false. */
  readonly keepKeys?: boolean | undefined;
}

/** Counts of a group of objects. */
export interface ObjectTotals {
  readonly files: number;
  /** The sum of the known sizes. */
  readonly bytes: number;
  /** Files listed without a `Size` (plain keys): `bytes` leaves them out. */
  readonly filesWithoutSize: number;
}

/** The objects skipped for one reason. */
export interface SkippedGroup extends ObjectTotals {
  /** Up to `sampleSize` keys, in listing order. */
  readonly examples: readonly string[];
  /** Every key, only with `keepKeys`. */
  readonly keys?: readonly string[];
}

/** Selected objects that need a restore from an archive storage class first. */
export interface RestoreGroup extends ObjectTotals {
  /** Files per storage class (`GLACIER`, `DEEP_ARCHIVE`). */
  readonly byStorageClass: Readonly<Record<string, number>>;
  readonly examples: readonly string[];
}

/** What an import of a request would read from a listing. */
export interface ImportPlan {
  /** The request's S3 location, read from `S3LocationUri`. */
  readonly bucket: string;
  readonly prefix: string;
  /**
   * The request's time range, as ISO-8601 UTC; a bound the request does not give is absent, and
   * does not limit the import (without either, AWS imports every log under the prefix).
   */
  readonly startEventTime?: string;
  readonly endEventTime?: string;
  readonly listed: ObjectTotals;
  readonly selected: ObjectTotals & {
    /** `bytes × 10`: CloudTrail logs compress about tenfold; a cost hint, not a measurement. */
    readonly estimatedUncompressedBytes: number;
    /** The earliest and latest log-file timestamps selected (ISO-8601), when any. */
    readonly earliest?: string;
    readonly latest?: string;
    /** Every selected key, only with `keepKeys`. */
    readonly keys?: readonly string[];
  };
  readonly skipped: Readonly<Record<SkipReason, SkippedGroup>>;
  readonly needsRestore: RestoreGroup;
  /** Where the plan assumes what the service does: read these before trusting its numbers. */
  readonly assumptions: readonly string[];
  /** The request's warnings (it has no errors, or there would be no plan). */
  readonly warnings: readonly Violation[];
}
