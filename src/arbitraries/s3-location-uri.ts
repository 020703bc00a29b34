import fc from 'fast-check';
import { accountId as anyAccountId } from './account-id.js';
import { awsRegion } from './aws-region.js';
import { composeLocationUri, locationParts, type S3Layout } from './_internals/location-parts.js';
import { s3BucketName } from './s3-bucket-name.js';
import { checkConstraints, ACCOUNT_ID, BUCKET_NAME, LAYOUT, REGION, type ConstraintTakes } from './_internals/constraints.js';

export type { S3Layout } from './_internals/location-parts.js';

/** Constraints of `s3LocationUri`. */
export interface S3LocationUriConstraints {
  /** Default: any bucket name (see `s3BucketName`). */
  readonly bucket?: string | undefined;
  /**
   * `cloudtrail`: `AWSLogs/ACCOUNT/CloudTrail/…` (after an optional custom prefix);
   * `organization`: `AWSLogs/o-ORGID/ACCOUNT/CloudTrail/…`; `custom`: a prefix outside AWSLogs, or
   * none. Default: any of them.
   */
  readonly layout?: S3Layout | undefined;
  /** The account in `AWSLogs/ACCOUNT/`. Default: any. */
  readonly accountId?: string | undefined;
  /** The Region folder under `CloudTrail/`, when the prefix goes that deep. Default: any. */
  readonly region?: string | undefined;
}

const S3_LOCATION_URI_TAKES = { bucket: BUCKET_NAME, layout: LAYOUT, accountId: ACCOUNT_ID, region: REGION } as const satisfies ConstraintTakes<S3LocationUriConstraints>;

/**
 * An `s3://BUCKET[/PREFIX]` URI whose prefix can hold CloudTrail logs: the standard trail layout,
 * an organization trail's, or a custom prefix.
 *
 * @example
 * fc.sample(s3LocationUri({ layout: 'organization', accountId: '111122223333' }), 1);
 * // e.g. ['s3://org-logs/AWSLogs/o-a1b2c3d4e5/111122223333/CloudTrail/eu-west-1/']
 *
 * @remarks Since 0.1.0
 */
export function s3LocationUri(constraints: S3LocationUriConstraints = {}): fc.Arbitrary<string> {
  checkConstraints('s3LocationUri', constraints, S3_LOCATION_URI_TAKES);
  return fc
    .record({
      bucket: constraints.bucket === undefined ? s3BucketName() : fc.constant(constraints.bucket),
      account: constraints.accountId === undefined ? anyAccountId() : fc.constant(constraints.accountId),
      region: constraints.region === undefined ? awsRegion() : fc.constant(constraints.region),
      parts: locationParts(constraints.layout),
    })
    .map(({ bucket, account, region, parts }) => composeLocationUri(bucket, parts, account, region));
}
