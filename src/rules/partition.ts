import { isKnownPartition, type PartitionId } from '../contract/partitions.js';
import type { ValueView } from './context.js';
import { START_IMPORT, violationOf, type StartImportCheck } from './report.js';
import type { CatalogueEntry } from './types.js';

const ROLE_PATH = '/ImportSource/S3/S3BucketAccessRoleArn';
const REGION_PATH = '/ImportSource/S3/S3BucketRegion';

interface Placed {
  readonly path: string;
  readonly what: string;
  readonly partition: PartitionId;
}

/** The partition of a valid role ARN, when it is a known one. */
function rolePartition(view: ValueView): PartitionId | undefined {
  const role = view.role();
  return role === undefined || 'problem' in role || !isKnownPartition(role.partition) ? undefined : role.partition;
}

/** The members whose partition is known: a bare ID, an invalid ARN or an invalid Region has none. */
function placedMembers(view: ValueView): Placed[] {
  const placed: Placed[] = [];
  for (let index = 0; index < view.checkedDestinations; index += 1) {
    // An ARN whose Region is not of its partition is destination-region-invalid's, and has no partition here.
    const partition = view.destinationPartition(index);
    if (partition !== undefined) placed.push({ path: `/Destinations/${String(index)}`, what: 'the destination ARN', partition });
  }
  const role = rolePartition(view);
  if (role !== undefined) placed.push({ path: ROLE_PATH, what: 'the role ARN', partition: role });
  const region = view.regionPartition();
  if (region !== undefined) placed.push({ path: REGION_PATH, what: 'the bucket Region', partition: region });
  return placed;
}

/** Whether the known partitions agree, worked out without allocating (the common case). */
function agree(view: ValueView): boolean {
  let seen = rolePartition(view);
  const region = view.regionPartition();
  if (seen !== undefined && region !== undefined && seen !== region) return false;
  seen ??= region;
  for (let index = 0; index < view.checkedDestinations; index += 1) {
    const partition = view.destinationPartition(index);
    if (partition === undefined) continue;
    if (seen !== undefined && seen !== partition) return false;
    seen = partition;
  }
  return true;
}

const row: CatalogueEntry = {
  code: 'partition-mismatch',
  severity: 'error',
  basis: 'inferred',
  exception: 'InvalidImportSourceException',
  subjects: ['request', 'response'],
  description: 'the destination ARN, the role ARN and the bucket Region must belong to one partition (assumed)',
};

/** partition-mismatch: the destination ARN, the role ARN and the bucket Region belong to one partition. */
export const partitionMismatchCheck: StartImportCheck = {
  row,
  operations: START_IMPORT,
  reads: ['/Destinations', '/ImportSource/S3/S3BucketRegion', ROLE_PATH],
  lintRule: 'consistent-partition',
  run(view, _context, out) {
    if (agree(view)) return;
    const placed = placedMembers(view);
    const [reference] = placed;
    if (reference === undefined) return;
    for (const p of placed) {
      if (p.partition !== reference.partition) {
        out.push(violationOf(row, p.path, `must be in partition ${reference.partition} like ${reference.what} (${p.what} is in ${p.partition})`));
      }
    }
  },
};
