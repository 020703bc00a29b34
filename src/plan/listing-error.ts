/** Thrown by `readListObjectsV2` for a listing that is not list-objects-v2 JSON; the message names the source. */
export class ListingError extends Error {
  override readonly name = 'ListingError';
}
