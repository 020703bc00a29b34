import type { ValueView, Violation } from '../rules/index.js';
import { normalise } from './normalise.js';
import { capViolations, isValid, runChecks, unreadable } from './run.js';
import type { ResponseValidationOptions, ValidationResult } from './types.js';

function requestView(request: unknown): ValueView | undefined {
  if (request === undefined) return undefined;
  try {
    const normalised = normalise(request, 'auto', 'request');
    return 'view' in normalised ? normalised.view : undefined;
  } catch {
    return undefined;
  }
}

// No response rule reads the clock.
const responseClock = (): number => Date.now() / 1000;

/**
 * Checks a StartImport response (as mocked, or as produced by a fake) against the contract's
 * response checks; with `options.request`, also that it answers that request.
 * Takes any value; never throws and never changes its input.
 *
 * @example
 * validateStartImportResponse(output, { request: input }).violations;
 */
export function validateStartImportResponse(value: unknown, options: ResponseValidationOptions = {}): ValidationResult<'response'> {
  const request = requestView(options.request);
  let violations: Violation[];
  try {
    const normalised = normalise(value, options.shape ?? 'sdk', 'response');
    violations = 'view' in normalised ? capViolations(runChecks(normalised, 'response', responseClock, request), normalised.view) : [normalised];
  } catch (error) {
    violations = [unreadable(error)];
  }
  return { valid: isValid(violations), kind: 'response', violations };
}
