import { requestKindOf, type RequestKind, type Violation } from '../rules/index.js';
import { policyProvider } from './extension.js';
import { normalise } from './normalise.js';
import { capViolations, isValid, runChecks, unreadable } from './run.js';
import type { ClassifyOptions, Clock, RequestValidationOptions, ValidationResult } from './types.js';

const NativeDate = Date;
const nativeNow = Date.now;

/** Whether `Date` is the real clock: a test's fake timers replace it, and may set it back. */
function clockIsNative(): boolean {
  return globalThis.Date === NativeDate && NativeDate.now === nativeNow;
}

/** The real clock's latest reading, in epoch seconds: the clock runs forwards, so "now" is not before it. */
let lastRealReading = Number.NEGATIVE_INFINITY;

const systemClock = (): number => {
  const seconds = Date.now() / 1000;
  if (clockIsNative()) lastRealReading = seconds;
  return seconds;
};

/**
 * A time not after "now" for the system clock: its latest real reading, so that a start time in
 * the past (most of them) is judged without reading the clock, which costs as much as a rule.
 * None while the clock is faked.
 */
function systemNotAfterNow(): number {
  return clockIsNative() ? lastRealReading : Number.NEGATIVE_INFINITY;
}

/** "Now" in epoch seconds, read only when a rule needs it. */
function secondsClock(clock: Clock | undefined): () => number {
  if (clock === undefined) return systemClock;
  return () => (typeof clock === 'function' ? clock() : clock).getTime() / 1000;
}

/**
 * Checks a StartImport request against every request check of the contract.
 * Takes any value; never throws (but for a bad `policy`: PolicyError) and never changes its input.
 * With `policy`, the policy's `policy/<rule>` violations follow the contract's.
 *
 * @example
 * const result = validateStartImportRequest({ ImportId: '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b' });
 * result.valid; // true
 * result.kind; // 'retry'
 */
export function validateStartImportRequest(value: unknown, options: RequestValidationOptions = {}): ValidationResult {
  let kind: RequestKind = 'empty';
  let violations: Violation[];
  // Outside the try: a bad policy is the caller's error (PolicyError), not the request's.
  const policy = options.policy === undefined ? undefined : policyProvider().resolve(options.policy);
  try {
    const normalised = normalise(value, options.shape ?? 'sdk', 'request');
    if ('view' in normalised) {
      kind = requestKindOf(normalised.view);
      const now = secondsClock(options.now);
      violations = runChecks(normalised, 'request', now, undefined, options.now === undefined ? systemNotAfterNow() : Number.NEGATIVE_INFINITY);
      if (policy !== undefined) for (const found of policy.check(normalised.view, now)) violations.push(found);
      violations = capViolations(violations, normalised.view);
    } else {
      violations = [normalised];
    }
  } catch (error) {
    violations = [unreadable(error)];
  }
  return { valid: isValid(violations), kind, violations };
}

/**
 * What a request asks for: `new` (Destinations, ImportSource, time range), `retry` (ImportId
 * alone), `ambiguous` (both) or `empty` (neither, or not a structure at all), read in
 * `options.shape` (default `sdk`, as `validateStartImportRequest`).
 */
export function classifyStartImportRequest(value: unknown, options: ClassifyOptions = {}): RequestKind {
  try {
    const normalised = normalise(value, options.shape ?? 'sdk', 'request');
    return 'view' in normalised ? requestKindOf(normalised.view) : 'empty';
  } catch {
    return 'empty';
  }
}
