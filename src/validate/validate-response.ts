import { violation, type Violation, type WireObject } from '../rules/index.js';
import { normalise } from './normalise.js';
import { guarded, isValid, runChecks } from './run.js';
import type { ResponseValidationOptions, ValidationResult } from './types.js';

function requestWire(request: unknown): WireObject | undefined {
  if (request === undefined) return undefined;
  try {
    const normalised = normalise(request, 'auto', 'request');
    return 'wire' in normalised ? normalised.wire : undefined;
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
  const request = requestWire(options.request);
  const violations: Violation[] = guarded(
    () => {
      const normalised = normalise(value, options.shape ?? 'auto', 'response');
      if (!('wire' in normalised)) return [normalised];
      return runChecks(normalised, 'response', request === undefined ? { now: 0 } : { now: 0, request });
    },
    (reason) => violation('type-mismatch', '', `must be readable plain data (reading it threw: ${reason})`),
  );
  return { valid: isValid(violations), kind: 'response', violations };
}
