import { describe } from '../contract/timestamps.js';
import { reasonOf } from '../validate/run.js';
import { Buffer } from 'node:buffer';
import { LogKeyReader } from './log-key.js';
import {
  PAGE_MEMBERS,
  RESTORE_STORAGE_CLASSES,
  SKIP_REASONS,
  type ImportPlan,
  type ListingEntry,
  type ObjectTotals,
  type SkipReason,
  type SkippedGroup,
} from './types.js';
import { isRecord } from '../contract/record.js';

/** The request, read: what the planner compares every key to. */
export interface PlanTarget {
  readonly bucket: string;
  readonly prefix: string;
  /** Epoch seconds; -Infinity and Infinity for a bound the request does not give. */
  readonly start: number;
  readonly end: number;
}

/** Settings of an accumulation, from `PlanOptions` with their defaults. */
export interface PlannerSettings {
  readonly trees: ReadonlySet<string>;
  readonly sampleSize: number;
  readonly keepKeys: boolean;
}

/** Mutable counts of a group. */
class Tally {
  files = 0;
  bytes = 0;
  filesWithoutSize = 0;
  readonly examples: string[] = [];
  readonly keys: string[] | undefined;

  constructor(keepKeys: boolean) {
    this.keys = keepKeys ? [] : undefined;
  }

  add(size: number | undefined): void {
    this.files += 1;
    if (size === undefined) this.filesWithoutSize += 1;
    else this.bytes += size;
  }

  /** Whether the key just added is to be kept: as an example, or as one of every key. */
  wants(sampleSize: number): boolean {
    return this.keys !== undefined || this.examples.length < sampleSize;
  }

  keep(key: string, sampleSize: number): void {
    if (this.examples.length < sampleSize) this.examples.push(key);
    this.keys?.push(key);
  }

  totals(): ObjectTotals {
    return { files: this.files, bytes: this.bytes, filesWithoutSize: this.filesWithoutSize };
  }

  group(): SkippedGroup {
    return this.keys === undefined ? { ...this.totals(), examples: this.examples } : { ...this.totals(), examples: this.examples, keys: this.keys };
  }
}

const DAY = 86_400;
const MINUTE = 60;

function isoOf(seconds: number): string {
  return new Date(seconds * 1000).toISOString();
}

/** A listing element that is not a key, a `Contents` item or a page: named by its position. */
function badEntry(index: number, what: string): TypeError {
  return new EntryError(`listing entry ${String(index)}: ${what}`);
}

/** The TypeError of a listing entry the planner cannot take, told apart from what reading one throws. */
class EntryError extends TypeError {}

/** The size of a `Contents` item: a non-negative safe integer, or undefined when it has none. */
function sizeOf(size: unknown, index: number): number | undefined {
  if (size === undefined || size === null) return undefined;
  if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) throw badEntry(index, `Size must be a whole number of bytes (got ${describe(size)})`);
  return size;
}

/** Accumulates a plan one object at a time, so that a listing of any length is held in bounded memory. */
export class Planner {
  private readonly listed: Tally;
  private readonly selected: Tally;
  private readonly restore: Tally;
  private readonly restoreClasses: Record<string, number> = {};
  private readonly skipped: Record<SkipReason, Tally>;
  private earliest = Number.POSITIVE_INFINITY;
  private latest = Number.NEGATIVE_INFINITY;
  private index = 0;
  private readonly keys = new LogKeyReader();
  /** The request's prefix as UTF-8, compared with keys' bytes. */
  private readonly prefix: Buffer;

  constructor(
    private readonly target: PlanTarget,
    private readonly settings: PlannerSettings,
  ) {
    this.prefix = Buffer.from(target.prefix, 'utf8');
    this.listed = new Tally(false);
    this.selected = new Tally(settings.keepKeys);
    this.restore = new Tally(false);
    const skipped: Partial<Record<SkipReason, Tally>> = {};
    for (const reason of SKIP_REASONS) skipped[reason] = new Tally(settings.keepKeys);
    this.skipped = skipped as Record<SkipReason, Tally>;
  }

  /** Adds a key, a `Contents` item or a page of them; throws a TypeError naming a malformed one. */
  add(entry: ListingEntry): void {
    try {
      this.addUnknown(entry);
    } catch (error) {
      if (error instanceof EntryError) throw error;
      // An entry that throws while read (a getter, a Proxy) is named by its position (the last counted), as a malformed one.
      throw badEntry(this.index - 1, `cannot be read (reading it threw: ${reasonOf(error)})`);
    }
  }

  // Typed input may still come from untyped JSON: every member is checked as unknown.
  private addUnknown(entry: unknown): void {
    const index = this.index;
    this.index += 1;
    if (typeof entry === 'string') {
      this.addListed(entry, undefined, undefined);
      return;
    }
    if (!isRecord(entry)) throw badEntry(index, `must be a key, a list-objects-v2 Contents item or page (got ${describe(entry)})`);
    if ('Key' in entry) {
      const key = entry['Key'];
      if (typeof key !== 'string') throw badEntry(index, `Key must be a string (got ${describe(key)})`);
      const storageClass = entry['StorageClass'];
      if (storageClass !== undefined && storageClass !== null && typeof storageClass !== 'string') throw badEntry(index, `StorageClass must be a string (got ${describe(storageClass)})`);
      this.addListed(key, sizeOf(entry['Size'], index), storageClass ?? undefined);
      return;
    }
    if ('Contents' in entry) {
      const contents = entry['Contents'];
      if (!Array.isArray(contents)) throw badEntry(index, `Contents must be an array (got ${describe(contents)})`);
      // A page is not an entry of its own: its items are numbered in listing order.
      this.index -= 1;
      for (const item of contents as readonly unknown[]) this.addUnknown(item);
      return;
    }
    // A page without Contents (an empty prefix) lists nothing.
    if (!PAGE_MEMBERS.some((member) => member in entry)) throw badEntry(index, 'has neither Key nor Contents');
  }

  private addListed(key: string, size: number | undefined, storageClass: string | undefined): void {
    const bytes = Buffer.from(key, 'utf8');
    this.addKey(bytes, 0, bytes.length, key, size, storageClass);
  }

  /**
   * Adds one object whose Key is the UTF-8 `bytes` `start`..`end` (`text` when it is at hand): the
   * listing reader hands items on this way, and a key is decoded only when the plan keeps it.
   */
  addKey(bytes: Buffer, start: number, end: number, text: string | undefined, size: number | undefined, storageClass: string | undefined): void {
    const { sampleSize } = this.settings;
    this.listed.add(size);
    const reason = this.reasonToSkip(bytes, start, end);
    const tally = reason === undefined ? this.selected : this.skipped[reason];
    const samples = reason === undefined ? 0 : sampleSize;
    let key = text;
    tally.add(size);
    if (tally.wants(samples)) {
      key ??= bytes.toString('utf8', start, end);
      tally.keep(key, samples);
    }
    if (reason !== undefined || storageClass === undefined || !RESTORE_STORAGE_CLASSES.includes(storageClass)) return;
    this.restore.add(size);
    if (this.restore.wants(sampleSize)) this.restore.keep(key ?? bytes.toString('utf8', start, end), sampleSize);
    this.restoreClasses[storageClass] = (this.restoreClasses[storageClass] ?? 0) + 1;
  }

  private hasPrefix(bytes: Buffer, start: number, end: number): boolean {
    const prefix = this.prefix;
    if (end - start < prefix.length) return false;
    for (let i = 0; i < prefix.length; i += 1) if (bytes[start + i] !== prefix[i]) return false;
    return true;
  }

  private reasonToSkip(bytes: Buffer, keyStart: number, keyEnd: number): SkipReason | undefined {
    if (!this.hasPrefix(bytes, keyStart, keyEnd)) return 'outside-prefix';
    const facts = this.keys.read(bytes, keyStart, keyEnd);
    // CloudTrail is always one of the trees.
    if (facts.tree !== 'CloudTrail' && (facts.tree === undefined || !this.settings.trees.has(facts.tree))) return 'not-cloudtrail-log';
    if (!facts.jsonGz) return 'not-json-gz';
    const { start, end } = this.target;
    // Minute resolution from the file name; the folder's day when the name has no timestamp.
    const from = facts.fileMinute ?? facts.folderDay;
    if (from === undefined) return 'log-date-unreadable';
    const length = facts.fileMinute === undefined ? DAY : MINUTE;
    if (from > end || from + length <= start) return 'outside-time-range';
    if (from < this.earliest) this.earliest = from;
    if (from > this.latest) this.latest = from;
    return undefined;
  }

  /** The plan of everything added so far. */
  plan(assumptions: readonly string[], warnings: ImportPlan['warnings']): ImportPlan {
    const skipped: Partial<Record<SkipReason, SkippedGroup>> = {};
    for (const reason of SKIP_REASONS) skipped[reason] = this.skipped[reason].group();
    const selected = this.selected;
    const range = this.latest >= this.earliest ? { earliest: isoOf(this.earliest), latest: isoOf(this.latest) } : {};
    return {
      bucket: this.target.bucket,
      prefix: this.target.prefix,
      ...(Number.isFinite(this.target.start) ? { startEventTime: isoOf(this.target.start) } : {}),
      ...(Number.isFinite(this.target.end) ? { endEventTime: isoOf(this.target.end) } : {}),
      listed: this.listed.totals(),
      selected: {
        ...selected.totals(),
        estimatedUncompressedBytes: selected.bytes * 10,
        ...range,
        ...(selected.keys === undefined ? {} : { keys: selected.keys }),
      },
      skipped: skipped as Record<SkipReason, SkippedGroup>,
      needsRestore: { ...this.restore.totals(), byStorageClass: { ...this.restoreClasses }, examples: this.restore.examples },
      assumptions,
      warnings,
    };
  }
}
