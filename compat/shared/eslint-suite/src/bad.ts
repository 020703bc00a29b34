import { CloudTrailClient, StartImportCommand } from '@aws-sdk/client-cloudtrail';

const client = new CloudTrailClient({ region: 'us-east-1' });
await client.send(
  new StartImportCommand({
    Destinations: ['arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/bad id'],
    ImportSource: {
      S3: {
        S3LocationUri: 's3://org-log-archive/AWSLogs/123456789012/CloudTrail/',
        S3BucketRegion: 'us-east-1',
        S3BucketAccessRoleArn: 'arn:aws:iam::123456789012:role/CloudTrailLakeImport',
      },
    },
  }),
);
