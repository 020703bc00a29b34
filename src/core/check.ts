/**
 * The one shape of a check of the contract engine (the repository's architecture page): an object that carries
 * its own catalogue row and says what it reads, which ESLint rule surfaces it and how to break a
 * valid value to earn it. The catalogue, `rules`, SARIF's rule list, the ESLint rules and configs,
 * the evaluation of statically known source and the labelled invalid arbitraries are derived from
 * the checks, never from tables kept beside them.
 */
import type { CatalogueEntry, Violation } from '../rules/types.js';

/** A check's row of the catalogue: code, severity, basis, exception, subjects, description. */
export type CatalogueRow = CatalogueEntry;

/**
 * A source of choices for `Check.break`: a whole number in `[0, n)`. The arbitraries give it from
 * fast-check (so shrinking works); the core never imports fast-check, an optional peer.
 */
export type Choose = (n: number) => number;

/** What every check is given beside the value: the clock, read only when a check needs it. */
export interface CheckContext {
  /** "Now", in epoch seconds; NaN (which no time check finds anything with) when a `now` option gave none. */
  now(): number;
  /** Why a `now` option gave no time, once a check asked it: the runner reports it beside the checks' findings. */
  readonly failure?: Violation | undefined;
}

/** The system clock, read on every call: what a validation gets when no clock is given, and where no check could ask. */
export const SYSTEM_CLOCK: CheckContext = { now: () => Date.now() / 1000 };

/**
 * One check: it reports violations of its own code (`row.code`) only.
 *
 * `Input` is what the check reads: the decoded input of an operation (wire shape, timestamps as
 * epoch seconds), or a richer view built from it once per value.
 */
export interface Check<Input> {
  readonly row: CatalogueRow;
  /** The operations whose inputs (or outputs) it checks, by their model's names (CloudTrail's import operations here). */
  readonly operations: readonly string[];
  /**
   * The members it reads, as JSON Pointers into the input with `*` for every list item
   * (`/Destinations/*`, `/ImportSource/S3/S3LocationUri`). Where code is analysed statically
   * (ESLint), a check runs only when every member it reads is known.
   */
  readonly reads: readonly string[];
  /** The ESLint rule that surfaces it (without the plugin's prefix), if any. */
  readonly lintRule?: string;
  /**
   * Whether `run` may read the clock (`context.now()`): a `now` option (the validators', the
   * matchers', `check --now`) matters only to an operation one of whose checks does. A test holds
   * every check to it both ways.
   */
  readonly readsClock?: boolean;
  /**
   * A copy of a valid input broken so that this check (and, where unavoidable, others) reports
   * it; `undefined` when this input cannot be broken that way. Never changes `valid`.
   */
  break?(valid: Input, choose: Choose): Input | undefined;
  /** Appends its violations to `out`. Never throws for any value of `Input`. */
  run(input: Input, context: CheckContext, out: Violation[]): void;
}

/**
 * Checks that read the same value, run together so that it is read once (an ARN two checks judge):
 * `run` reports what running each of `checks` in turn reports, every code's violations in the
 * order its check finds them. The checks stay whole `Check`s (rows, reads, breaks); only the
 * contract's run of them is shared.
 */
export interface CheckGroup<Input> {
  readonly checks: readonly Check<Input>[];
  run(input: Input, context: CheckContext, out: Violation[]): void;
}

/** A contract's semantic check, alone or in a group sharing a reading. */
export type SemanticCheck<Input> = Check<Input> | CheckGroup<Input>;
