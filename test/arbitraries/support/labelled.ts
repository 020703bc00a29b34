/** Checks of labelled invalid requests against the validator, shared by the arbitrary's tests. */
import { inspect } from 'node:util';
import type { Shape } from '../../../src/contract/timestamps.js';
import { catalogueEntry, ruleCatalogue, type ViolationCode } from '../../../src/rules/index.js';
import { validateStartImportRequest } from '../../../src/validate/index.js';

export const SHAPES: readonly Shape[] = ['sdk', 'wire', 'cli'];

/** A fixed "now", after the valid arbitraries' latest time bound (2025-01-01). */
export const NOW = new Date('2026-11-24T00:00:00Z');

/** The catalogue's request codes, all and those of severity error. */
export const REQUEST_CODES: readonly ViolationCode[] = ruleCatalogue.filter((e) => e.subjects.includes('request')).map((e) => e.code);
export const REQUEST_ERROR_CODES: readonly ViolationCode[] = ruleCatalogue.filter((e) => e.subjects.includes('request') && e.severity === 'error').map((e) => e.code);

export interface Labelled {
  readonly request: unknown;
  readonly expected: ViolationCode;
  readonly also: readonly ViolationCode[];
}

const sorted = (codes: Iterable<string>): string => [...new Set(codes)].sort().join(', ');

/**
 * Why the validator does not report exactly the label of `value`, or `undefined` when it does:
 * `expected` with its catalogue severity, and as errors `expected` and `also` alone (warnings
 * beside them are allowed).
 */
export function labelMismatch(value: Labelled, shape: Shape, now: Date): string | undefined {
  const { violations } = validateStartImportRequest(value.request, { shape, now });
  const { severity } = catalogueEntry(value.expected);
  const errors = sorted(violations.filter((v) => v.severity === 'error').map((v) => v.code));
  const wanted = sorted(severity === 'error' ? [value.expected, ...value.also] : value.also);
  if (violations.some((v) => v.code === value.expected && v.severity === severity) && errors === wanted) return undefined;
  const got = violations.map((v) => `${v.severity} ${v.code} ${v.path}`).join('; ');
  return `labelled ${severity} ${value.expected} (errors: ${wanted}), validator reports [${got}] for ${inspect(value.request, { depth: 5 })}`;
}

/** A 32-bit FNV-1a hash of a value's JSON: a property that fails on half the values, whatever their shape. */
export function hashOf(value: unknown): number {
  // Wrapped in a list: JSON.stringify(undefined) is no string.
  const text = JSON.stringify([value]);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}
