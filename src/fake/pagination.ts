/**
 * Pagination of ListImports and ListImportFailures (and of the Logs fake's two Describe operations). A NextToken is opaque to the client; inside,
 * it names the operation, the filter parameters it was issued for and the position after the
 * last item returned. A position (rather than an offset) keeps paging right while imports are
 * added or change status between pages. The fake takes back only the tokens it issued: the model's
 * InvalidNextTokenException is "a token that is not valid, or a token that was previously used in
 * a request with different parameters". A token reused with the same parameters reads from the
 * same position again (assumed: AWS documents no single use).
 */
import { MAX_RESULTS } from '../contract/operations.js';

/**
 * Assumed: the model gives MaxResults no default and the documentation states none, so a request
 * without it gets up to the model's maximum, 1000 items, per page.
 */
export const DEFAULT_MAX_RESULTS = MAX_RESULTS.maximum;

/** What a page is asked for: the operation, its filter parameters (as one string), and the page parameters. */
export interface PageRequest {
  readonly operation: string;
  readonly filter: string;
  readonly maxResults: number | undefined;
  /** The page size without `maxResults`; default DEFAULT_MAX_RESULTS. */
  readonly defaultSize?: number;
  readonly nextToken: string | undefined;
  /** For a token that expires: how long after it was issued (ms), and the fake's "now" (epoch ms), when each token is stamped. */
  readonly expiry?: { readonly lifetime: number; readonly now: number };
}

/** The tokens a fake issued, each with when (epoch ms of its clock; 0 where tokens never expire). */
export type IssuedTokens = Map<string, number>;

/** Why a page cannot be answered: a token that is not one the fake issued for these parameters, or one past its lifetime. */
export type PageRefusal = 'invalid' | 'expired';

/** One page of items, and the token of the next page when there are more. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly nextToken: string | undefined;
}

interface TokenContent {
  readonly operation: string;
  readonly filter: string;
  readonly after: number;
  /** When a token that expires was issued (epoch ms of the fake's clock): the same page asked for later is another token, so an old one still expires. */
  readonly at?: number;
}

function encode(content: TokenContent): string {
  return Buffer.from(JSON.stringify(content), 'utf8').toString('base64url');
}

function decode(token: string): TokenContent | undefined {
  try {
    const content: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (typeof content !== 'object' || content === null) return undefined;
    const { operation, filter, after } = content as Partial<Record<keyof TokenContent, unknown>>;
    if (typeof operation !== 'string' || typeof filter !== 'string' || typeof after !== 'number' || !Number.isSafeInteger(after)) return undefined;
    return { operation, filter, after };
  } catch {
    return undefined;
  }
}

/**
 * The page `request` asks for, from `items` in ascending order of `position`; `invalid` when the
 * NextToken is not one of `issued` (the tokens this fake issued, to which the next one is added)
 * or was issued for another operation or other filter parameters (the service then answers
 * InvalidNextTokenException); `expired` when it was issued `request.expiry.lifetime` or longer ago.
 */
export function pageOf<T>(items: readonly T[], position: (item: T) => number, request: PageRequest, issued: IssuedTokens): Page<T> | PageRefusal {
  let after = -1;
  const { nextToken, expiry } = request;
  if (nextToken !== undefined) {
    const issuedAt = issued.get(nextToken);
    const content = issuedAt === undefined ? undefined : decode(nextToken);
    if (issuedAt === undefined || content?.operation !== request.operation || content.filter !== request.filter) return 'invalid';
    if (expiry !== undefined && expiry.now - issuedAt >= expiry.lifetime) return 'expired';
    after = content.after;
  }
  const rest = items.filter((item) => position(item) > after);
  const size = request.maxResults ?? request.defaultSize ?? DEFAULT_MAX_RESULTS;
  const page = rest.slice(0, size);
  const last = page.at(-1);
  if (!(rest.length > size && last !== undefined)) return { items: page, nextToken: undefined };
  const content = { operation: request.operation, filter: request.filter, after: position(last) };
  const next = encode(expiry === undefined ? content : { ...content, at: expiry.now });
  issued.set(next, expiry?.now ?? 0);
  return { items: page, nextToken: next };
}
