import { NO_VIOLATIONS, type Rule } from './context.js';

/** S3BucketRegion is a Region code of some partition, a new well-formed Region too (the check itself: `bucketRegionFacts`). */
export const s3BucketRegionRule: Rule = {
  name: 's3-bucket-region',
  subjects: ['request', 'response'],
  check(value) {
    return value.bucketRegionFacts?.violations ?? NO_VIOLATIONS;
  },
};
