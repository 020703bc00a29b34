import { partitionOfRegion } from './partitions.js';

/** The parts of an `s3://BUCKET[/PREFIX]` URI. */
export interface S3Location {
  readonly bucket: string;
  /** Everything after `BUCKET/`; `''` when there is none. */
  readonly prefix: string;
}

function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/** Reads `s3://BUCKET[/PREFIX]`; `undefined` for anything else (an https URL, an S3 ARN, an empty bucket). */
export function parseS3LocationUri(uri: string): S3Location | undefined {
  if (!uri.startsWith('s3://') || hasControlCharacter(uri)) return undefined;
  const rest = uri.slice('s3://'.length);
  const slash = rest.indexOf('/');
  const bucket = slash < 0 ? rest : rest.slice(0, slash);
  if (bucket === '') return undefined;
  return { bucket, prefix: slash < 0 ? '' : rest.slice(slash + 1) };
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
const ALNUM = /^[A-Za-z0-9]$/;

/** The first rule `name` breaks among those shared by today's and the legacy us-east-1 rules. */
function sharedRuleBroken(name: string): string | undefined {
  if (!ALNUM.test(name.charAt(0)) || !ALNUM.test(name.charAt(name.length - 1))) {
    return 'must start and end with a letter or digit';
  }
  if (name.includes('..')) return 'must not contain two adjacent periods';
  if (IPV4.test(name)) return 'must not be formatted as an IP address';
  const lower = name.toLowerCase();
  const prefix = RESERVED_PREFIXES.find((p) => lower.startsWith(p));
  if (prefix !== undefined) return `must not start with the reserved prefix '${prefix}'`;
  const suffix = RESERVED_SUFFIXES.find((s) => lower.endsWith(s));
  if (suffix !== undefined) return `must not end with the reserved suffix '${suffix}'`;
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
  if (!/^[A-Za-z0-9._-]*$/.test(name)) return { verdict: 'invalid', reason: 'must contain only a-z, 0-9, "." and "-"' };
  if (name.length < 3) return { verdict: 'invalid', reason: 'must be at least 3 characters long' };
  if (name.length > 255) return { verdict: 'invalid', reason: 'must be at most 63 characters long' };
  const broken = sharedRuleBroken(name);
  if (broken !== undefined) return { verdict: 'invalid', reason: broken };
  if (/[A-Z]/.test(name)) return { verdict: 'legacy', reason: 'contains uppercase letters' };
  if (name.includes('_')) return { verdict: 'legacy', reason: 'contains "_"' };
  if (name.length > 63) return { verdict: 'legacy', reason: 'is longer than 63 characters' };
  return { verdict: 'valid' };
}

const ACCOUNT_ID = /^\d{12}$/;
const ORGANIZATION_ID = /^o-[a-z0-9]{10,32}$/;

/** Where the `/`-separated segment starting at `start` ends: the next `/`, or the end of `text`. */
function segmentEnd(text: string, start: number): number {
  const slash = text.indexOf('/', start);
  return slash < 0 ? text.length : slash;
}

/** Where the first segment `AWSLogs` of `prefix` starts, or -1. */
function awsLogsAt(prefix: string): number {
  for (let from = 0; ; ) {
    const at = prefix.indexOf('AWSLogs', from);
    if (at < 0) return -1;
    if ((at === 0 || prefix.charCodeAt(at - 1) === 47) && (at + 7 === prefix.length || prefix.charCodeAt(at + 7) === 47)) return at;
    from = at + 1;
  }
}

/**
 * Whether a prefix points into a sibling of `CloudTrail/` under `AWSLogs/[ORG/]ACCOUNT/` (such as
 * `CloudTrail-Digest/` or another service's folder), where no trail log would be found.
 * Returns the sibling's name, or `undefined` when the prefix may select CloudTrail logs.
 */
export function cloudTrailSiblingOf(prefix: string): string | undefined {
  // Segment by segment with searches, not a split and an array: about a third of the time on the
  // prefixes of bench/unseen.bench.ts's pool (paired CPU rounds, against the split).
  const logs = awsLogsAt(prefix);
  if (logs < 0 || logs + 7 === prefix.length) return undefined;
  let start = logs + 8;
  let end = segmentEnd(prefix, start);
  let segment = prefix.slice(start, end);
  if (ORGANIZATION_ID.test(segment)) {
    if (end === prefix.length) return undefined;
    start = end + 1;
    end = segmentEnd(prefix, start);
    segment = prefix.slice(start, end);
  }
  if (!ACCOUNT_ID.test(segment) || end === prefix.length) return undefined;
  start = end + 1;
  end = segmentEnd(prefix, start);
  const service = prefix.slice(start, end);
  // A last segment without its slash is a partial name: `Cloud` may still reach `CloudTrail/`.
  const complete = end < prefix.length;
  if (service === 'CloudTrail' || (!complete && 'CloudTrail'.startsWith(service))) return undefined;
  return service;
}

/** What the S3 rules need to know of an `S3LocationUri`, read once. */
export interface S3LocationFacts {
  readonly location: S3Location;
  readonly bucketName: BucketNameVerdict;
  /** The sibling of `CloudTrail/` the prefix points into, if any (see `cloudTrailSiblingOf`). */
  readonly sibling: string | undefined;
}

/** Reads an `S3LocationUri` and judges its bucket name and prefix; `undefined` when it is not `s3://BUCKET[/PREFIX]`. */
export function readS3Location(uri: string): S3LocationFacts | undefined {
  const location = parseS3LocationUri(uri);
  if (location === undefined) return undefined;
  return { location, bucketName: checkBucketName(location.bucket), sibling: cloudTrailSiblingOf(location.prefix) };
}
