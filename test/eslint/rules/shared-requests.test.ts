/**
 * One object in several requests: a `const` request given to two operations is checked as each, and
 * a `const` part of several requests is reported where it is written, once.
 */
import { noRetryWithNewImportParams } from '../../../src/eslint/rules/no-retry-with-new-import-params.js';
import { noUnknownMembers } from '../../../src/eslint/rules/no-unknown-members.js';
import { validImportSource } from '../../../src/eslint/rules/valid-import-source.js';
import { at, DESTINATION, IMPORT_ID, REGION, ROLE, ruleTester, testable } from '../support.js';

const IMPORTS = "import { GetImportCommand, StartImportCommand } from '@aws-sdk/client-cloudtrail';";
const shared = (first: string, second: string): string =>
  `${IMPORTS}\nconst request = { ImportId: '${IMPORT_ID}', Destinations: ['${DESTINATION}'] };\n${first}\n${second}\n`;
const START = 'new StartImportCommand(request);';
const GET = 'new GetImportCommand(request as never);';

const s3 = `${IMPORTS}
const S3 = { S3LocationUri: 'https://example.s3.amazonaws.com/', S3BucketRegion: '${REGION}', S3BucketAccessRoleArn: '${ROLE}' };
new StartImportCommand({ Destinations: ['${DESTINATION}'], ImportSource: { S3 } });
new StartImportCommand({ Destinations: ['${DESTINATION}'], ImportSource: { S3 }, StartEventTime: new Date('2024-01-01T00:00:00Z'), EndEventTime: new Date('2024-02-01T00:00:00Z') });
new StartImportCommand({ Destinations: ['${DESTINATION}'], ImportSource: { S3: S3 } });
`;

ruleTester.run('no-retry-with-new-import-params (a request given to two operations)', testable(noRetryWithNewImportParams), {
  valid: [],
  invalid: [START, GET].flatMap((first) => {
    const code = shared(first, first === START ? GET : START);
    // StartImport's finding, whichever command comes first.
    return [{ code, errors: [{ messageId: 'retry-with-new-import-params' as const, ...at(code, 'Destinations') }] }];
  }),
});

ruleTester.run('no-unknown-members (a request given to two operations)', testable(noUnknownMembers), {
  valid: [],
  invalid: [START, GET].flatMap((first) => {
    const code = shared(first, first === START ? GET : START);
    // GetImport's finding, whichever command comes first.
    return [{ code, errors: [{ messageId: 'unknown-member' as const, ...at(code, 'Destinations') }] }];
  }),
});

ruleTester.run('valid-import-source (a const part of three requests)', testable(validImportSource), {
  valid: [],
  invalid: [{ code: s3, errors: [{ messageId: 's3-location-uri-invalid', ...at(s3, 'S3LocationUri') }] }],
});
