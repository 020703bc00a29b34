import { readPolicyDocument, unreadableDocument, type DocumentName, type PolicyDocument } from './document.js';
import { clip } from '../contract/timestamps.js';
import { nearMiss } from '../rules/near-miss.js';
import { pointer } from '../rules/pointer.js';
import { roleViolation } from './catalogue.js';
import type { RoleCheckCode, RoleViolation } from './types.js';

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

/**
 * A finding under `code` for each own key of the input that is none of `members`: a misspelt
 * optional document (`kmsPolicy` for `kmsKeyPolicy`) would otherwise go unchecked, and the role pass
 * for want of it. A key that throws when listed (a Proxy's trap) is left to the readings that follow.
 */
export function unknownMembers(input: object, members: readonly string[], code: RoleCheckCode): RoleViolation[] {
  const keys = readSafely(() => Object.keys(input));
  if ('error' in keys) return [];
  return keys.value
    .filter((key) => !members.includes(key))
    .map((key) => {
      const near = nearMiss(key, members);
      const hint = near === undefined ? `the check reads ${members.join(', ')}` : `did you mean '${near}'?`;
      return roleViolation(code, pointer(key), `must not be given: '${clip(key, 40)}' is no document of the check, which it would leave unread (${hint})`);
    });
}
