/**
 * fast-check arbitraries of StartImport requests, valid by construction or labelled invalid.
 * fast-check is a peer dependency: these are built with the user's own `fc`.
 */
import './peer.js';
export { accountId } from './account-id.js';
export { awsPartition } from './aws-partition.js';
export { awsRegion, type AwsRegionConstraints } from './aws-region.js';
export { cloudTrailBucketListing, type CloudTrailBucketListingConstraints } from './cloud-trail-bucket-listing.js';
export { cloudTrailLogKey, type CloudTrailLogKeyConstraints } from './cloud-trail-log-key.js';
export { eventDataStoreArn, type EventDataStoreArnConstraints } from './event-data-store-arn.js';
export { eventDataStoreId } from './event-data-store-id.js';
export { iamRoleArn, type IamRoleArnConstraints } from './iam-role-arn.js';
export { importId } from './import-id.js';
export { newImportRequest, type NewImportRequestConstraints } from './new-import-request.js';
export { retryImportRequest, type RetryImportRequestConstraints } from './retry-import-request.js';
export { s3BucketName, type S3BucketNameConstraints } from './s3-bucket-name.js';
export { s3LocationUri, type S3Layout, type S3LocationUriConstraints } from './s3-location-uri.js';
export { startImportRequest, type StartImportRequestConstraints } from './start-import-request.js';
export { timeRange, type TimeRange, type TimeRangeConstraints } from './time-range.js';
export type { RequestInShape, StartImportCliRequest } from './_internals/shapes.js';
export { invalidStartImportRequest, type InvalidStartImportRequestConstraints, type LabelledInvalidRequest } from './invalid-start-import-request.js';
export { assertRejectsInvalidStartImport } from './assert-rejects-invalid-start-import.js';
export { assertValidStartImportBuilder, type BuilderAssertionOptions } from './assert-valid-start-import-builder.js';
export {
  invalidStartImportResponse,
  INVALID_START_IMPORT_RESPONSE_CODES,
  type InvalidStartImportResponseCode,
  type InvalidStartImportResponseConstraints,
  type LabelledInvalidResponse,
} from './invalid-start-import-response.js';
export {
  startImportError,
  type StartImportErrorConstraints,
  type StartImportErrorInShape,
  type StartImportErrorShape,
  type StartImportSdkError,
  type StartImportWireError,
} from './start-import-error.js';
export {
  startImportExchange,
  startImportResponse,
  type StartImportExchange,
  type StartImportExchangeConstraints,
  type StartImportResponseConstraints,
  type StartImportResponseInShape,
} from './start-import-response.js';
export { importRequest, type ImportRequestConstraints } from './import-request.js';
export { invalidImportRequest, type InvalidImportRequestConstraints, type LabelledInvalidImportRequest } from './invalid-import-request.js';
