import { readPolicyDocument, unreadableDocument, type DocumentName, type PolicyDocument } from './document.js';
import type { RoleViolation } from './types.js';

/** What reading a caller's value gave: the value, or what it threw. */
export type Read<T> = { readonly value: T } | { readonly error: unknown };

/** `read()`, or what it threw: a getter or a Proxy trap of the caller's value may throw. */
export function readSafely<T>(read: () => T): Read<T> {
  try {
    return { value: read() };
  } catch (error) {
    return { error };
  }
}

/** The document in slot `name` of the input, read; `undefined` for an optional document not given. */
export function documentOf(input: object, name: DocumentName, optional: false): PolicyDocument;
export function documentOf(input: object, name: DocumentName, optional: true): PolicyDocument | undefined;
export function documentOf(input: object, name: DocumentName, optional: boolean): PolicyDocument | undefined {
  const slot = readSafely(() => (input as Partial<Record<DocumentName, unknown>>)[name]);
  if ('error' in slot) return unreadableDocument(name, slot.error);
  return optional && slot.value === undefined ? undefined : readPolicyDocument(slot.value, name);
}

/** The violations without repeats (two needs may meet the same statement and make the same finding). */
export function unique(violations: readonly RoleViolation[]): RoleViolation[] {
  const seen = new Set<string>();
  return violations.filter((v) => {
    const key = `${v.code}\u0000${v.path}\u0000${v.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
