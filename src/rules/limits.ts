/**
 * The limits the validators set, so that a hostile or mistaken document costs time linear in its
 * size and its report stays readable. The README's "Limits" section names each.
 */

/**
 * At most this many violations are reported for one document. Past it, the report ends with one
 * `violations-truncated` violation saying how many more were found and not reported.
 */
export const MAX_VIOLATIONS_PER_DOCUMENT = 100;

/**
 * Items of `Destinations` checked one by one. The model allows exactly one: a longer list is
 * `destinations-count` already, and its items past this many are not read at all (a sparse array
 * of length 1e9 costs no more than one of length 100); `violations-truncated` says so.
 */
export const MAX_LIST_ITEMS_CHECKED = MAX_VIOLATIONS_PER_DOCUMENT;

/** How many items of `list` are checked (see `MAX_LIST_ITEMS_CHECKED`). */
export function checkedLength(list: readonly unknown[]): number {
  return list.length > MAX_LIST_ITEMS_CHECKED ? MAX_LIST_ITEMS_CHECKED : list.length;
}

/**
 * How many spreads of known objects the ESLint plugin follows when it evaluates one request (and
 * no deeper than 16 levels): past it a spread is read as unknown, the object open, and nothing it
 * may hold is reported. Each spread is evaluated afresh, so constants each spreading the one before
 * twice would double the work with every line.
 */
export const MAX_SPREADS_FOLLOWED = 256;
