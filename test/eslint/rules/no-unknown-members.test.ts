import { noUnknownMembers } from '../../../src/eslint/rules/no-unknown-members.js';
import { at, command, DESTINATION, IMPORT_ID, LOCATION, REGION, ROLE, ruleTester, testable } from '../support.js';

const typo = command({ Destinations: null, Destination: `['${DESTINATION}']` });
const lowerCase = `import { StartImportCommand } from '@aws-sdk/client-cloudtrail';\nnew StartImportCommand({ importId: '${IMPORT_ID}' });\n`;
const quoted = `import { StartImportCommand } from '@aws-sdk/client-cloudtrail';\nnew StartImportCommand({ "importId": '${IMPORT_ID}' });\n`;
const shorthand = `import { StartImportCommand } from '@aws-sdk/client-cloudtrail';\nconst importId = '${IMPORT_ID}';\nnew StartImportCommand({ importId });\n`;
const nested = command({
  ImportSource: `{ S3: { S3LocationUri: '${LOCATION}', S3Bucketregion: '${REGION}', S3BucketAccessRoleArn: '${ROLE}' } }`,
});
const both = command({ Destination: `['${DESTINATION}']` });
const asUndefined = command({ importId: 'undefined' });
const far = command({ Tags: '[]' });
// `__proto__: x` (plain or quoted, not computed, shorthand or a method) sets the prototype: no own key, so no member to report.
const protoNull = `import { StartImportCommand } from '@aws-sdk/client-cloudtrail';\nnew StartImportCommand({ __proto__: null, ImportId: '${IMPORT_ID}' });\n`;
const protoQuoted = `import { StartImportCommand } from '@aws-sdk/client-cloudtrail';\nconst base = {};\nnew StartImportCommand({ "__proto__": base, ImportId: '${IMPORT_ID}' });\n`;
const protoBesideTypo = `import { StartImportCommand } from '@aws-sdk/client-cloudtrail';\nnew StartImportCommand({ __proto__: null, Destinaton: [], ImportId: '${IMPORT_ID}' });\n`;
const protoShorthand = `import { StartImportCommand } from '@aws-sdk/client-cloudtrail';\nconst __proto__ = 1;\nnew StartImportCommand({ __proto__, ImportId: '${IMPORT_ID}' });\n`;
// The misspelt member is written in a const spread into the request, which other code may read: reported there, with no rename.
const inSpreadConst = `import { StartImportCommand } from '@aws-sdk/client-cloudtrail';\nconst base = { Destination: ['${DESTINATION}'] };\nconsole.log(base.Destination);\nnew StartImportCommand({ ...base, ImportSource: { S3: { S3LocationUri: '${LOCATION}', S3BucketRegion: '${REGION}', S3BucketAccessRoleArn: '${ROLE}' } } });\n`;
const constructorKey = `import { StartImportCommand } from '@aws-sdk/client-cloudtrail';\nnew StartImportCommand({ ImportId: '${IMPORT_ID}', constructor: 'x' });\n`;

ruleTester.run('no-unknown-members', testable(noUnknownMembers), {
  valid: [
    command(),
    `import { StartImportCommand } from '@aws-sdk/client-cloudtrail';\nnew StartImportCommand({ ImportId: '${IMPORT_ID}' });\n`,
    // A computed key is unknown, even a literal one.
    `import { StartImportCommand } from '@aws-sdk/client-cloudtrail';\nexport const start = (key: string) => new StartImportCommand({ [key]: 'x' });\n`,
    `import { StartImportCommand } from '@aws-sdk/client-cloudtrail';\nnew StartImportCommand({ ImportId: '${IMPORT_ID}', ['Destination']: [] });\n`,
    protoNull,
    protoQuoted,
  ],
  invalid: [
    { code: inSpreadConst, errors: [{ messageId: 'unknown-member', ...at(inSpreadConst, 'Destination:'), suggestions: [] }] },
    {
      // The prototype's members are unknown; a misspelt key written beside it is the object's own.
      code: protoBesideTypo,
      errors: [{ messageId: 'unknown-member', ...at(protoBesideTypo, 'Destinaton'), suggestions: [{ messageId: 'renameMember', output: protoBesideTypo.replace('Destinaton', 'Destinations') }] }],
    },
    {
      // A shorthand `__proto__` is an own member, which the SDK drops.
      code: protoShorthand,
      errors: [{ messageId: 'unknown-member', line: 3, column: 26 }],
    },
    {
      // Written as undefined, which the SDK drops: still a misspelt key.
      code: asUndefined,
      errors: [{ messageId: 'unknown-member', ...at(asUndefined, 'importId'), suggestions: [{ messageId: 'renameMember', output: asUndefined.replace('importId', 'ImportId') }] }],
    },
    {
      code: typo,
      errors: [
        {
          messageId: 'unknown-member',
          ...at(typo, 'Destination'),
          suggestions: [{ messageId: 'renameMember', data: { key: 'Destination', member: 'Destinations' }, output: typo.replace('Destination:', 'Destinations:') }],
        },
      ],
    },
    {
      code: lowerCase,
      errors: [{ messageId: 'unknown-member', line: 2, column: 26, suggestions: [{ messageId: 'renameMember', output: lowerCase.replace('importId', 'ImportId') }] }],
    },
    {
      // The key's quotes are kept.
      code: quoted,
      errors: [{ messageId: 'unknown-member', line: 2, column: 26, suggestions: [{ messageId: 'renameMember', output: quoted.replace('"importId"', '"ImportId"') }] }],
    },
    {
      // A shorthand property keeps its variable.
      code: shorthand,
      errors: [
        { messageId: 'unknown-member', line: 3, column: 26, suggestions: [{ messageId: 'renameMember', output: shorthand.replace('{ importId }', '{ ImportId: importId }') }] },
      ],
    },
    {
      // Nested shapes have their own members.
      code: nested,
      errors: [
        {
          messageId: 'unknown-member',
          ...at(nested, 'S3Bucketregion'),
          suggestions: [{ messageId: 'renameMember', output: nested.replace('S3Bucketregion', 'S3BucketRegion') }],
        },
      ],
    },
    // No suggestion where the member is already there (a duplicate key) or nothing is near.
    { code: both, errors: [{ messageId: 'unknown-member', ...at(both, 'Destination:'), suggestions: [] }] },
    { code: far, errors: [{ messageId: 'unknown-member', ...at(far, 'Tags'), suggestions: [] }] },
    { code: constructorKey, errors: [{ messageId: 'unknown-member', ...at(constructorKey, 'constructor'), suggestions: [] }] },
  ],
});
