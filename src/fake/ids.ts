import { IMPORT_ID } from '../contract/model.js';

/** `IMPORT_ID.pattern` as a literal, which the ReDoS test can check (a test checks they agree). */
export const IMPORT_ID_PATTERN = /^[a-f0-9-]+$/;

/** Whether `value` is an import id the model allows: 36 characters of `a-f`, `0-9` and `-`. */
export function isImportId(value: unknown): value is string {
  return typeof value === 'string' && value.length >= IMPORT_ID.minLength && value.length <= IMPORT_ID.maxLength && IMPORT_ID_PATTERN.test(value);
}

/**
 * The default import ids: lowercase UUIDs numbered from 1 (`00000000-0000-4000-8000-000000000001`, …),
 * the same sequence in every fake, so tests can name them.
 */
export function sequentialImportIds(): () => string {
  let next = 0;
  return () => {
    next += 1;
    return `00000000-0000-4000-8000-${next.toString(16).padStart(12, '0')}`;
  };
}

/**
 * Wraps the `importIds` option: every id it makes must be valid for the model and new, or the
 * fake could hand out ids no client could send back. Throws a TypeError otherwise.
 */
export function checkedImportIds(make: () => string, taken: (id: string) => boolean): () => string {
  return () => {
    const id: unknown = make();
    if (!isImportId(id)) {
      throw new TypeError(`options.importIds must return import ids of 36 characters of a-f, 0-9 and - (got ${typeof id === 'string' ? `'${id}'` : String(id)})`);
    }
    if (taken(id)) throw new TypeError(`options.importIds returned '${id}' a second time: import ids must be unique`);
    return id;
  };
}
