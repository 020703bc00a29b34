/**
 * StartImport's checks, in report order: the order of the catalogue (`ruleCatalogue` is their
 * rows), of a report's violations, and of the runs. Structural checks (from the model's shapes)
 * and semantic ones sit side by side, each at its code's place.
 */
import { destinationIdNotUuidCheck, destinationNotEventDataStoreCheck, destinationRegionInvalidCheck } from './destination.js';
import { importIdPlaceholderCheck } from './import-id.js';
import { partitionMismatchCheck } from './partition.js';
import type { StartImportCheck } from './report.js';
import { newImportMissingDestinationsCheck, newImportMissingImportSourceCheck, requestEmptyCheck, retryWithNewImportParamsCheck } from './request-kind.js';
import { responseMismatchRequestCheck, responseStatusUnexpectedCheck } from './response-echo.js';
import { responseImportStatusInvalidCheck, responseMissingImportIdCheck, responseTimestampsReversedCheck } from './response-fields.js';
import { roleArnInvalidCheck } from './role-arn.js';
import { s3BucketRegionInvalidCheck } from './s3-bucket-region.js';
import { s3BucketNameInvalidCheck, s3BucketNameLegacyCheck, s3LocationUriInvalidCheck, s3PrefixNotCloudTrailCheck } from './s3-location.js';
import { timeRangeEmptyCheck, timeRangeHalfOpenCheck, timeRangeInFutureCheck, timeRangeReversedCheck } from './time-range.js';
import { timestampInvalidCheck, typeMismatchCheck, unknownMemberCheck } from './checks/structure.js';
import {
  destinationLengthCheck,
  destinationPatternCheck,
  destinationsCountCheck,
  importIdInvalidCheck,
  importSourceMissingS3Check,
  s3MemberMissingCheck,
} from './checks/structure-members.js';

/**
 * The checks of `ImportSource.S3`'s three members (the location URI and its bucket, the Region,
 * the role ARN), in report order: the other operations' outputs that describe an import's source
 * run these same checks.
 */
export const S3_SOURCE_CHECKS: readonly StartImportCheck[] = [
  s3LocationUriInvalidCheck,
  s3BucketNameInvalidCheck,
  s3BucketNameLegacyCheck,
  s3PrefixNotCloudTrailCheck,
  s3BucketRegionInvalidCheck,
  roleArnInvalidCheck,
];

/** Every check of StartImport requests and responses, in report order. */
export const START_IMPORT_CHECKS: readonly StartImportCheck[] = [
  unknownMemberCheck,
  typeMismatchCheck,
  timestampInvalidCheck,
  requestEmptyCheck,
  newImportMissingDestinationsCheck,
  newImportMissingImportSourceCheck,
  retryWithNewImportParamsCheck,
  destinationsCountCheck,
  destinationLengthCheck,
  destinationPatternCheck,
  destinationNotEventDataStoreCheck,
  destinationRegionInvalidCheck,
  destinationIdNotUuidCheck,
  importSourceMissingS3Check,
  s3MemberMissingCheck,
  ...S3_SOURCE_CHECKS,
  partitionMismatchCheck,
  importIdInvalidCheck,
  importIdPlaceholderCheck,
  timeRangeReversedCheck,
  timeRangeEmptyCheck,
  timeRangeHalfOpenCheck,
  timeRangeInFutureCheck,
  responseImportStatusInvalidCheck,
  responseMissingImportIdCheck,
  responseTimestampsReversedCheck,
  responseMismatchRequestCheck,
  responseStatusUnexpectedCheck,
];

/**
 * The structural checks of the request schema's shapes. A response's structure is checked by its
 * compiled schema (`schemas/start-import-response.schema.json`) instead, whose errors map to the
 * same codes (src/validate/schema-errors.ts).
 */
const STRUCTURAL: ReadonlySet<StartImportCheck> = new Set([
  unknownMemberCheck,
  typeMismatchCheck,
  timestampInvalidCheck,
  destinationsCountCheck,
  destinationLengthCheck,
  destinationPatternCheck,
  importSourceMissingS3Check,
  s3MemberMissingCheck,
  importIdInvalidCheck,
]);

/** The checks a request runs, in report order. */
export const REQUEST_CHECKS: readonly StartImportCheck[] = START_IMPORT_CHECKS.filter((check) => check.row.subjects.includes('request'));

/** The checks a response runs beside its compiled schema, in report order. */
export const RESPONSE_CHECKS: readonly StartImportCheck[] = START_IMPORT_CHECKS.filter((check) => check.row.subjects.includes('response') && !STRUCTURAL.has(check));
