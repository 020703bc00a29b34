import { CloudTrailClient, StartImportCommand } from '@aws-sdk/client-cloudtrail';

const client = new CloudTrailClient({ region: 'us-east-1' });
await client.send(
  new StartImportCommand({
    Destinations: ['arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/0b2f7a4c-9f3e-4c1d-8a55-6c1e2f3d4b5a'],
    ImportSource: {
      S3: {
        S3LocationUri: 's3://org-log-archive/AWSLogs/123456789012/CloudTrail/',
        S3BucketRegion: 'us-east-1',
        S3BucketAccessRoleArn: 'arn:aws:iam::123456789012:role/CloudTrailLakeImport',
      },
    },
  }),
);
