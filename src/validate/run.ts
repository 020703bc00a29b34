import type { CheckContext } from '../core/check.js';
import { clip, describe, isDate } from '../contract/timestamps.js';
import {
  catalogueRank,
  checkedLength,
  MAX_LIST_ITEMS_CHECKED,
  MAX_VIOLATIONS_PER_DOCUMENT,
  REQUEST_CHECKS,
  RESPONSE_CHECKS,
  violation,
  type ValueView,
  type Violation,
} from '../rules/index.js';
import { boundedSchemaErrors } from './bounded-lists.js';
import { compiledSchemas } from './schema.js';
import { violationsFromSchemaErrors } from './schema-errors.js';
import type { Normalised } from './normalise.js';
import type { Clock } from './types.js';

/** "Now" for one validation: the clock is read once, when a check first asks (most never do), and never kept beyond it. */
export class ValidationClock implements CheckContext {
  private reading: number | undefined;
  /**
   * Why `options.now()` gave no time (it threw, or returned no valid Date), once a check asked:
   * the validators report it as one `type-mismatch` at the root beside every other finding, while
   * the time checks compare with NaN and so find nothing (never a verdict on a time they lack).
   */
  failure: Violation | undefined;

  /** `clock` is an option already checked (`checkClock`) by the validator that makes it. */
  constructor(private readonly clock: Clock | undefined) {}

  now(): number {
    if (this.reading === undefined) {
      const { clock } = this;
      if (clock === undefined) return (this.reading = Date.now() / 1000);
      let instant: unknown;
      try {
        instant = typeof clock === 'function' ? clock() : clock;
      } catch (error) {
        return this.fail(`options.now() threw (${reasonOf(error)}): no time check could be made`);
      }
      if (!isValidDate(instant)) return this.fail(`options.now() must return a valid Date (got ${isDate(instant) ? 'an Invalid Date' : describe(instant)}): no time check could be made`);
      this.reading = instant.getTime() / 1000;
    }
    return this.reading;
  }

  private fail(message: string): number {
    this.failure = violation('type-mismatch', '', message);
    this.reading = Number.NaN;
    return Number.NaN;
  }
}

const isValidDate = (value: unknown): value is Date => isDate(value) && !Number.isNaN(value.getTime());

/** Whether `clock` is a `now` option: a valid Date (of any realm) or a function returning one. The one test of it, for the validators, the matchers and the client plugin. */
export function isClockOption(clock: unknown): clock is Clock {
  return typeof clock === 'function' || isValidDate(clock);
}

/** `options.now` of a validator: left out, a valid Date or a function; a TypeError naming the option (and `who` takes it, when given) for anything else (an Invalid Date would pass every time check). */
export function checkClock(clock: unknown, who?: string): void {
  if (clock !== undefined && !isClockOption(clock)) {
    throw new TypeError(`${who === undefined ? '' : `${who}: `}options.now must be a valid Date or a function returning one (got ${isDate(clock) ? 'an Invalid Date' : describe(clock)})`);
  }
}

/** The five members of a request, in the order of their bits in a presence mask. */
const MEMBER_BITS = ['Destinations', 'ImportSource', 'StartEventTime', 'EndEventTime', 'ImportId'] as const;

/** The members a request has, as a mask of `MEMBER_BITS`. */
function presenceMask(view: ValueView): number {
  return (
    (view.hasDestinations ? 1 : 0) | (view.hasImportSource ? 2 : 0) | (view.hasStartEventTime ? 4 : 0) | (view.hasEndEventTime ? 8 : 0) | (view.hasImportId ? 16 : 0)
  );
}

/** The members a check reads as a mask of `MEMBER_BITS`; -1 when it reads the request itself (its keys). */
function readMask(reads: readonly string[]): number {
  let mask = 0;
  for (const read of reads) {
    const bit = MEMBER_BITS.indexOf(read.split('/')[1] as (typeof MEMBER_BITS)[number]);
    if (bit < 0) return -1;
    mask |= 1 << bit;
  }
  return mask;
}

type Run = (typeof REQUEST_CHECKS)[number]['run'];

/**
 * The request checks to run for each presence mask, compiled once at load: a check reading only
 * members the request lacks has nothing to read and reports nothing (a retry runs 7 of the 28
 * checks). Each list holds the checks' `run` in report order: one plain call per check, not a
 * property read of 28 objects of different shapes (bench/unseen.bench.ts).
 */
// Each check's mask read once (32 presences × 28 checks of `readMask` cost about 2 ms of the package's load).
const READ_MASKS: readonly number[] = REQUEST_CHECKS.map((check) => readMask(check.reads));
const RUNS_BY_PRESENCE: readonly (readonly Run[])[] = Array.from({ length: 1 << MEMBER_BITS.length }, (_, presence) =>
  REQUEST_CHECKS.filter((_check, index) => {
    const reads = READ_MASKS[index] as number;
    return reads === -1 || (reads & presence) !== 0;
    // eslint-disable-next-line @typescript-eslint/unbound-method -- a StartImport check's run reads its arguments, never `this` (a test runs them both ways)
  }).map((check) => check.run),
);

/**
 * Runs the request checks over a request's view (every one that has a member to read). The checks
 * run in report order and each reports its violations in the order it finds them, so the result is
 * in report order without a sort.
 */
export function runRequestChecks(view: ValueView, context: CheckContext): Violation[] {
  const found: Violation[] = [];
  const runs = RUNS_BY_PRESENCE[presenceMask(view)] as readonly Run[];
  for (let i = 0; i < runs.length; i += 1) (runs[i] as Run)(view, context, found);
  return found;
}

/** Lists longer than this are sorted by the engine's (stable, n log n) sort; shorter ones by insertion, which allocates nothing. */
const INSERTION_SORT_MAX = 16;

/** Violations in catalogue order; within a code, in the order found. Sorts in place. */
export function sortViolations(violations: Violation[]): Violation[] {
  if (violations.length > INSERTION_SORT_MAX) return violations.sort(byCatalogueRank);
  for (let i = 1; i < violations.length; i += 1) {
    const item = violations[i] as Violation;
    const rank = catalogueRank(item.code);
    let j = i - 1;
    while (j >= 0 && catalogueRank((violations[j] as Violation).code) > rank) {
      violations[j + 1] = violations[j] as Violation;
      j -= 1;
    }
    violations[j + 1] = item;
  }
  return violations;
}

function byCatalogueRank(a: Violation, b: Violation): number {
  return catalogueRank(a.code) - catalogueRank(b.code);
}

/**
 * Cuts `violations` (in report order) to `MAX_VIOLATIONS_PER_DOCUMENT` in place, keeping the first
 * of every code: 30,000 type-mismatch items do not hide the one destinations-count. In order, linear.
 */
function keepEveryCode(violations: Violation[]): void {
  const codes = new Set<string>();
  for (const v of violations) codes.add(v.code);
  // Room for second and later violations of a code once each code has its first.
  let room = MAX_VIOLATIONS_PER_DOCUMENT - codes.size;
  const firsts = new Set<string>();
  let kept = 0;
  for (const v of violations) {
    const first = !firsts.has(v.code);
    if (first) firsts.add(v.code);
    else if (room > 0) room -= 1;
    else continue;
    violations[kept] = v;
    kept += 1;
  }
  violations.length = kept;
}

/**
 * Keeps a document's report within `MAX_VIOLATIONS_PER_DOCUMENT`: past it, or when Destinations
 * items were left unchecked (`MAX_LIST_ITEMS_CHECKED`), the report ends with one
 * `violations-truncated` saying how many more. For a valid document: two comparisons, no allocation.
 */
export function capViolations(violations: Violation[], view: ValueView): Violation[] {
  const { destinations } = view;
  const unchecked = Array.isArray(destinations) ? (destinations as readonly unknown[]).length - checkedLength(destinations as readonly unknown[]) : 0;
  return capReport(violations, unchecked === 0 ? NONE_UNCHECKED : [{ path: 'Destinations', items: unchecked, limit: MAX_LIST_ITEMS_CHECKED }]);
}

const NONE_UNCHECKED: readonly UncheckedItems[] = [];

/** A list whose items past `limit` were not checked: where (`Destinations`, `/Imports`), and how many. */
export interface UncheckedItems {
  readonly path: string;
  readonly items: number;
  readonly limit: number;
}

/**
 * The one cap of a report, for StartImport's validators and the contract engine alike: past
 * `MAX_VIOLATIONS_PER_DOCUMENT` (keeping every code's first), or when list items were left
 * unchecked, the report ends with one `violations-truncated` saying how many more. Otherwise two
 * comparisons and no allocation.
 */
export function capReport(violations: Violation[], unchecked: readonly UncheckedItems[]): Violation[] {
  if (violations.length <= MAX_VIOLATIONS_PER_DOCUMENT && unchecked.length === 0) return violations;
  const dropped = violations.length > MAX_VIOLATIONS_PER_DOCUMENT ? violations.length - MAX_VIOLATIONS_PER_DOCUMENT : 0;
  const parts: string[] = [];
  if (dropped > 0) {
    keepEveryCode(violations);
    parts.push(`${String(dropped)} more violation${dropped === 1 ? '' : 's'} not reported (at most ${String(MAX_VIOLATIONS_PER_DOCUMENT)} are reported per document)`);
  }
  for (const { path, items, limit } of unchecked) parts.push(`${String(items)} ${path} item${items === 1 ? '' : 's'} past the first ${String(limit)} not checked`);
  violations.push(violation('violations-truncated', '', parts.join('; ')));
  return violations;
}

/**
 * Runs a response's compiled schema and its checks. The schema's `enum` error (ImportStatus) is
 * the response-import-status-invalid check's to report.
 */
export function runResponseChecks(normalised: Normalised, context: CheckContext): Violation[] {
  const { view } = normalised;
  const found: Violation[] = normalised.violations.length === 0 ? [] : [...normalised.violations];
  const errors = boundedSchemaErrors(compiledSchemas.response, view.wire).filter((error) => error.keyword !== 'enum');
  if (errors.length > 0) append(found, violationsFromSchemaErrors(errors, 'response'));
  for (const check of RESPONSE_CHECKS) check.run(view, context, found);
  return sortViolations(found);
}

function append(target: Violation[], items: readonly Violation[]): void {
  for (let i = 0; i < items.length; i += 1) target.push(items[i] as Violation);
}

/** Whether none of `violations` is an error. */
export function isValid(violations: readonly Violation[]): boolean {
  for (let i = 0; i < violations.length; i += 1) if ((violations[i] as Violation).severity === 'error') return false;
  return true;
}

/** What a thrown value says, clipped to 80 characters; never throws itself (a throwing `message` getter, a revoked Proxy). */
export function reasonOf(error: unknown): string {
  try {
    return clip(error instanceof Error ? error.message : String(error), 80);
  } catch {
    return 'an unprintable exception';
  }
}

/** The violation for a value that threw while being read (a throwing getter, a revoked Proxy). */
export function unreadable(error: unknown, code: 'type-mismatch' | 'error-body-invalid' = 'type-mismatch'): Violation {
  return violation(code, '', `must be readable plain data (reading it threw: ${reasonOf(error)})`);
}
