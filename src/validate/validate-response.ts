import { checkOptionsObject, type OptionNames } from '../contract/options.js';
import type { ValueView, Violation } from '../rules/index.js';
import { normalise, shapeOption } from './normalise.js';
import { capViolations, isValid, runResponseChecks, unreadable, ValidationClock } from './run.js';
import type { ResponseValidationOptions, ValidationResult } from './types.js';

const RESPONSE_OPTIONS = { shape: true, request: true } as const satisfies OptionNames<ResponseValidationOptions>;

function requestView(request: unknown): ValueView | undefined {
  if (request === undefined) return undefined;
  try {
    const normalised = normalise(request, 'auto', 'request');
    return 'view' in normalised ? normalised.view : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Checks a StartImport response (as mocked, or as produced by a fake) against the contract's
 * response checks; with `options.request`, also that it answers that request.
 * Takes any value; never throws and never changes its input.
 *
 * @example
 * validateStartImportResponse(output, { request: input }).violations;
 */
export function validateStartImportResponse(value: unknown, options: ResponseValidationOptions = {}): ValidationResult<'response'> {
  checkOptionsObject('validateStartImportResponse', options, RESPONSE_OPTIONS);
  const shape = shapeOption(options.shape);
  const request = requestView(options.request);
  let violations: Violation[];
  try {
    const normalised = normalise(value, shape, 'response', request);
    violations = 'view' in normalised ? capViolations(runResponseChecks(normalised, new ValidationClock(undefined)), normalised.view) : [normalised];
  } catch (error) {
    violations = [unreadable(error)];
  }
  return { valid: isValid(violations), kind: 'response', violations };
}
