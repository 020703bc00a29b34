import { partitions, type PartitionId } from '../../contract/partitions.js';

/** The Region codes each partition lists (without the `*-global` endpoint names, which are no Regions). */
export const REGIONS_BY_PARTITION: ReadonlyMap<PartitionId, readonly string[]> = new Map(
  partitions.map((p) => [p.id, p.regions.filter((region) => !region.endsWith('-global'))] as const),
);

/** The partitions that list at least one Region. */
export const PARTITION_IDS: readonly PartitionId[] = partitions.map((p) => p.id).filter((id) => (REGIONS_BY_PARTITION.get(id) ?? []).length > 0);

/** The Regions of `partition`. */
export function regionsOf(partition: PartitionId): readonly string[] {
  const regions = REGIONS_BY_PARTITION.get(partition);
  if (regions === undefined || regions.length === 0) throw new Error(`partition '${partition}' lists no Region`);
  return regions;
}
