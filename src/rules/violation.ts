import { memoize } from '../contract/memo.js';
import { catalogueEntry } from './catalogue.js';
import { NO_VIOLATIONS } from './no-violations.js';
import type { Violation, ViolationCode } from './types.js';

/**
 * A violation of `code` at `path`, with the catalogue's severity, basis and exception. A new
 * object, owned by the one result it goes to; one handed to many results is frozen first (`shared`).
 */
export function violation(code: ViolationCode, path: string, message: string): Violation {
  const { severity, basis, exception } = catalogueEntry(code);
  return exception === undefined ? { code, severity, path, message, basis } : { code, severity, path, message, basis, exception };
}

/** Freezes violations that many results will hold (memoised or constant), and their list. */
export function shared(violations: readonly Violation[]): readonly Violation[] {
  if (violations.length === 0) return NO_VIOLATIONS;
  for (const item of violations) Object.freeze(item);
  return Object.freeze(violations);
}

/**
 * Memoises a rule's check of one string member: its violations depend on that string alone, and
 * the same strings recur across a suite. Empty results are the shared `NO_VIOLATIONS`.
 */
export function memoizeViolations(check: (text: string) => readonly Violation[]): (text: string) => readonly Violation[] {
  return memoize((text) => shared(check(text)));
}

/** The keys of a JSON Pointer (RFC 6901), unescaped: the inverse of `pointer`. */
export function pointerKeys(path: string): string[] {
  if (path === '') return [];
  const keys = path.slice(1).split('/');
  return path.includes('~') ? keys.map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~')) : keys;
}

/** A JSON Pointer (RFC 6901) from path segments. */
export function pointer(...segments: readonly (string | number)[]): string {
  let out = '';
  for (const segment of segments) {
    const text = String(segment);
    // Most keys need no escape: skip the two replacements for them.
    out += text.includes('~') || text.includes('/') ? `/${text.replace(/~/g, '~0').replace(/\//g, '~1')}` : `/${text}`;
  }
  return out;
}
