import { requestKindOf, violation, type RequestKind, type Violation } from '../rules/index.js';
import { normalise } from './normalise.js';
import { guarded, isValid, runChecks } from './run.js';
import type { Clock, RequestValidationOptions, ValidationResult } from './types.js';

function nowSeconds(clock: Clock | undefined): number {
  const now = clock === undefined ? new Date() : typeof clock === 'function' ? clock() : clock;
  return now.getTime() / 1000;
}

/**
 * Checks a StartImport request against every request check of the contract.
 * Takes any value; never throws and never changes its input.
 *
 * @example
 * const result = validateStartImportRequest({ ImportId: '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b' });
 * result.valid; // true
 * result.kind; // 'retry'
 */
export function validateStartImportRequest(value: unknown, options: RequestValidationOptions = {}): ValidationResult {
  let kind: RequestKind = 'empty';
  const violations: Violation[] = guarded(
    () => {
      const normalised = normalise(value, options.shape ?? 'auto', 'request');
      if (!('wire' in normalised)) return [normalised];
      kind = requestKindOf(normalised.present);
      return runChecks(normalised, 'request', { now: nowSeconds(options.now) });
    },
    (reason) => violation('type-mismatch', '', `must be readable plain data (reading it threw: ${reason})`),
  );
  return { valid: isValid(violations), kind, violations };
}

/**
 * What a request asks for: `new` (Destinations, ImportSource, time range), `retry` (ImportId
 * alone), `ambiguous` (both) or `empty` (neither, or not a structure at all).
 */
export function classifyStartImportRequest(value: unknown): RequestKind {
  try {
    const normalised = normalise(value, 'auto', 'request');
    return 'wire' in normalised ? requestKindOf(normalised.present) : 'empty';
  } catch {
    return 'empty';
  }
}
