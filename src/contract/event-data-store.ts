import { isCommonEventDataStoreArn, readEventDataStore, type EventDataStoreRef } from './arn.js';
import { isKnownPartition, partitionOfRegion, type PartitionId } from './partitions.js';

/** The longest retention a CloudTrail Lake event data store can have: 3653 days (ten years; RetentionPeriod's maximum). */
export const MAX_RETENTION_DAYS = 3653;

/** What the destination rules need to know of one destination string, read once. */
export interface DestinationFacts {
  /** The event data store it names, or `undefined` when it is neither an event data store ARN nor an ID. */
  readonly ref: EventDataStoreRef | undefined;
  /** For an ARN: why its partition or Region is wrong, if it is. */
  readonly regionProblem: string | undefined;
  /** For an ARN whose Region is of its partition: that partition. */
  readonly partition: PartitionId | undefined;
  /** Whether the event data store ID is a lowercase UUID. */
  readonly uuid: boolean;
}

/** Reads a destination: the event data store it names, its partition, and what is wrong with it. */
export function readDestination(text: string): DestinationFacts {
  const reading = readEventDataStore(text);
  if (reading === undefined) return { ref: undefined, regionProblem: undefined, partition: undefined, uuid: false };
  const { ref, uuid } = reading;
  if (ref.form === 'id') return { ref, regionProblem: undefined, partition: undefined, uuid };
  // A Region of a partition names it: the common case takes one look-up.
  const regionPartition = partitionOfRegion(ref.region);
  if (regionPartition !== undefined && regionPartition === ref.partition) return { ref, regionProblem: undefined, partition: regionPartition, uuid };
  if (!isKnownPartition(ref.partition)) return { ref, regionProblem: `must name a known partition (got '${ref.partition}')`, partition: undefined, uuid };
  return { ref, regionProblem: `must name a Region of partition ${ref.partition} (got '${ref.region}')`, partition: undefined, uuid };
}

/**
 * The partition of a destination that `readDestination` reads as an event data store ARN of the
 * common form (a lowercase UUID ID) whose Region is of its partition, read without building its
 * facts; `undefined` for any other destination (read it with `readDestination`). The length is the
 * caller's: the common form bounds no Region's length. The common request's one reading
 * (`readCommonRequest`).
 */
export function commonDestinationPartition(text: string): PartitionId | undefined {
  if (!isCommonEventDataStoreArn(text)) return undefined;
  // Fixed widths on both sides of the Region: `:cloudtrail:` before it, and after it `:` ACCOUNT (12
  // digits) `:eventdatastore/` and the UUID, 65 characters to the end. Counting from the end instead of
  // searching for the Region's colon took about a tenth off this reading (paired CPU rounds, both
  // orders, on the destinations of bench/unseen-pool.ts).
  const afterPartition = text.indexOf(':', 4);
  const partition = partitionOfRegion(text.slice(afterPartition + 12, text.length - 65));
  return partition !== undefined && partition.length === afterPartition - 4 && text.startsWith(partition, 4) ? partition : undefined;
}
