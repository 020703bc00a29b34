import { partitionOfRegion } from './partitions.js';

/** The parts of an `s3://BUCKET[/PREFIX]` URI. */
export interface S3Location {
  readonly bucket: string;
  /** Everything after `BUCKET/`; `''` when there is none. */
  readonly prefix: string;
}

// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const CONTROL_CHARACTER = /[\x00-\x1f\x7f]/;

/** S3's limit on an object key: at most 1,024 bytes of UTF-8. A longer prefix names no object. */
export const S3_KEY_MAX_BYTES = 1024;

/** Reads `s3://BUCKET[/PREFIX]`; `undefined` for anything else (an https URL, an S3 ARN, an empty bucket). */
export function parseS3LocationUri(uri: string): S3Location | undefined {
  if (!uri.startsWith('s3://') || CONTROL_CHARACTER.test(uri)) return undefined;
  const location = splitS3LocationUri(uri);
  return location.bucket === '' ? undefined : location;
}

/** The bucket and prefix of an `s3://` URI. */
function splitS3LocationUri(uri: string): S3Location {
  const slash = uri.indexOf('/', 's3://'.length);
  return slash < 0 ? { bucket: uri.slice('s3://'.length), prefix: '' } : { bucket: uri.slice('s3://'.length, slash), prefix: uri.slice(slash + 1) };
}

/** How a bucket name fares against the S3 naming rules. */
export type BucketNameVerdict =
  | { readonly verdict: 'valid' }
  | { readonly verdict: 'legacy'; readonly reason: string }
  | { readonly verdict: 'invalid'; readonly reason: string };

/** Prefixes S3 reserves: no bucket name may start with one. */
export const RESERVED_PREFIXES: readonly string[] = ['xn--', 'sthree-', 'amzn-s3-demo-'];
// The S3 user guide also reserves `--table-s3` (S3 Tables) which older lists of the rules lack.
/** Suffixes S3 reserves: no bucket name may end with one. */
export const RESERVED_SUFFIXES: readonly string[] = ['-s3alias', '--ol-s3', '.mrap', '--x-s3', '--table-s3'];
/**
 * The suffix S3 reserves for buckets in an account's regional namespace: a name may end with it
 * only as `PREFIX-ACCOUNT-REGION-an` (12-digit account id, a Region code), e.g.
 * `logs-111122223333-us-west-2-an`.
 */
export const ACCOUNT_REGIONAL_SUFFIX = '-an';
const ACCOUNT_ID_TOKEN = /^\d{12}$/;

/** Whether a name ending with `-an` is an account regional namespace name: a prefix, a 12-digit account id, a Region code. */
function isAccountRegionalName(lower: string): boolean {
  const tokens = lower.slice(0, -ACCOUNT_REGIONAL_SUFFIX.length).split('-');
  // The prefix may hold hyphens and the Region does: try each 12-digit token as the account id.
  return tokens.some((token, i) => i > 0 && ACCOUNT_ID_TOKEN.test(token) && partitionOfRegion(tokens.slice(i + 1).join('-')) !== undefined);
}
const IPV4 = /^\d+\.\d+\.\d+\.\d+$/;
// Today's rules of length and characters, and a letter or digit at each end, in one test.
const LOWERCASE_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const VALID: BucketNameVerdict = Object.freeze({ verdict: 'valid' });

function isLetterOrDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** The first rule `name` (`lower`, lower-cased) breaks among those shared by today's and the legacy us-east-1 rules. */
function sharedRuleBroken(name: string, lower: string): string | undefined {
  if (!isLetterOrDigit(name.charCodeAt(0)) || !isLetterOrDigit(name.charCodeAt(name.length - 1))) {
    return 'must start and end with a letter or digit';
  }
  if (name.includes('..')) return 'must not contain two adjacent periods';
  if (IPV4.test(name)) return 'must not be formatted as an IP address';
  for (const prefix of RESERVED_PREFIXES) if (lower.startsWith(prefix)) return `must not start with the reserved prefix '${prefix}'`;
  for (const suffix of RESERVED_SUFFIXES) if (lower.endsWith(suffix)) return `must not end with the reserved suffix '${suffix}'`;
  if (lower.endsWith(ACCOUNT_REGIONAL_SUFFIX) && !isAccountRegionalName(lower)) {
    return `must not end with the suffix '${ACCOUNT_REGIONAL_SUFFIX}', reserved for account regional namespace names (PREFIX-ACCOUNT-REGION-an)`;
  }
  return undefined;
}

/**
 * Checks a bucket name against the S3 naming rules: 3–63 characters of `a-z 0-9 . -`, starting and
 * ending with a letter or digit, no `..`, not an IPv4 address, no reserved prefix or suffix, and
 * `-an` at the end only on an account regional namespace name (`PREFIX-ACCOUNT-REGION-an`).
 * A name that breaks them only by uppercase letters, `_` or a length of 64–255 is `legacy`: legal
 * for us-east-1 buckets created before 2018-03-01.
 */
export function checkBucketName(name: string): BucketNameVerdict {
  // A name of today's characters, length and ends needs only the shared rules read (same order, same verdict).
  if (LOWERCASE_NAME.test(name)) {
    const broken = sharedRuleBroken(name, name);
    return broken === undefined ? VALID : { verdict: 'invalid', reason: broken };
  }
  if (!/^[A-Za-z0-9._-]*$/.test(name)) return { verdict: 'invalid', reason: 'must contain only a-z, 0-9, "." and "-"' };
  if (name.length < 3) return { verdict: 'invalid', reason: 'must be at least 3 characters long' };
  if (name.length > 255) return { verdict: 'invalid', reason: 'must be at most 63 characters long' };
  const broken = sharedRuleBroken(name, name.toLowerCase());
  if (broken !== undefined) return { verdict: 'invalid', reason: broken };
  if (/[A-Z]/.test(name)) return { verdict: 'legacy', reason: 'contains uppercase letters' };
  if (name.includes('_')) return { verdict: 'legacy', reason: 'contains "_"' };
  if (name.length > 63) return { verdict: 'legacy', reason: 'is longer than 63 characters' };
  return VALID;
}

/** An AWS Organizations id, as an organization trail writes it in its keys (`o-` then 10 to 32 of a-z 0-9). */
export const ORGANIZATION_ID = /^o-[a-z0-9]{10,32}$/;

/** Where the `/`-separated segment starting at `start` ends: the next `/`, or the end of `text`. */
function segmentEnd(text: string, start: number): number {
  const slash = text.indexOf('/', start);
  return slash < 0 ? text.length : slash;
}

/** Where the first segment `AWSLogs` of the prefix starting at `begin` of `text` starts, or -1. */
function awsLogsAt(text: string, begin: number): number {
  for (let from = begin; ; ) {
    const at = text.indexOf('AWSLogs', from);
    if (at < 0) return -1;
    if ((at === begin || text.charCodeAt(at - 1) === 47) && (at + 7 === text.length || text.charCodeAt(at + 7) === 47)) return at;
    from = at + 1;
  }
}

/**
 * Whether a prefix points into a sibling of `CloudTrail/` under `AWSLogs/[ORG/]ACCOUNT/` (such as
 * `CloudTrail-Digest/` or another service's folder), where no trail log would be found.
 * Returns the sibling's name, or `undefined` when the prefix may select CloudTrail logs.
 */
export function cloudTrailSiblingOf(prefix: string): string | undefined {
  return siblingFrom(prefix, 0);
}

/** `cloudTrailSiblingOf` of the prefix starting at `begin` of `text`: a URI's, read in place (no slice). */
function siblingFrom(text: string, begin: number): string | undefined {
  // Segment by segment with searches, not a split and an array: about a third of the time on the
  // textes of bench/unseen.bench.ts's pool (paired CPU rounds, against the split). A segment is
  // sliced only when it is returned or tested as an organization id.
  const logs = awsLogsAt(text, begin);
  if (logs < 0 || logs + 7 === text.length) return undefined;
  let start = logs + 8;
  let end = segmentEnd(text, start);
  if (text.startsWith('o-', start) && ORGANIZATION_ID.test(text.slice(start, end))) {
    if (end === text.length) return undefined;
    start = end + 1;
    end = segmentEnd(text, start);
  }
  if (!isAccountIdAt(text, start, end) || end === text.length) return undefined;
  start = end + 1;
  end = segmentEnd(text, start);
  // A last segment without its slash is a partial name: `Cloud` may still reach `CloudTrail/`.
  const complete = end < text.length;
  if (complete ? end - start === 10 && text.startsWith('CloudTrail', start) : 'CloudTrail'.startsWith(text.slice(start, end))) return undefined;
  return text.slice(start, end);
}

/** Whether `text` from `start` to `end` is a 12-digit account id. */
function isAccountIdAt(text: string, start: number, end: number): boolean {
  if (end - start !== 12) return false;
  for (let i = start; i < end; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/**
 * The form of nearly every real location, in one test: `s3://`, a bucket name that meets every one
 * of today's rules (3–63 characters of a-z 0-9 . -, a letter or digit at each end, no `..`, not an
 * IPv4 address, none of `RESERVED_PREFIXES` or `RESERVED_SUFFIXES`, no `-an` ending), and a prefix
 * without control characters. A URI that fails it is read rule by rule (`parseS3LocationUri`,
 * `checkBucketName`), which gives the same verdict for one that passes (test/contract/common-forms.test.ts
 * holds the two equal): on requests never seen before (bench/unseen.bench.ts) one look at the URI's
 * characters instead of a dozen. A period is refused where another follows it as the name is read,
 * not by a lookahead that reads the name again to its end: about a sixth off the test on the
 * locations of bench/unseen-pool.ts (paired CPU rounds, both orders).
 */
// eslint-disable-next-line no-control-regex -- a prefix has no control characters
const COMMON_URI = /^s3:\/\/(?!xn--|sthree-|amzn-s3-demo-|\d+\.\d+\.\d+\.\d+(?:\/|$))[a-z0-9](?:[a-z0-9-]|\.(?!\.)){1,61}[a-z0-9](?<!-s3alias|--ol-s3|\.mrap|--x-s3|--table-s3|-an)(?:\/[^\x00-\x1f\x7f]*)?$/;

/** What the S3 rules need to know of an `S3LocationUri`, read once. */
export interface S3LocationFacts {
  readonly location: S3Location;
  readonly bucketName: BucketNameVerdict;
  /** The sibling of `CloudTrail/` the prefix points into, if any (see `cloudTrailSiblingOf`). */
  readonly sibling: string | undefined;
}

/** Reads an `S3LocationUri` and judges its bucket name and prefix; `undefined` when it is not `s3://BUCKET[/PREFIX]`. */
export function readS3Location(uri: string): S3LocationFacts | undefined {
  if (COMMON_URI.test(uri)) {
    const location = splitS3LocationUri(uri);
    return { location, bucketName: VALID, sibling: cloudTrailSiblingOf(location.prefix) };
  }
  const location = parseS3LocationUri(uri);
  if (location === undefined) return undefined;
  return { location, bucketName: checkBucketName(location.bucket), sibling: cloudTrailSiblingOf(location.prefix) };
}

/**
 * Whether `readS3Location` finds nothing to report in an `S3LocationUri`: the common form, its
 * prefix pointing into no sibling of `CloudTrail/`. `false` says only "read it in full". The
 * common request's one reading (`readCommonRequest`).
 */
export function isCommonS3Location(uri: string): boolean {
  if (!COMMON_URI.test(uri)) return false;
  const slash = uri.indexOf('/', 's3://'.length);
  return slash < 0 || siblingFrom(uri, slash + 1) === undefined;
}
