import { partitionOfRegion } from '../contract/partitions.js';
import { clip } from '../contract/timestamps.js';
import { NO_VIOLATIONS, type Rule } from './context.js';
import { memoizeViolations, violation } from './violation.js';

const checkRegion = memoizeViolations((region) =>
  partitionOfRegion(region) === undefined
    ? [violation('s3-bucket-region-invalid', '/ImportSource/S3/S3BucketRegion', `must be an AWS Region code such as us-east-1 (got '${clip(region, 40)}')`)]
    : NO_VIOLATIONS,
);

/** S3BucketRegion is a Region code of some partition (a new, well-formed Region is accepted). */
export const s3BucketRegionRule: Rule = {
  name: 's3-bucket-region',
  subjects: ['request', 'response'],
  check(value) {
    return value.s3BucketRegion === undefined ? NO_VIOLATIONS : checkRegion(value.s3BucketRegion);
  },
};
