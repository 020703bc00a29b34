import type { StartImportCommandInput } from '@aws-sdk/client-cloudtrail';

/** A new import every check accepts, in the sdk shape the stubbed client receives. */
export const input = {
  Destinations: ['arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/8e2b6f1c-52e4-4a5f-9b3e-0c6f1d2a3b4c'],
  ImportSource: {
    S3: {
      S3LocationUri: 's3://log-archive/AWSLogs/123456789012/CloudTrail/',
      S3BucketRegion: 'us-east-1',
      S3BucketAccessRoleArn: 'arn:aws:iam::123456789012:role/CloudTrailImport',
    },
  },
  StartEventTime: new Date('2024-01-01T00:00:00Z'),
  EndEventTime: new Date('2024-02-01T00:00:00Z'),
} satisfies StartImportCommandInput;
