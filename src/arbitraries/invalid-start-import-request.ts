import fc from 'fast-check';
import type { Shape } from '../contract/timestamps.js';
import { ruleCatalogue } from '../rules/catalogue.js';
import type { ViolationCode } from '../rules/types.js';
import type { StartImportWireRequest } from '../validate/wire-types.js';
import { newImportRequest } from './new-import-request.js';
import { retryImportRequest } from './retry-import-request.js';
import { DEFAULT_MAX, DEFAULT_MIN, ISO_YEARS } from './time-range.js';
import { mutationsFor, type BaseKind, type MutationContext } from './_internals/mutations/index.js';
import type { RequestInShape } from './_internals/shapes.js';
import { checkConstraints, DATE, SHAPE, TEXTS, type ConstraintTakes } from './_internals/constraints.js';

/** How far after "now" the latest time a mutation makes lies: a range in the future (time-range.ts's mutations: ten years ahead, a year long) with room to spare. */
const LATEST_FUTURE_MS = 12 * 366 * 86_400_000;

/** Constraints of `invalidStartImportRequest`. */
export interface InvalidStartImportRequestConstraints<S extends Shape> {
  /**
   * The codes to produce, each equally often. Default: every request code of severity `error` in
   * `ruleCatalogue`; warning codes (`time-range-half-open`, …) only when listed.
   */
  readonly codes?: readonly ViolationCode[] | undefined;
  /** `sdk` (Dates, the default), `wire` (epoch seconds) or `cli` (ISO-8601 strings). */
  readonly shape?: S | undefined;
  /** "Now", for `time-range-in-future`: validate with the same `now`. Default: `new Date()` when the arbitrary is created. */
  readonly now?: Date | undefined;
}

const INVALID_START_IMPORT_REQUEST_TAKES = { codes: TEXTS, shape: SHAPE, now: DATE } as const satisfies ConstraintTakes<InvalidStartImportRequestConstraints<Shape>>;

/** A request with one deliberate mistake, and the code the validator reports for it. */
export interface LabelledInvalidRequest<S extends Shape> {
  /**
   * The request, typed as the shape it poses as: for `type-mismatch` and `timestamp-invalid` its
   * members (or the request itself) are not of that type, which is the mistake.
   */
  readonly request: RequestInShape<S>;
  /** The code of the mistake: an error (or, when asked for, a warning) of `validateStartImportRequest`. */
  readonly expected: ViolationCode;
  /**
   * Other error codes the mistake cannot come without: `destination-pattern` has one
   * (`destination-not-event-data-store`), `violations-truncated` another (`destinations-count`).
   */
  readonly also: readonly ViolationCode[];
}

const REQUEST_CODES: ReadonlySet<ViolationCode> = new Set(ruleCatalogue.filter((e) => e.subjects.includes('request')).map((e) => e.code));
const ERROR_CODES: readonly ViolationCode[] = ruleCatalogue.filter((e) => e.subjects.includes('request') && e.severity === 'error').map((e) => e.code);

function checkedCodes(who: string, codes: readonly ViolationCode[]): readonly ViolationCode[] {
  if (codes.length === 0) throw new TypeError(`${who}: codes must name at least one code`);
  for (const code of codes) {
    if (!REQUEST_CODES.has(code)) throw new TypeError(`${who}: '${code}' is not a request code of the catalogue for StartImport (see ruleCatalogue)`);
    if (mutationsFor(code).length === 0) throw new TypeError(`${who}: no mutation produces '${code}' yet`);
  }
  return [...new Set(codes)];
}

/** The valid wire requests mutations start from, built on first use. */
function basesFor(now: Date): (kind: BaseKind) => fc.Arbitrary<StartImportWireRequest> {
  // Time ranges end by "now" when it falls within the default bounds: the bases then carry no in-future warning.
  const bounds = now > DEFAULT_MIN && now < DEFAULT_MAX ? { max: now } : {};
  const built = new Map<BaseKind, fc.Arbitrary<StartImportWireRequest>>();
  const build = (kind: BaseKind): fc.Arbitrary<StartImportWireRequest> => {
    if (kind === 'retry') return retryImportRequest({ shape: 'wire' });
    if (kind === 'timed') return newImportRequest({ shape: 'wire', timeRange: true, ...bounds });
    return newImportRequest({ shape: 'wire', ...bounds, ...(kind === 'arn' ? { destinationForm: 'arn' as const } : {}) });
  };
  return (kind) => {
    let base = built.get(kind);
    if (base === undefined) {
      base = build(kind);
      built.set(kind, base);
    }
    return base;
  };
}

/**
 * StartImport requests with exactly one mistake each, labelled with the violation code it earns:
 * `validateStartImportRequest(request, { shape, now })` reports `expected` (and the codes of `also`)
 * and no other error. Each is a valid request (see `newImportRequest`, `retryImportRequest`) broken
 * by one mutation: a typo in a member name, a user ARN for the role, a reversed time range, …
 * Shrinking shrinks the valid request and the mutation together, so every shrunk value keeps its label.
 *
 * @example
 * test.prop([invalidStartImportRequest({ shape: 'cli' })])('refuses invalid requests', ({ request, expected }) => {
 *   expect(() => myBuilder(request)).toThrow(expected);
 * });
 *
 * @remarks Since 0.1.0
 */
export function invalidStartImportRequest<S extends Shape = 'sdk'>(constraints: InvalidStartImportRequestConstraints<S> = {}): fc.Arbitrary<LabelledInvalidRequest<S>> {
  checkConstraints('invalidStartImportRequest', constraints, INVALID_START_IMPORT_REQUEST_TAKES);
  return labelledInvalidStartImport('invalidStartImportRequest', constraints);
}

/** `invalidStartImportRequest` of constraints already checked, its TypeErrors naming `who`, the arbitrary the caller called. */
export function labelledInvalidStartImport<S extends Shape = 'sdk'>(who: string, constraints: InvalidStartImportRequestConstraints<S>): fc.Arbitrary<LabelledInvalidRequest<S>> {
  const codes = checkedCodes(who, constraints.codes ?? ERROR_CODES);
  const now = constraints.now ?? new Date();
  if (!Number.isFinite(now.getTime())) throw new TypeError(`${who}: now must be a valid Date`);
  // A range in the future starts up to eleven years after "now", and every time must be one an ISO-8601 timestamp writes.
  if (now.getTime() < ISO_YEARS.min || now.getTime() > ISO_YEARS.max - LATEST_FUTURE_MS) {
    throw new TypeError(`${who}: now must lie between 0000-01-01 and ${new Date(ISO_YEARS.max - LATEST_FUTURE_MS).toISOString().slice(0, 10)}, so that every time it makes is one an ISO-8601 timestamp writes (got ${now.toISOString()})`);
  }
  const context: MutationContext = { shape: constraints.shape ?? 'sdk', now };
  const base = basesFor(now);
  const byCode = codes.map((code) =>
    fc.oneof(
      ...mutationsFor(code).map((m) =>
        // The request's type is the shape it poses as (see LabelledInvalidRequest).
        m.build(base(m.base), context).map((request): LabelledInvalidRequest<S> => ({ request: request as RequestInShape<S>, expected: code, also: m.also })),
      ),
    ),
  );
  return fc.oneof(...byCode);
}
