import fc from 'fast-check';
import type { PartitionId } from '../contract/partitions.js';
import { awsPartition } from './aws-partition.js';
import { PARTITION_IDS, regionsOf } from './_internals/regions.js';
import { checkConstraints, PARTITION, type ConstraintTakes } from './_internals/constraints.js';

/** Constraints of `awsRegion`. */
export interface AwsRegionConstraints {
  /** The partition the Region belongs to. Default: any partition (see `awsPartition`). */
  readonly partition?: PartitionId | undefined;
}

const AWS_REGION_TAKES = { partition: PARTITION } as const satisfies ConstraintTakes<AwsRegionConstraints>;

/**
 * A Region code of a partition, from the partitions data the toolkit ships (`us-east-1`,
 * `cn-north-1`, `us-gov-west-1`, `us-iso-east-1`, …).
 *
 * @example
 * fc.sample(awsRegion({ partition: 'aws-us-gov' }), 2); // e.g. ['us-gov-west-1', 'us-gov-east-1']
 *
 * @remarks Since 0.1.0
 */
export function awsRegion(constraints: AwsRegionConstraints = {}): fc.Arbitrary<string> {
  checkConstraints('awsRegion', constraints, AWS_REGION_TAKES);
  const { partition } = constraints;
  if (partition !== undefined) return fc.constantFrom(...regionsOf(partition));
  const byPartition = new Map(PARTITION_IDS.map((id) => [id, fc.constantFrom(...regionsOf(id))] as const));
  return awsPartition().chain((id) => byPartition.get(id) ?? fc.constantFrom(...regionsOf(id)));
}
