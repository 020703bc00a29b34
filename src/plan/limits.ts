// A module of its own, importing nothing: the plan subpath's declarations of it need no Node types.
/**
 * The longest `Contents` item or string of a listing, in bytes: no list-objects-v2 page holds one
 * near it (a key is at most 1,024 bytes), and a value cut across chunks is scanned again from its
 * start as each chunk arrives, so a longer one (a corrupt or hostile listing) would cost time
 * growing with its square.
 */
export const MAX_LISTING_VALUE_BYTES = 1_048_576;
