/** The ES module entry of cloudtrail-import-contract/arbitraries: index.js, loaded so that a missing fast-check is named (see ../peer.ts). */
import { importWithPeer } from '../peer.js';
import { FAST_CHECK_PEER } from './peer.js';

const arbitraries = await importWithPeer(() => import('./index.js'), FAST_CHECK_PEER);
export const {
  accountId,
  assertRejectsInvalidStartImport,
  assertValidStartImportBuilder,
  awsPartition,
  awsRegion,
  cloudTrailBucketListing,
  cloudTrailLogKey,
  eventDataStoreArn,
  eventDataStoreId,
  iamRoleArn,
  importId,
  importRequest,
  INVALID_START_IMPORT_RESPONSE_CODES,
  invalidImportRequest,
  invalidStartImportRequest,
  invalidStartImportResponse,
  newImportRequest,
  retryImportRequest,
  s3BucketName,
  s3LocationUri,
  startImportError,
  startImportExchange,
  startImportRequest,
  startImportResponse,
  timeRange,
} = arbitraries;
