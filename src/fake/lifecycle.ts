/** The moves of an import a test (or auto mode) makes: INITIALIZING → IN_PROGRESS → COMPLETED or FAILED. */
import { checkOptionNames, type OptionNames } from '../contract/options.js';
import type { ImportStatus } from '../contract/model.js';
import { IMPORT_FAILURE_STATUSES, IMPORT_STATISTICS_MEMBERS } from '../contract/operations.js';
import { describe, isDate } from '../contract/timestamps.js';
import type { StoredFailure, StoredImport } from './state.js';
import type { AdvanceDetails, AdvanceStatus, FakeImportFailure, ImportStatistics } from './types.js';

const MOVES: Readonly<Record<ImportStatus, readonly AdvanceStatus[]>> = {
  INITIALIZING: ['IN_PROGRESS', 'COMPLETED', 'FAILED'],
  IN_PROGRESS: ['COMPLETED', 'FAILED'],
  COMPLETED: [],
  FAILED: [],
  STOPPED: [],
};

// Every status `advance` can move to is one a new import can reach.
const ADVANCE_STATUSES: readonly string[] = MOVES.INITIALIZING;

/** The members of `advance`'s details and of a failure it records. */
const ADVANCE_DETAILS = { failures: true, statistics: true } as const satisfies OptionNames<AdvanceDetails>;
const FAILURE_MEMBERS = { Location: true, Status: true, ErrorType: true, ErrorMessage: true, LastUpdatedTime: true } as const satisfies OptionNames<FakeImportFailure>;

function readFailure(value: unknown, at: string, now: number): StoredFailure {
  if (typeof value !== 'object' || value === null) throw new TypeError(`${at} must be an object with a Location (got ${describe(value)})`);
  checkOptionNames(at, value, FAILURE_MEMBERS, 'member');
  const failure = value as FakeImportFailure;
  if (typeof failure.Location !== 'string') throw new TypeError(`${at}.Location must be a string (got ${describe(failure.Location)})`);
  if (failure.Status !== undefined && !IMPORT_FAILURE_STATUSES.includes(failure.Status)) {
    throw new TypeError(`${at}.Status must be one of ${IMPORT_FAILURE_STATUSES.join(', ')} (got ${describe(failure.Status)})`);
  }
  for (const name of ['ErrorType', 'ErrorMessage'] as const) {
    if (failure[name] !== undefined && typeof failure[name] !== 'string') throw new TypeError(`${at}.${name} must be a string`);
  }
  const time = failure.LastUpdatedTime;
  if (time !== undefined && (!isDate(time) || !Number.isFinite(time.getTime()))) throw new TypeError(`${at}.LastUpdatedTime must be a valid Date`);
  return {
    Location: failure.Location,
    Status: failure.Status ?? 'FAILED',
    ErrorType: failure.ErrorType ?? 'ImportFailure',
    ErrorMessage: failure.ErrorMessage ?? 'The import could not read this location.',
    LastUpdatedTime: time?.getTime() ?? now,
  };
}

function readStatistics(statistics: ImportStatistics | undefined, who: string): ImportStatistics {
  if (statistics === undefined) return {};
  if (typeof statistics !== 'object' || (statistics as unknown) === null) throw new TypeError(`${who}: details.statistics must be an object`);
  for (const [name, value] of Object.entries(statistics)) {
    if (!(IMPORT_STATISTICS_MEMBERS as readonly string[]).includes(name)) {
      throw new TypeError(`${who}: details.statistics.${name} is not a member of ImportStatistics (${IMPORT_STATISTICS_MEMBERS.join(', ')})`);
    }
    if (value !== undefined && (!Number.isSafeInteger(value) || (value as number) < 0)) {
      throw new TypeError(`${who}: details.statistics.${name} must be an integer ≥ 0 (got ${String(value)})`);
    }
  }
  return statistics;
}

/** The failures a move records: those given, or for FAILED without any, one generic failure of the whole source. */
function failuresOf(stored: StoredImport, status: AdvanceStatus, details: AdvanceDetails, who: string, now: number): StoredFailure[] {
  const given: unknown = details.failures ?? [];
  if (!Array.isArray(given)) throw new TypeError(`${who}: details.failures must be an array (got ${describe(given)})`);
  const failures = (given as readonly unknown[]).map((failure, index) => readFailure(failure, `${who}: details.failures[${index}]`, now));
  if (status === 'COMPLETED' && failures.length > 0) throw new TypeError(`${who}: COMPLETED means no failures; move the import to FAILED to record failures`);
  if (status === 'FAILED' && failures.length === 0) {
    return [{ Location: stored.source.S3LocationUri, Status: 'FAILED', ErrorType: 'ImportFailure', ErrorMessage: 'The import failed.', LastUpdatedTime: now }];
  }
  return failures;
}

/**
 * Moves `stored` (the import `id`, undefined when unknown) to `status` at `now` (epoch ms). Checks
 * everything before changing anything; throws a TypeError naming the id and the move otherwise.
 * Failures are added to those already recorded; statistics merge, and a move that records
 * failures sets FailedEntries to their number unless the statistics give it.
 */
export function advanceImport(stored: StoredImport | undefined, id: string, status: AdvanceStatus, details: AdvanceDetails, now: number): void {
  // The id names the move in every message: one that is no string is named first (a symbol would not make one).
  if (typeof id !== 'string') throw new TypeError(`advance: importId must be a string, an ImportId the fake gave (got ${describe(id)})`);
  const who = `advance('${id}', ${describe(status)})`;
  if (stored === undefined) throw new TypeError(`${who}: the fake has no import '${id}'`);
  if (!ADVANCE_STATUSES.includes(status)) throw new TypeError(`${who}: an import can be advanced to ${ADVANCE_STATUSES.join(', ')} only (STOPPED comes from StopImport)`);
  if (!MOVES[stored.status].includes(status)) {
    const legal = MOVES[stored.status];
    throw new TypeError(`${who}: import '${id}' cannot move from ${stored.status} to ${status}${legal.length === 0 ? ` (${stored.status} is final)` : ` (only to ${legal.join(' or ')})`}`);
  }
  if (typeof details !== 'object' || (details as unknown) === null) throw new TypeError(`${who}: details must be an object`);
  // A misspelt member (`failure`) would be read as none given: FAILED would record its generic failure instead.
  checkOptionNames(`${who}: details`, details, ADVANCE_DETAILS, 'member');
  const statistics = readStatistics(details.statistics, who);
  const failures = failuresOf(stored, status, details, who, now);
  stored.status = status;
  stored.updated = now;
  stored.failures.push(...failures);
  const defined = Object.fromEntries(Object.entries(statistics).filter(([, value]) => value !== undefined)) as ImportStatistics;
  const counted = failures.length > 0 ? { FailedEntries: stored.failures.length } : {};
  stored.statistics = { ...stored.statistics, ...counted, ...defined };
}

/** Auto mode's step: an import in progress moves one step toward `outcome`; any other stays. */
export function autoStep(stored: StoredImport, outcome: 'COMPLETED' | 'FAILED', now: number): void {
  if (stored.status === 'INITIALIZING') advanceImport(stored, stored.id, 'IN_PROGRESS', {}, now);
  else if (stored.status === 'IN_PROGRESS') advanceImport(stored, stored.id, outcome, {}, now);
}
