import { consistentPartition } from '../../../src/eslint/rules/consistent-partition.js';
import { at, command, ruleTester, testable } from '../support.js';

const CHINA_DESTINATION = "['arn:aws-cn:cloudtrail:cn-north-1:123456789012:eventdatastore/0b2f7a4c-9f3e-4c1d-8a55-6c1e2f3d4b5a']";
const CHINA_SOURCE = `{ S3: { S3LocationUri: 's3://example-trail-logs', S3BucketRegion: 'cn-northwest-1', S3BucketAccessRoleArn: 'arn:aws-cn:iam::123456789012:role/Import' } }`;
const mixed = command({ Destinations: CHINA_DESTINATION });

ruleTester.run('consistent-partition', testable(consistentPartition), {
  valid: [
    command(),
    command({ Destinations: CHINA_DESTINATION, ImportSource: CHINA_SOURCE }),
    // A bare ID has no partition; an unknown Region neither.
    command({ Destinations: "['0b2f7a4c-9f3e-4c1d-8a55-6c1e2f3d4b5a']", ImportSource: CHINA_SOURCE }),
  ],
  invalid: [
    {
      code: mixed,
      errors: [
        // In source order: the Region comes first on its line.
        { messageId: 'partition-mismatch', ...at(mixed, 'S3BucketRegion') },
        { messageId: 'partition-mismatch', ...at(mixed, 'S3BucketAccessRoleArn') },
      ],
    },
  ],
});
