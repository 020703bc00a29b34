import { parseEventDataStore, parseRoleArn } from '../contract/arn.js';
import { isKnownPartition, partitionOfRegion, type PartitionId } from '../contract/partitions.js';
import { s3Source, stringMember, type Rule, type WireObject } from './context.js';
import { stringDestinations } from './destination.js';
import { violation } from './violation.js';

interface Placed {
  readonly path: string;
  readonly what: string;
  readonly partition: PartitionId;
}

function destinationPartitions(value: WireObject): Placed[] {
  return stringDestinations(value).flatMap(({ path, value: text }) => {
    const ref = parseEventDataStore(text);
    // An ARN whose Region is not of its partition is destination-region-invalid's, and has no known partition here.
    if (ref?.form !== 'arn' || !isKnownPartition(ref.partition) || partitionOfRegion(ref.region) !== ref.partition) return [];
    return [{ path, what: 'the destination ARN', partition: ref.partition }];
  });
}

function sourcePartitions(value: WireObject): Placed[] {
  const s3 = s3Source(value);
  const out: Placed[] = [];
  const roleArn = stringMember(s3, 'S3BucketAccessRoleArn');
  const role = roleArn === undefined ? undefined : parseRoleArn(roleArn);
  if (role !== undefined && !('problem' in role) && isKnownPartition(role.partition)) {
    out.push({ path: '/ImportSource/S3/S3BucketAccessRoleArn', what: 'the role ARN', partition: role.partition });
  }
  const region = stringMember(s3, 'S3BucketRegion');
  const regionPartition = region === undefined ? undefined : partitionOfRegion(region);
  if (regionPartition !== undefined) {
    out.push({ path: '/ImportSource/S3/S3BucketRegion', what: 'the bucket Region', partition: regionPartition });
  }
  return out;
}

/** The destination ARN, the role ARN and the bucket Region belong to one partition. */
export const partitionRule: Rule = {
  name: 'partition',
  subjects: ['request', 'response'],
  check(value) {
    const placed = [...destinationPartitions(value), ...sourcePartitions(value)];
    const [reference] = placed;
    if (reference === undefined) return [];
    return placed
      .filter((p) => p.partition !== reference.partition)
      .map((p) =>
        violation(
          'partition-mismatch',
          p.path,
          `must be in partition ${reference.partition} like ${reference.what} (${p.what} is in ${p.partition})`,
        ),
      );
  },
};
