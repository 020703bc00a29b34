import { requestKindOf, type RequestKind, type Violation } from '../rules/index.js';
import { policyProvider } from './extension.js';
import { normalise } from './normalise.js';
import { capViolations, isValid, runRequestChecks, unreadable, ValidationClock } from './run.js';
import type { ClassifyOptions, RequestValidationOptions, ValidationResult } from './types.js';

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
      const clock = new ValidationClock(options.now);
      violations = runRequestChecks(normalised.view, clock);
      if (policy !== undefined) for (const found of policy.check(normalised.view, () => clock.now())) violations.push(found);
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
