import { partitionOfRegion } from '../contract/partitions.js';
import { clip } from '../contract/timestamps.js';
import { s3Source, stringMember, type Rule } from './context.js';
import { violation } from './violation.js';

/** S3BucketRegion is a Region code of some partition (a new, well-formed Region is accepted). */
export const s3BucketRegionRule: Rule = {
  name: 's3-bucket-region',
  subjects: ['request', 'response'],
  check(value) {
    const region = stringMember(s3Source(value), 'S3BucketRegion');
    if (region === undefined || partitionOfRegion(region) !== undefined) return [];
    return [violation('s3-bucket-region-invalid', '/ImportSource/S3/S3BucketRegion', `must be an AWS Region code such as us-east-1 (got '${clip(region, 40)}')`)];
  },
};
