import { readDestination } from '../contract/event-data-store.js';
import type { PartitionId } from '../contract/partitions.js';
import { NO_VIOLATIONS, type Rule, type ValueView } from './context.js';
import { forEachDestination } from './destination.js';
import { checkedLength } from './limits.js';
import { violation } from './violation.js';

interface Placed {
  readonly path: string;
  readonly what: string;
  readonly partition: PartitionId;
}

/** The members whose partition is known: a bare ID, an invalid ARN or an invalid Region has none. */
function placedMembers(value: ValueView): Placed[] {
  const placed: Placed[] = [];
  forEachDestination(value.destinations, (path, text) => {
    // An ARN whose Region is not of its partition is destination-region-invalid's, and has no partition here.
    const { partition } = readDestination(text);
    if (partition !== undefined) placed.push({ path, what: 'the destination ARN', partition });
  });
  const role = value.roleArnFacts?.partition;
  if (role !== undefined) placed.push({ path: '/ImportSource/S3/S3BucketAccessRoleArn', what: 'the role ARN', partition: role });
  const region = value.bucketRegionFacts?.partition;
  if (region !== undefined) placed.push({ path: '/ImportSource/S3/S3BucketRegion', what: 'the bucket Region', partition: region });
  return placed;
}

/** Whether the known partitions agree, worked out from the members' facts without allocating (the common case). */
function agree(value: ValueView): boolean {
  let seen = value.roleArnFacts?.partition;
  const region = value.bucketRegionFacts?.partition;
  if (seen !== undefined && region !== undefined && seen !== region) return false;
  seen ??= region;
  const { destinations } = value;
  if (!Array.isArray(destinations)) return true;
  const length = checkedLength(destinations as readonly unknown[]);
  for (let index = 0; index < length; index += 1) {
    const item: unknown = destinations[index];
    if (typeof item !== 'string') continue;
    const partition = index === 0 ? value.firstDestination?.partition : readDestination(item).partition;
    if (partition === undefined) continue;
    if (seen !== undefined && seen !== partition) return false;
    seen = partition;
  }
  return true;
}

/** The destination ARN, the role ARN and the bucket Region belong to one partition. */
export const partitionRule: Rule = {
  name: 'partition',
  subjects: ['request', 'response'],
  check(value) {
    if (agree(value)) return NO_VIOLATIONS;
    const placed = placedMembers(value);
    const [reference] = placed;
    if (reference === undefined) return NO_VIOLATIONS;
    return placed
      .filter((p) => p.partition !== reference.partition)
      .map((p) => violation('partition-mismatch', p.path, `must be in partition ${reference.partition} like ${reference.what} (${p.what} is in ${p.partition})`));
  },
};
