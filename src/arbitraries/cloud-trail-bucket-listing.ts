import fc from 'fast-check';
import type { ListedObject } from '../plan/index.js';
import { cloudTrailLogKey } from './cloud-trail-log-key.js';
import { checkConstraints, ACCOUNT_ID, COUNT, DATE, REGIONS, type ConstraintTakes } from './_internals/constraints.js';

/** Constraints of `cloudTrailBucketListing`. */
export interface CloudTrailBucketListingConstraints {
  /** The account whose trail wrote the bucket. Default `111122223333`. */
  readonly accountId?: string | undefined;
  /** The Regions of the trail's logs. Default us-east-1 and eu-west-1. */
  readonly regions?: readonly string[] | undefined;
  /** The earliest log file. Default 2024-01-01. */
  readonly min?: Date | undefined;
  /** The latest log file. Default 2024-01-08: a week, so that ranges select some and skip some. */
  readonly max?: Date | undefined;
  /** The most objects. Default 40. */
  readonly maxLength?: number | undefined;
}

const CLOUD_TRAIL_BUCKET_LISTING_TAKES = { accountId: ACCOUNT_ID, regions: REGIONS, min: DATE, max: DATE, maxLength: COUNT } as const satisfies ConstraintTakes<CloudTrailBucketListingConstraints>;

const STORAGE_CLASSES = ['STANDARD', 'STANDARD_IA', 'INTELLIGENT_TIERING', 'GLACIER_IR', 'GLACIER', 'DEEP_ARCHIVE'] as const;
const SIBLINGS = ['CloudTrail-Digest', 'CloudTrail-Insight', 'Config'] as const;
const pad = (n: number): string => String(n).padStart(2, '0');

/** A sibling tree's key (`CloudTrail-Digest`, an Insights file, another service), dated like a log. */
function siblingKey(account: string, region: string, date: Date, tree: (typeof SIBLINGS)[number]): string {
  const [y, m, d] = [String(date.getUTCFullYear()), pad(date.getUTCMonth() + 1), pad(date.getUTCDate())];
  const stamp = `${y}${m}${d}T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}`;
  const name =
    tree === 'CloudTrail-Digest' ? `${account}_CloudTrail-Digest_${region}_trail_${region}_${stamp}00Z.json.gz` : `${account}_${tree}_${region}_${stamp}Z_x1Y2z3.json.gz`;
  return `AWSLogs/${account}/${tree}/${region}/${y}/${m}/${d}/${name}`;
}

/**
 * The `Contents` of `aws s3api list-objects-v2` over a realistic CloudTrail bucket: mostly trail log
 * files (`cloudTrailLogKey`) of one account in a few Regions over a week, mixed with digest and
 * Insights files, another service's logs, another account's logs, folder markers, stray `.json`
 * files and keys outside `AWSLogs/`, each with a `Key`, most with a storage class (Glacier ones among
 * them) and a size; either may be left out, as in a listing trimmed by `--query`.
 * For property tests of `planImport`.
 *
 * @example
 * fc.sample(cloudTrailBucketListing({ maxLength: 2 }), 1);
 * // e.g. [[{ Key: 'AWSLogs/111122223333/CloudTrail/us-east-1/2024/01/03/111122223333_CloudTrail_us-east-1_20240103T0915Z_k2J3….json.gz', Size: 18211, StorageClass: 'GLACIER' }, { Key: 'README.txt', Size: 120, StorageClass: 'STANDARD' }]]
 *
 * @remarks Since 0.1.0
 */
export function cloudTrailBucketListing(constraints: CloudTrailBucketListingConstraints = {}): fc.Arbitrary<ListedObject[]> {
  checkConstraints('cloudTrailBucketListing', constraints, CLOUD_TRAIL_BUCKET_LISTING_TAKES);
  if (constraints.regions?.length === 0) throw new TypeError('cloudTrailBucketListing: constraints.regions must name at least one Region (got an empty list)');
  const min = constraints.min ?? new Date('2024-01-01T00:00:00Z');
  const max = constraints.max ?? new Date('2024-01-08T23:59:59Z');
  if (min.getTime() > max.getTime()) {
    // Either may be the default: the message names both as they stand.
    throw new TypeError(`cloudTrailBucketListing: constraints.min must not be after constraints.max (min ${min.toISOString()}, max ${max.toISOString()}${constraints.min === undefined || constraints.max === undefined ? '; the one not given is its default' : ''})`);
  }
  const account = constraints.accountId ?? '111122223333';
  const region = fc.constantFrom(...(constraints.regions ?? ['us-east-1', 'eu-west-1']));
  const date = fc.date({ min, max, noInvalidDate: true });
  const log = (accountId: string): fc.Arbitrary<string> => fc.tuple(region, date).chain(([r, d]) => cloudTrailLogKey({ accountId, region: r, date: d }));
  const key = fc.oneof(
    { weight: 12, arbitrary: log(account) },
    { weight: 1, arbitrary: log('444455556666') },
    { weight: 1, arbitrary: fc.tuple(region, date, fc.constantFrom(...SIBLINGS)).map(([r, d, tree]) => siblingKey(account, r, d, tree)) },
    { weight: 1, arbitrary: log(account).map((k) => k.replace(/\.gz$/, '')) },
    { weight: 1, arbitrary: region.map((r) => `AWSLogs/${account}/CloudTrail/${r}/`) },
    { weight: 1, arbitrary: fc.constantFrom('README.txt', 'exports/2024-01.csv', `AWSLogs/${account}/CloudTrail/us-east-1/misc/notes.json.gz`) },
  );
  const object = fc.record(
    { Key: key, Size: fc.integer({ min: 0, max: 50_000_000 }), StorageClass: fc.constantFrom(...STORAGE_CLASSES) },
    { requiredKeys: ['Key'] },
  );
  return fc.array(object, { maxLength: constraints.maxLength ?? 40 });
}
