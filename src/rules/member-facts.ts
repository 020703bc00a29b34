import { parseRoleArn } from '../contract/arn.js';
import { readDestination } from '../contract/event-data-store.js';
import { memoize } from '../contract/memo.js';
import { EVENT_DATA_STORE_ARN_SHAPE, IMPORT_ID_SHAPE, isImportIdPlaceholder, meetsStringShape } from '../contract/model.js';
import { isKnownPartition, partitionOfRegion, type PartitionId } from '../contract/partitions.js';
import { readS3Location } from '../contract/s3.js';
import { clip } from '../contract/timestamps.js';
import { NO_VIOLATIONS } from './no-violations.js';
import type { Violation } from './types.js';
import { shared, violation } from './violation.js';

/**
 * What the checks need of one string member, worked out once per distinct string: suites repeat
 * their destinations, roles, buckets and Regions, so a request costs one lookup per member
 * instead of one per rule that reads it.
 */
export interface MemberFacts {
  /** The member's own rule's violations, at the member's path (frozen, shared). */
  readonly violations: readonly Violation[];
  /** The partition the member places the request in, when it has a known one. */
  readonly partition: PartitionId | undefined;
  /** Whether the string meets its schema shape (length, pattern); true where the schema asks only for a string. */
  readonly conforms: boolean;
}

type Check = (text: string) => readonly Violation[];

function facts(violations: readonly Violation[], partition: PartitionId | undefined, conforms: boolean): MemberFacts {
  return Object.freeze({ violations: shared(violations), partition, conforms });
}

/** The checks of an event data store named at `path`: an ARN or ID, in a Region of its partition. */
export function checkDestination(path: string, text: string): readonly Violation[] {
  const { ref, regionProblem, uuid } = readDestination(text);
  if (ref === undefined) {
    return [
      violation(
        'destination-not-event-data-store',
        path,
        `must be an event data store ARN (arn:PARTITION:cloudtrail:REGION:ACCOUNT:eventdatastore/ID) or ID (got '${clip(text)}')`,
      ),
    ];
  }
  const out: Violation[] = [];
  if (regionProblem !== undefined) out.push(violation('destination-region-invalid', path, clip(regionProblem, 100)));
  if (!uuid) out.push(violation('destination-id-not-uuid', path, `should have a lowercase UUID as its event data store ID (got '${clip(ref.id, 40)}')`));
  return out;
}

const S3_PATH = '/ImportSource/S3';

const checkUri: Check = (uri) => {
  const path = `${S3_PATH}/S3LocationUri`;
  const found = readS3Location(uri);
  if (found === undefined) return [violation('s3-location-uri-invalid', path, `must be s3://BUCKET optionally followed by /PREFIX (got '${clip(uri)}')`)];
  const out: Violation[] = [];
  const { location, bucketName: name, sibling } = found;
  if (name.verdict === 'invalid') {
    out.push(violation('s3-bucket-name-invalid', path, `bucket name '${clip(location.bucket, 40)}' ${name.reason}`));
  } else if (name.verdict === 'legacy') {
    out.push(violation('s3-bucket-name-legacy', path, `bucket name '${clip(location.bucket, 40)}' ${name.reason}: must be an old us-east-1 bucket`));
  }
  if (sibling !== undefined) {
    out.push(violation('s3-prefix-not-cloudtrail', path, `should point at CloudTrail/ logs, not at its sibling '${clip(sibling, 30)}/' (nothing would be imported)`));
  }
  return out;
};

/** `Destinations[0]`: the destination rule's checks, its partition when its Region is of it, the schema's pattern. */
export const firstDestinationFacts: (text: string) => MemberFacts = memoize((text) =>
  facts(checkDestination('/Destinations/0', text), readDestination(text).partition, meetsStringShape(text, EVENT_DATA_STORE_ARN_SHAPE)),
);

/** `ImportSource.S3.S3LocationUri`: `s3://BUCKET[/PREFIX]` with a valid bucket name and a prefix that can hold trail logs. */
export const locationUriFacts: (text: string) => MemberFacts = memoize((text) => facts(checkUri(text), undefined, true));

/** `ImportSource.S3.S3BucketRegion`: a Region code of some partition (a new, well-formed Region is accepted). */
export const bucketRegionFacts: (text: string) => MemberFacts = memoize((region) => {
  const partition = partitionOfRegion(region);
  const found =
    partition === undefined
      ? [violation('s3-bucket-region-invalid', `${S3_PATH}/S3BucketRegion`, `must be an AWS Region code such as us-east-1 (got '${clip(region, 40)}')`)]
      : NO_VIOLATIONS;
  return facts(found, partition, true);
});

/** `ImportSource.S3.S3BucketAccessRoleArn`: an IAM role ARN, in a known partition. */
export const roleArnFacts: (text: string) => MemberFacts = memoize((arn) => {
  const role = parseRoleArn(arn);
  if ('problem' in role) {
    const found = violation('role-arn-invalid', `${S3_PATH}/S3BucketAccessRoleArn`, `must be an IAM role ARN arn:PARTITION:iam::ACCOUNT:role/[PATH/]NAME: it ${role.problem}`);
    return facts([found], undefined, true);
  }
  return facts(NO_VIOLATIONS, isKnownPartition(role.partition) ? role.partition : undefined, true);
});

/** `ImportId`: the schema's UUID shape; a placeholder copied from AWS's documentation is reported (import-id-invalid leaves it to this). */
export const importIdFacts: (text: string) => MemberFacts = memoize((id) => {
  const found = isImportIdPlaceholder(id)
    ? [violation('import-id-placeholder', '/ImportId', `should be a real import id, not the documentation placeholder '${id}' (the model's pattern ^[a-f0-9\\-]+$ rejects it)`)]
    : NO_VIOLATIONS;
  return facts(found, undefined, meetsStringShape(id, IMPORT_ID_SHAPE));
});
