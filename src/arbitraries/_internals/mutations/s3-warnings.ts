import fc from 'fast-check';
import { mutation, type Mutation } from './mutation.js';
import { locationParts, placeOf, s3String, withS3Members } from './parts.js';

/**
 * `s3-bucket-name-legacy` (a warning): a name legal only for old us-east-1 buckets. The changes
 * cannot make a reserved prefix or suffix: upper case lowers back to the valid name, and the
 * inserted `_` or digits go after the first character.
 */
export const s3BucketNameLegacy: readonly Mutation[] = [
  mutation({
    code: 's3-bucket-name-legacy',
    base: 'new',
    what: 'the bucket name with upper-case letters, a "_", or 64–255 characters',
    params: fc.record({ how: fc.constantFrom('upper', 'underscore', 'long'), length: fc.integer({ min: 64, max: 255 }) }),
    apply: (request, { how, length }) => {
      const uri = s3String(request, 'S3LocationUri');
      const { bucket, prefix } = locationParts(uri);
      const head = bucket.charAt(0);
      const tail = bucket.slice(1);
      const legacy = how === 'upper' ? bucket.toUpperCase() : how === 'underscore' ? `${head}_${tail}` : `${head}${'0'.repeat(Math.max(length - bucket.length, 1))}${tail}`;
      return withS3Members(request, { S3LocationUri: `s3://${legacy}/${prefix}` });
    },
  }),
];

// Folders beside CloudTrail/ under AWSLogs/ACCOUNT/: digests, Insights events, other services' logs.
const SIBLINGS = ['CloudTrail-Digest', 'CloudTrail-Insight', 'vpcflowlogs', 'elasticloadbalancing', 'Config'] as const;

/** `s3-prefix-not-cloudtrail` (a warning): a prefix into a sibling of `CloudTrail/`, where no trail log is. */
export const s3PrefixNotCloudTrail: readonly Mutation[] = [
  mutation({
    code: 's3-prefix-not-cloudtrail',
    base: 'new',
    what: 'a prefix into CloudTrail-Digest/, CloudTrail-Insight/ or another service’s folder',
    params: fc.constantFrom(...SIBLINGS),
    apply: (request, sibling) => {
      const { bucket, prefix } = locationParts(s3String(request, 'S3LocationUri'));
      // A trail layout keeps its depth; a custom prefix gains the AWSLogs/ACCOUNT/ folders.
      const moved = prefix.includes('/CloudTrail/') ? prefix.replace('/CloudTrail/', `/${sibling}/`) : `${prefix}AWSLogs/${placeOf(request).account}/${sibling}/`;
      return withS3Members(request, { S3LocationUri: `s3://${bucket}/${moved}` });
    },
  }),
];
