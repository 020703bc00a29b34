import fc from 'fast-check';
import { partitionOfRegion, type PartitionId } from '../contract/partitions.js';
import { accountId as anyAccountId } from './account-id.js';
import { awsPartition } from './aws-partition.js';
import { awsRegion } from './aws-region.js';
import { eventDataStoreId } from './event-data-store-id.js';
import { PARTITION_IDS } from './_internals/regions.js';
import { checkConstraints, ACCOUNT_ID, PARTITION, REGION, type ConstraintTakes } from './_internals/constraints.js';

/** Constraints of `eventDataStoreArn`. */
export interface EventDataStoreArnConstraints {
  /** Default: the partition of `region` when given, else any partition. */
  readonly partition?: PartitionId | undefined;
  /** Default: any Region of the partition. */
  readonly region?: string | undefined;
  /** Default: any account id. */
  readonly accountId?: string | undefined;
}

const EVENT_DATA_STORE_ARN_TAKES = { partition: PARTITION, region: REGION, accountId: ACCOUNT_ID } as const satisfies ConstraintTakes<EventDataStoreArnConstraints>;

/**
 * An event data store ARN, `arn:PARTITION:cloudtrail:REGION:ACCOUNT:eventdatastore/ID`, its
 * Region in its partition.
 *
 * @example
 * fc.sample(eventDataStoreArn({ partition: 'aws-cn' }), 1);
 * // e.g. ['arn:aws-cn:cloudtrail:cn-north-1:704512889213:eventdatastore/0b2f7a4c-9f3e-4c1d-8a55-6c1e2f3d4b5a']
 *
 * @remarks Since 0.1.0
 */
export function eventDataStoreArn(constraints: EventDataStoreArnConstraints = {}): fc.Arbitrary<string> {
  checkConstraints('eventDataStoreArn', constraints, EVENT_DATA_STORE_ARN_TAKES);
  const { region, accountId } = constraints;
  const regionPartition = region === undefined ? undefined : partitionOfRegion(region);
  const partition = constraints.partition ?? regionPartition;
  if (region !== undefined && regionPartition !== partition) {
    throw new TypeError(`eventDataStoreArn: constraints.region must be a Region of partition ${String(partition)} (got '${region}', a Region of ${String(regionPartition)})`);
  }
  const inPartition = (p: PartitionId): fc.Arbitrary<string> =>
    fc
      .record({
        region: region === undefined ? awsRegion({ partition: p }) : fc.constant(region),
        account: accountId === undefined ? anyAccountId() : fc.constant(accountId),
        id: eventDataStoreId(),
      })
      .map(({ region: r, account, id }) => `arn:${p}:cloudtrail:${r}:${account}:eventdatastore/${id}`);
  if (partition !== undefined) return inPartition(partition);
  // Built once per partition: chain() then only picks one.
  const byPartition = new Map(PARTITION_IDS.map((p) => [p, inPartition(p)] as const));
  return awsPartition().chain((p) => byPartition.get(p) ?? inPartition(p));
}
