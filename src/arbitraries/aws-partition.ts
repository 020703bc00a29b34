import fc from 'fast-check';
import type { PartitionId } from '../contract/partitions.js';
import { PARTITION_IDS } from './_internals/regions.js';
import { checkNoConstraints } from './_internals/constraints.js';

/**
 * An AWS partition id: `aws` most often, and every other partition the toolkit knows (`aws-cn`,
 * `aws-us-gov`, the ISO partitions, `aws-eusc`). Shrinks towards `aws`.
 *
 * @example
 * fc.sample(awsPartition(), 3); // e.g. ['aws', 'aws-us-gov', 'aws']
 *
 * @remarks Since 0.1.0
 */
export function awsPartition(...none: []): fc.Arbitrary<PartitionId> {
  checkNoConstraints('awsPartition', none);
  const others = PARTITION_IDS.filter((id) => id !== 'aws');
  return fc.oneof({ arbitrary: fc.constant<PartitionId>('aws'), weight: 3 }, { arbitrary: fc.constantFrom(...others), weight: 2 });
}
