import { clip } from '../contract/timestamps.js';
import { START_IMPORT, violationOf, type StartImportCheck } from './report.js';
import type { CatalogueEntry } from './types.js';
import { IMPORT_SOURCES } from './operation-subjects.js';

const REQ_RES = ['request', 'response'] as const;
const PATH = '/ImportSource/S3/S3LocationUri';
const READS = [PATH];

const uriInvalidRow: CatalogueEntry = {
  code: 's3-location-uri-invalid',
  severity: 'error',
  basis: 'inferred',
  exception: 'InvalidImportSourceException',
  subjects: REQ_RES,
  operations: IMPORT_SOURCES,
  description: 'S3LocationUri must be s3://BUCKET optionally followed by /PREFIX (assumed)',
};

/** s3-location-uri-invalid: an S3LocationUri that is not `s3://BUCKET[/PREFIX]`. */
export const s3LocationUriInvalidCheck: StartImportCheck = {
  row: uriInvalidRow,
  operations: START_IMPORT,
  reads: READS,
  lintRule: 'valid-import-source',
  run(view, _context, out) {
    const uri = view.s3LocationUri;
    if (uri !== undefined && view.location() === undefined) {
      out.push(violationOf(uriInvalidRow, PATH, `must be s3://BUCKET optionally followed by /PREFIX (got '${clip(uri)}')`));
    }
  },
};

const bucketNameInvalidRow: CatalogueEntry = {
  code: 's3-bucket-name-invalid',
  severity: 'error',
  basis: 'documented',
  exception: 'InvalidImportSourceException',
  subjects: REQ_RES,
  operations: IMPORT_SOURCES,
  description: 'the bucket name must follow the S3 bucket naming rules',
};

/** s3-bucket-name-invalid: the URI's bucket name breaks the S3 naming rules. */
export const s3BucketNameInvalidCheck: StartImportCheck = {
  row: bucketNameInvalidRow,
  operations: START_IMPORT,
  reads: READS,
  lintRule: 'valid-import-source',
  run(view, _context, out) {
    const found = view.location();
    if (found?.bucketName.verdict === 'invalid') out.push(violationOf(bucketNameInvalidRow, PATH, `bucket name '${clip(found.location.bucket, 40)}' ${found.bucketName.reason}`));
  },
};

const bucketNameLegacyRow: CatalogueEntry = {
  code: 's3-bucket-name-legacy',
  severity: 'warning',
  basis: 'documented',
  subjects: REQ_RES,
  operations: IMPORT_SOURCES,
  description: 'the bucket name breaks today\'s rules only by uppercase letters, "_" or a length of 64–255, legal only for old us-east-1 buckets',
};

/** s3-bucket-name-legacy: a bucket name legal only for old us-east-1 buckets. */
export const s3BucketNameLegacyCheck: StartImportCheck = {
  row: bucketNameLegacyRow,
  operations: START_IMPORT,
  reads: READS,
  lintRule: 'valid-import-source-warnings',
  run(view, _context, out) {
    const found = view.location();
    if (found?.bucketName.verdict === 'legacy') {
      out.push(violationOf(bucketNameLegacyRow, PATH, `bucket name '${clip(found.location.bucket, 40)}' ${found.bucketName.reason}: must be an old us-east-1 bucket`));
    }
  },
};

const prefixNotCloudTrailRow: CatalogueEntry = {
  code: 's3-prefix-not-cloudtrail',
  severity: 'warning',
  basis: 'documented',
  subjects: REQ_RES,
  operations: IMPORT_SOURCES,
  description: 'the prefix should not point into a sibling of CloudTrail/ under AWSLogs/…/ACCOUNT/ (nothing would be imported)',
};

/** s3-prefix-not-cloudtrail: a prefix pointing into a sibling of `CloudTrail/`, where no trail log is found. */
export const s3PrefixNotCloudTrailCheck: StartImportCheck = {
  row: prefixNotCloudTrailRow,
  operations: START_IMPORT,
  reads: READS,
  lintRule: 'valid-import-source-warnings',
  run(view, _context, out) {
    const sibling = view.location()?.sibling;
    if (sibling !== undefined) {
      out.push(violationOf(prefixNotCloudTrailRow, PATH, `should point at CloudTrail/ logs, not at its sibling '${clip(sibling, 30)}/' (nothing would be imported)`));
    }
  },
};
