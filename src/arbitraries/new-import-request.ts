import fc from 'fast-check';
import type { PartitionId } from '../contract/partitions.js';
import type { Shape } from '../contract/timestamps.js';
import type { StartImportWireRequest } from '../validate/wire-types.js';
import { accountId } from './account-id.js';
import { awsPartition } from './aws-partition.js';
import { awsRegion } from './aws-region.js';
import { eventDataStoreArn } from './event-data-store-arn.js';
import { eventDataStoreId } from './event-data-store-id.js';
import { iamRoleArn } from './iam-role-arn.js';
import { s3BucketName } from './s3-bucket-name.js';
import { rangeBounds, timeRange, type TimeRange } from './time-range.js';
import { composeLocationUri, locationParts, type LocationParts, type S3Layout } from './_internals/location-parts.js';
import { toShape, type RequestInShape } from './_internals/shapes.js';
import { checkConstraints, BOOLEAN, DATE, LAYOUT, PARTITION, SHAPE, oneOf, type ConstraintTakes } from './_internals/constraints.js';

/** Constraints of `newImportRequest`. */
export interface NewImportRequestConstraints<S extends Shape> {
  /** `sdk` (Dates, the default), `wire` (epoch seconds) or `cli` (ISO-8601 strings). */
  readonly shape?: S | undefined;
  /** The one partition of the destination, the role and the bucket. Default: any. */
  readonly partition?: PartitionId | undefined;
  /** The destination as an `arn` or a bare event data store `id`. Default: either, mostly ARNs. */
  readonly destinationForm?: 'arn' | 'id' | undefined;
  /** `true`: always a time range; `false`: never. Default: usually one. */
  readonly timeRange?: boolean | undefined;
  /** Bounds of the time range (see `timeRange`). */
  readonly min?: Date | undefined;
  readonly max?: Date | undefined;
  /** The bucket layout (see `s3LocationUri`). Default: any. */
  readonly layout?: S3Layout | undefined;
}

const NEW_IMPORT_REQUEST_TAKES = {
  shape: SHAPE,
  partition: PARTITION,
  destinationForm: oneOf(['arn', 'id']),
  timeRange: BOOLEAN,
  min: DATE,
  max: DATE,
  layout: LAYOUT,
} as const satisfies ConstraintTakes<NewImportRequestConstraints<Shape>>;

/**
 * A valid request for a new import: one destination, an S3 source with its Region and role, and
 * usually a time range, all in one partition. Every value passes `validateStartImportRequest`
 * without a single violation (for any "now" after the range's `max`).
 *
 * @example
 * test.prop([newImportRequest()])('builds a command', (input) => {
 *   expect(() => new StartImportCommand(input)).not.toThrow();
 * });
 *
 * @remarks Since 0.1.0
 */
export function newImportRequest<S extends Shape = 'sdk'>(constraints: NewImportRequestConstraints<S> = {}): fc.Arbitrary<RequestInShape<S>> {
  checkConstraints('newImportRequest', constraints, NEW_IMPORT_REQUEST_TAKES);
  const shape = (constraints.shape ?? 'sdk') as S;
  const form =
    constraints.destinationForm === undefined
      ? fc.oneof({ arbitrary: fc.constant('arn' as const), weight: 4 }, { arbitrary: fc.constant('id' as const), weight: 1 })
      : fc.constant(constraints.destinationForm);
  const bounds = { ...(constraints.min === undefined ? {} : { min: constraints.min }), ...(constraints.max === undefined ? {} : { max: constraints.max }) };
  // Checked here, so that a bad range names the arbitrary called, not the part that reads it.
  rangeBounds('newImportRequest', bounds);
  const range = timeRange(bounds);
  const ranges = constraints.timeRange === undefined ? fc.option(range, { nil: undefined, freq: 4 }) : constraints.timeRange ? range : fc.constant(undefined);
  // One arbitrary per partition, built once: chain() then only picks it (building arbitraries per value is slow).
  const byPartition = new Map<PartitionId, fc.Arbitrary<RequestInShape<S>>>();
  const forPartition = (partition: PartitionId): fc.Arbitrary<RequestInShape<S>> => {
    let built = byPartition.get(partition);
    if (built === undefined) {
      built = fc
        .record({
          account: accountId(),
          form,
          arn: eventDataStoreArn({ partition }),
          id: eventDataStoreId(),
          bucket: s3BucketName(),
          bucketRegion: awsRegion({ partition }),
          logRegion: awsRegion({ partition }),
          location: locationParts(constraints.layout),
          role: iamRoleArn({ partition }),
          range: ranges,
        })
        .map((parts) => toShape(wireRequest(parts), shape) as RequestInShape<S>);
      byPartition.set(partition, built);
    }
    return built;
  };
  return constraints.partition === undefined ? awsPartition().chain(forPartition) : forPartition(constraints.partition);
}

interface Parts {
  readonly account: string;
  readonly form: 'arn' | 'id';
  readonly arn: string;
  readonly id: string;
  readonly bucket: string;
  readonly bucketRegion: string;
  readonly logRegion: string;
  readonly location: LocationParts;
  readonly role: string;
  readonly range: TimeRange | undefined;
}

function wireRequest(parts: Parts): StartImportWireRequest {
  const wire: StartImportWireRequest = {
    Destinations: [parts.form === 'arn' ? parts.arn : parts.id],
    ImportSource: {
      S3: {
        S3LocationUri: composeLocationUri(parts.bucket, parts.location, parts.account, parts.logRegion),
        S3BucketRegion: parts.bucketRegion,
        S3BucketAccessRoleArn: parts.role,
      },
    },
  };
  if (parts.range !== undefined) {
    wire.StartEventTime = parts.range.start.getTime() / 1000;
    wire.EndEventTime = parts.range.end.getTime() / 1000;
  }
  return wire;
}
