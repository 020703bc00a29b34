/**
 * Thrown by `readListObjectsV2` for a listing that is not list-objects-v2 JSON. The message is
 * `SOURCE: REASON`, with `(at or after character N)` when the problem has a place.
 */
export class ListingError extends Error {
  override readonly name = 'ListingError';

  /**
   * `source` names the listing (the `label` option); `reason` is what is wrong; `offset`, when the
   * problem has a place, counts the characters (UTF-16 code units) read before it, so that a
   * reader holding the text can turn it into a line and column.
   */
  constructor(
    readonly source: string,
    readonly reason: string,
    readonly offset?: number,
  ) {
    super(`${source}: ${reason}${offset === undefined ? '' : ` (at or after character ${String(offset)})`}`);
  }
}
