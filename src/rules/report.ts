import type { Check } from '../core/check.js';
import type { ValueView } from './context.js';
import { NO_VIOLATIONS } from './no-violations.js';
import type { CatalogueEntry, Violation } from './types.js';

/** A check of a StartImport request or response: it reads the value's view (see `ValueView`). */
export type StartImportCheck = Check<ValueView>;

/** The operations StartImport's checks serve. */
export const START_IMPORT: readonly ['StartImport'] = ['StartImport'];

/**
 * A violation of a check's own catalogue row at `path`: the row gives its code, severity, basis and
 * exception. A new object, owned by the one result it goes to (see `shared` for constant ones).
 */
export function violationOf(row: CatalogueEntry, path: string, message: string): Violation {
  const { code, severity, basis, exception } = row;
  return exception === undefined ? { code, severity, path, message, basis } : { code, severity, path, message, basis, exception };
}

/** Freezes violations that many results will hold (constant findings), and their list. */
export function shared(violations: readonly Violation[]): readonly Violation[] {
  if (violations.length === 0) return NO_VIOLATIONS;
  for (const item of violations) Object.freeze(item);
  return Object.freeze(violations);
}
