import { clip } from '../contract/timestamps.js';
import { START_IMPORT, violationOf, type StartImportCheck } from './report.js';
import type { CatalogueEntry } from './types.js';
import { IMPORT_SOURCES } from './operation-subjects.js';

const PATH = '/ImportSource/S3/S3BucketRegion';

const row: CatalogueEntry = {
  code: 's3-bucket-region-invalid',
  severity: 'error',
  basis: 'inferred',
  exception: 'InvalidImportSourceException',
  subjects: ['request', 'response'],
  operations: IMPORT_SOURCES,
  description: 'S3BucketRegion must be a Region code of an AWS partition (assumed)',
};

/** s3-bucket-region-invalid: S3BucketRegion is no Region code of a partition (a new, well-formed Region is accepted). */
export const s3BucketRegionInvalidCheck: StartImportCheck = {
  row,
  operations: START_IMPORT,
  reads: [PATH],
  lintRule: 'valid-import-source',
  run(view, _context, out) {
    const region = view.s3BucketRegion;
    if (region !== undefined && view.regionPartition() === undefined) {
      out.push(violationOf(row, PATH, `must be an AWS Region code such as us-east-1 (got '${clip(region, 40)}')`));
    }
  },
};
