import { PolicyError, type ImportPolicyDocument, type PolicyRules } from '../../src/policy/index.js';

/** A valid new-import request in the wire shape (the AWS user guide's example, epoch seconds). */
export const REQUEST = {
  Destinations: ['arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/0b2f7a4c-9f3e-4c1d-8a55-6c1e2f3d4b5a'],
  StartEventTime: 1704067200,
  EndEventTime: 1706745600,
  ImportSource: {
    S3: {
      S3LocationUri: 's3://aws-cloudtrail-logs-123456789012-612ff1f6/AWSLogs/123456789012/CloudTrail/',
      S3BucketRegion: 'us-east-1',
      S3BucketAccessRoleArn: 'arn:aws:iam::123456789012:role/service-role/CloudTrailLake-us-east-1-copy',
    },
  },
} as const;

/** "Now" for the tests: after REQUEST's range. */
export const NOW = new Date('2024-06-01T00:00:00Z');

/** A policy of the given rules. */
export function policyOf(rules: PolicyRules): ImportPolicyDocument {
  return { version: 1, rules };
}

/** The problems of the PolicyError `load` throws (any other outcome fails the test). */
export function problemsOf(load: () => unknown): readonly string[] {
  try {
    load();
  } catch (error) {
    if (error instanceof PolicyError) return error.problems;
    throw error;
  }
  throw new Error('did not throw');
}
