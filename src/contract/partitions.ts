import { PARTITIONS } from '../generated/partitions.js';

/** The id of an AWS partition known to this release (`aws`, `aws-cn`, `aws-us-gov`, the ISO partitions, …). */
export type PartitionId = (typeof PARTITIONS)[number]['id'];

/** A partition with its Region pattern and the Regions listed for it. */
export interface Partition {
  readonly id: PartitionId;
  readonly regionRegex: string;
  readonly regions: readonly string[];
}

export const partitions: readonly Partition[] = PARTITIONS;

// Specific partitions before the catch-all `aws` one, so a `us-gov-…` or `us-iso-…` Region never lands in `aws`.
const byMatchOrder = [...PARTITIONS]
  .sort((a, b) => Number(a.id === 'aws') - Number(b.id === 'aws'))
  .map((p) => ({ id: p.id, regex: new RegExp(p.regionRegex) }));

// Region codes are lower case; the partitions' patterns use \w, which would also admit `us-EAST-1` or `us-east_x-1`.
const REGION_CODE = /^[a-z0-9-]+$/;

// The Regions the partitions list, minus the `*-global` endpoint names, which are no Region codes.
const listed = new Map<string, PartitionId>(
  PARTITIONS.flatMap((p) => p.regions.filter((r) => !r.endsWith('-global')).map((r) => [r, p.id] as const)),
);

/** The partition a Region code belongs to, or `undefined` when it is not a Region code of any partition (nor a string). */
export function partitionOfRegion(region: string): PartitionId | undefined {
  const known = listed.get(region);
  if (known !== undefined) return known;
  // From JavaScript any value may come: a symbol would throw in the test below.
  if (typeof region !== 'string') return undefined;
  if (!REGION_CODE.test(region)) return undefined;
  return byMatchOrder.find((p) => p.regex.test(region))?.id;
}

const KNOWN: ReadonlySet<string> = new Set(PARTITIONS.map((p) => p.id));

/** Whether `id` is a partition known to this release. */
export function isKnownPartition(id: string): id is PartitionId {
  return KNOWN.has(id);
}
