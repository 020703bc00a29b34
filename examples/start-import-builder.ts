/**
 * A realistic StartImport builder, as an application would write one: it turns an import plan
 * (where the logs are, where they go, which time range) into the input of `StartImportCommand`.
 * `start-import-builder.test.ts` beside it proves, with property tests, that every plan it
 * accepts becomes a request the StartImport contract accepts.
 */
import type { StartImportCommandInput } from '@aws-sdk/client-cloudtrail';

/** What to import: CloudTrail logs under `s3://bucket/prefix` into an event data store. */
export interface ImportPlan {
  /** The event data store to import into: `arn:PARTITION:cloudtrail:REGION:ACCOUNT:eventdatastore/ID`. */
  readonly eventDataStoreArn: string;
  readonly bucket: string;
  /** The key prefix of the logs, with or without slashes around it (`AWSLogs/111122223333/CloudTrail/`); empty for the whole bucket. */
  readonly prefix: string;
  /** The bucket's Region. */
  readonly region: string;
  /** The role CloudTrail assumes to read the bucket. */
  readonly roleArn: string;
  /** The time range of events to import: both bounds, or neither for everything. */
  readonly from?: Date;
  readonly to?: Date;
}

/** `s3://bucket/prefix/`: one slash between the parts whatever the plan wrote, and a trailing one so the prefix names a folder. */
function locationUri(bucket: string, prefix: string): string {
  const folder = prefix.replace(/^\/+|\/+$/g, '');
  return folder === '' ? `s3://${bucket}` : `s3://${bucket}/${folder}/`;
}

/**
 * The StartImport input of a plan.
 *
 * @throws RangeError when only one bound is given, or `from` is after `to`.
 */
export function buildStartImport(plan: ImportPlan): StartImportCommandInput {
  const { from, to } = plan;
  if ((from === undefined) !== (to === undefined)) throw new RangeError('give both from and to, or neither');
  if (from !== undefined && to !== undefined && from > to) throw new RangeError(`from (${from.toISOString()}) is after to (${to.toISOString()})`);
  return {
    Destinations: [plan.eventDataStoreArn],
    ImportSource: {
      S3: { S3LocationUri: locationUri(plan.bucket, plan.prefix), S3BucketRegion: plan.region, S3BucketAccessRoleArn: plan.roleArn },
    },
    // Dates, not ISO strings: the SDK sends a string as-is, and the service cannot parse it.
    ...(from === undefined || to === undefined ? {} : { StartEventTime: from, EndEventTime: to }),
  };
}
