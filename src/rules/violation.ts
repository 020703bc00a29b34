import { catalogueEntry } from './catalogue.js';
import type { Violation, ViolationCode } from './types.js';

/** A violation of `code` at `path`, with the catalogue's severity, basis and exception. */
export function violation(code: ViolationCode, path: string, message: string): Violation {
  const { severity, basis, exception } = catalogueEntry(code);
  return exception === undefined ? { code, severity, path, message, basis } : { code, severity, path, message, basis, exception };
}

/** A JSON Pointer (RFC 6901) from path segments. */
export function pointer(...segments: readonly (string | number)[]): string {
  return segments.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}
