import { memoize } from '../contract/memo.js';
import { catalogueEntry } from './catalogue.js';
import { NO_VIOLATIONS } from './context.js';
import type { Violation, ViolationCode } from './types.js';

/**
 * A violation of `code` at `path`, with the catalogue's severity, basis and exception. Frozen:
 * rules may hand the same violation to many results (see `memoizeViolations`).
 */
export function violation(code: ViolationCode, path: string, message: string): Violation {
  const { severity, basis, exception } = catalogueEntry(code);
  return Object.freeze(exception === undefined ? { code, severity, path, message, basis } : { code, severity, path, message, basis, exception });
}

/**
 * Memoises a rule's check of one string member: its violations depend on that string alone, and
 * the same strings recur across a suite. Empty results are the shared `NO_VIOLATIONS`.
 */
export function memoizeViolations(check: (text: string) => readonly Violation[]): (text: string) => readonly Violation[] {
  return memoize((text) => {
    const found = check(text);
    return found.length === 0 ? NO_VIOLATIONS : Object.freeze(found);
  });
}

/** The keys of a JSON Pointer (RFC 6901), unescaped: the inverse of `pointer`. */
export function pointerKeys(path: string): string[] {
  return path === '' ? [] : path.slice(1).split('/').map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** A JSON Pointer (RFC 6901) from path segments. */
export function pointer(...segments: readonly (string | number)[]): string {
  return segments.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}
