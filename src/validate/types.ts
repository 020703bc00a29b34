import type { Shape } from '../contract/timestamps.js';
import type { RequestKind, Violation } from '../rules/index.js';
import type { PolicyOption } from './extension.js';

/**
 * The shape to read a value in; `auto` is `sdk` when any timestamp is a Date (or, for a response,
 * it carries the SDK's `$metadata`), else `cli`. Every TypeScript-facing surface defaults to `sdk`
 * (the input of `new StartImportCommand(input)`), the CLI to `cli`: under `auto` SDK code with
 * ISO-string timestamps would read as a JSON file and pass.
 */
export type ShapeOption = Shape | 'auto';

/** The outcome of a validation. `valid` is true when no violation has severity `error`. */
export interface ValidationResult<Kind extends string = RequestKind> {
  readonly valid: boolean;
  readonly kind: Kind;
  readonly violations: readonly Violation[];
}

/** A clock: a fixed instant or a function returning "now". */
export type Clock = Date | (() => Date);

/** Options of `validateStartImportRequest`. */
export interface RequestValidationOptions {
  /** The shape of the value; default `sdk`. */
  readonly shape?: ShapeOption | undefined;
  /** "Now", for `time-range-in-future`; default the system clock. */
  readonly now?: Clock | undefined;
  /**
   * An organisation policy (from `loadImportPolicy`, or a policy object, loaded on first use):
   * its `policy/<rule>` violations follow the contract's. A bad policy object throws `PolicyError`.
   */
  readonly policy?: PolicyOption | undefined;
}

/** Options of `classifyStartImportRequest`. */
export interface ClassifyOptions {
  /** The shape of the value; default `sdk` (where a null member is absent). */
  readonly shape?: ShapeOption | undefined;
}

/** Options of `validateStartImportResponse`. */
export interface ResponseValidationOptions {
  /** The shape of the response; default `sdk`. */
  readonly shape?: ShapeOption | undefined;
  /**
   * The request the response answers (any shape): enables `response-mismatch-request` and
   * `response-status-unexpected`. A value that is no request object (an array, a string) or throws
   * while read cannot be compared with: it is ignored, as if no request were given.
   */
  readonly request?: unknown;
}

/** Options of `validateStartImportError`. */
export interface ErrorValidationOptions {
  /** The HTTP status the error was (or would be) answered with; read from `$metadata.httpStatusCode` when absent. */
  readonly status?: number | undefined;
}
