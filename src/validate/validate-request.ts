import { checkOptionsObject, type OptionNames } from '../contract/options.js';
import { requestKindOf, type RequestKind, type Violation } from '../rules/index.js';
import { policyProvider, type RequestPolicyChecks } from './extension.js';
import { readCommonRequest } from './common-request.js';
import { normalise, shapeOption } from './normalise.js';
import { capViolations, checkClock, isValid, runRequestChecks, sortViolations, unreadable, ValidationClock } from './run.js';
import type { ClassifyOptions, RequestValidationOptions, ShapeOption, ValidationResult } from './types.js';

const REQUEST_OPTIONS = { shape: true, now: true, policy: true } as const satisfies OptionNames<RequestValidationOptions>;
const CLASSIFY_OPTIONS = { shape: true } as const satisfies OptionNames<ClassifyOptions>;

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
  checkOptionsObject('validateStartImportRequest', options, REQUEST_OPTIONS);
  // Outside the try: a bad policy is the caller's error (PolicyError), not the request's.
  const policy = options.policy === undefined ? undefined : policyProvider().resolve(options.policy);
  const shape = shapeOption(options.shape);
  checkClock(options.now);
  // A request of the common form is read once, and the full check skipped when it would find nothing (common-request.ts).
  const common = policy === undefined ? readCommonRequest(value, shape) : undefined;
  if (common === 'retry' || common === 'new') return { valid: true, kind: common, violations: [] };
  const clock = new ValidationClock(options.now);
  // A clock that gives no time reads NaN, which is never after the start: the full check reports it.
  if (common !== undefined && common <= clock.now()) return { valid: true, kind: 'new', violations: [] };
  return checkInFull(value, shape, clock, policy);
}

/**
 * Every request check over a value, and the policy's after them: what `validateStartImportRequest`
 * returns for a request not of the common form (exported for the test that holds the two equal).
 * "Now" is read from `clock`, once.
 */
export function checkInFull(value: unknown, shape: ShapeOption, clock: ValidationClock, policy?: RequestPolicyChecks): ValidationResult {
  let kind: RequestKind = 'empty';
  let violations: Violation[];
  try {
    const normalised = normalise(value, shape, 'request');
    if ('view' in normalised) {
      kind = requestKindOf(normalised.view);
      violations = runRequestChecks(normalised.view, clock);
      if (policy !== undefined) for (const found of policy.check(normalised.view, () => clock.now())) violations.push(found);
      if (clock.failure !== undefined) violations = sortViolations([...violations, clock.failure]);
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
 * `options.shape` (default `sdk`, as `validateStartImportRequest`). Never throws for a value; an
 * `options.shape` other than the four shapes is a TypeError naming it.
 */
export function classifyStartImportRequest(value: unknown, options: ClassifyOptions = {}): RequestKind {
  // A bad option is the caller's TypeError, as the validators', not a value that reads as empty.
  checkOptionsObject('classifyStartImportRequest', options, CLASSIFY_OPTIONS);
  const shape = shapeOption(options.shape);
  try {
    const normalised = normalise(value, shape, 'request');
    return 'view' in normalised ? requestKindOf(normalised.view) : 'empty';
  } catch {
    return 'empty';
  }
}
