import type { ViolationCode } from '../../../rules/types.js';
import { destinationNotEventDataStore, destinationRegionInvalid } from './destination-arn.js';
import { destinationIdNotUuid, destinationLength, destinationPattern, destinationsCount, violationsTruncated } from './destinations.js';
import { importIdInvalid, importIdPlaceholder } from './import-id.js';
import { importSourceMissingS3, s3BucketRegionInvalid, s3MemberMissing } from './import-source.js';
import { newImportMissing, retryWithNewImportParams } from './kind.js';
import type { Mutation } from './mutation.js';
import { partitionMismatch } from './partition.js';
import { roleArnInvalid } from './role-arn.js';
import { s3BucketNameInvalid, s3LocationUriInvalid } from './s3-location.js';
import { s3BucketNameLegacy, s3PrefixNotCloudTrail } from './s3-warnings.js';
import { requestEmpty, typeMismatch } from './structure.js';
import { timeRangeReversed, timeRangeWarnings } from './time-range.js';
import { timestampInvalid } from './timestamp.js';
import { unknownMember } from './unknown-member.js';

export type { BaseKind, Mutation, MutationContext } from './mutation.js';

/** Every mutation, each family in its own file. */
export const MUTATIONS: readonly Mutation[] = [
  ...requestEmpty,
  ...unknownMember,
  ...typeMismatch,
  ...timestampInvalid,
  ...newImportMissing,
  ...retryWithNewImportParams,
  ...destinationsCount,
  ...destinationLength,
  ...destinationPattern,
  ...destinationNotEventDataStore,
  ...destinationRegionInvalid,
  ...destinationIdNotUuid,
  ...importSourceMissingS3,
  ...s3MemberMissing,
  ...s3LocationUriInvalid,
  ...s3BucketNameInvalid,
  ...s3BucketNameLegacy,
  ...s3PrefixNotCloudTrail,
  ...s3BucketRegionInvalid,
  ...roleArnInvalid,
  ...partitionMismatch,
  ...importIdInvalid,
  ...importIdPlaceholder,
  ...timeRangeReversed,
  ...timeRangeWarnings,
  ...violationsTruncated,
];

/** The mutations that produce `code` (none for a code no mutation makes yet). */
export function mutationsFor(code: ViolationCode): readonly Mutation[] {
  return MUTATIONS.filter((m) => m.code === code);
}
