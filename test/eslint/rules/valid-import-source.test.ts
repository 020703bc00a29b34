import { validImportSourceWarnings } from '../../../src/eslint/rules/valid-import-source-warnings.js';
import { validImportSource } from '../../../src/eslint/rules/valid-import-source.js';
import { at, command, LOCATION, REGION, ROLE, ruleTester, testable } from '../support.js';

const withS3 = (members: Readonly<Record<string, string>>): string => {
  const s3 = { S3LocationUri: `'${LOCATION}'`, S3BucketRegion: `'${REGION}'`, S3BucketAccessRoleArn: `'${ROLE}'`, ...members };
  const lines = Object.entries(s3).map(([name, value]) => `      ${name}: ${value},`);
  return command({ ImportSource: `{\n    S3: {\n${lines.join('\n')}\n    },\n  }` });
};
const withoutRegion = command({ ImportSource: `{ S3: { S3LocationUri: '${LOCATION}', S3BucketAccessRoleArn: '${ROLE}' } }` });
const withoutS3 = command({ ImportSource: '{}' });
const https = withS3({ S3LocationUri: "'https://example-trail-logs.s3.amazonaws.com/AWSLogs/'" });
const adjacentPeriods = withS3({ S3LocationUri: "'s3://example..logs/AWSLogs/'" });
const legacyBucket = withS3({ S3LocationUri: "'s3://Example_Trail_Logs/AWSLogs/123456789012/CloudTrail/'" });
const digestPrefix = withS3({ S3LocationUri: "'s3://example-trail-logs/AWSLogs/123456789012/CloudTrail-Digest/'" });
const upperRegion = withS3({ S3BucketRegion: "'US-EAST-1'" });
const userArn = withS3({ S3BucketAccessRoleArn: "'arn:aws:iam::123456789012:user/importer'" });
const roleNumber = withS3({ S3BucketAccessRoleArn: '42' });
const templated = `const BUCKET = 'example..logs';\n${withS3({ S3LocationUri: '`s3://${BUCKET}/AWSLogs/`' })}`;
const s3String = command({ ImportSource: "{ S3: 's3://example-trail-logs' }" });

ruleTester.run('valid-import-source', testable(validImportSource), {
  valid: [
    command(),
    withS3({}),
    // Warnings are valid-import-source-warnings'.
    legacyBucket,
    digestPrefix,
    // Unknown members are not checked, and a spread may hold the missing ones.
    withS3({ S3BucketRegion: 'process.env.AWS_REGION as string' }),
    command({ ImportSource: `{ S3: { ...shared, S3LocationUri: '${LOCATION}' } }` }),
    // A template literal with an unknown part is unknown.
    withS3({ S3LocationUri: '`https://${process.env.BUCKET}/`' }),
  ],
  invalid: [
    // A missing member is reported on the nearest member written: here ImportSource.
    { code: withoutS3, errors: [{ messageId: 'import-source-missing-s3', ...at(withoutS3, 'ImportSource') }] },
    { code: withoutRegion, errors: [{ messageId: 's3-member-missing', ...at(withoutRegion, 'S3:') }] },
    { code: https, errors: [{ messageId: 's3-location-uri-invalid', ...at(https, 'S3LocationUri') }] },
    { code: adjacentPeriods, errors: [{ messageId: 's3-bucket-name-invalid', ...at(adjacentPeriods, 'S3LocationUri') }] },
    // A template literal of constants is known.
    { code: templated, errors: [{ messageId: 's3-bucket-name-invalid', ...at(templated, 'S3LocationUri') }] },
    { code: upperRegion, errors: [{ messageId: 's3-bucket-region-invalid', ...at(upperRegion, 'S3BucketRegion') }] },
    { code: userArn, errors: [{ messageId: 'role-arn-invalid', ...at(userArn, 'S3BucketAccessRoleArn') }] },
    { code: roleNumber, errors: [{ messageId: 'type-mismatch', ...at(roleNumber, 'S3BucketAccessRoleArn') }] },
    { code: s3String, errors: [{ messageId: 'type-mismatch', ...at(s3String, 'S3:') }] },
  ],
});

ruleTester.run('valid-import-source-warnings', testable(validImportSourceWarnings), {
  valid: [command(), withS3({}), https, adjacentPeriods],
  invalid: [
    { code: legacyBucket, errors: [{ messageId: 's3-bucket-name-legacy', ...at(legacyBucket, 'S3LocationUri') }] },
    { code: digestPrefix, errors: [{ messageId: 's3-prefix-not-cloudtrail', ...at(digestPrefix, 'S3LocationUri') }] },
  ],
});
