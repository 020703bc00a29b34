import { catalogueEntry } from './catalogue.js';
import { violationOf } from './report.js';
import type { Violation, ViolationCode } from './types.js';

export { pointer, pointerKeys } from './pointer.js';
export { shared, violationOf } from './report.js';

/**
 * A violation of `code` at `path`, with the catalogue's severity, basis and exception. A new
 * object, owned by the one result it goes to; one handed to many results is frozen first (`shared`).
 */
export function violation(code: ViolationCode, path: string, message: string): Violation {
  return violationOf(catalogueEntry(code), path, message);
}
