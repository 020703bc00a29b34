import { noUnknownMembers } from '../../../src/eslint/rules/no-unknown-members.js';
import { validDestination } from '../../../src/eslint/rules/valid-destination.js';
import { validImportId } from '../../../src/eslint/rules/valid-import-id.js';
import { validReadImportParams } from '../../../src/eslint/rules/valid-read-import-params.js';
import { validReadImportParamsWarnings } from '../../../src/eslint/rules/valid-read-import-params-warnings.js';
import { at, DESTINATION, IMPORT_ID, ruleTester, testable } from '../support.js';

const COMMANDS = "import { CloudTrail, GetImportCommand, ListImportFailuresCommand, ListImportsCommand, StopImportCommand } from '@aws-sdk/client-cloudtrail';";
const source = (body: string): string => `${COMMANDS}\n${body}\n`;

const tooMany = source('new ListImportsCommand({ MaxResults: 5000 });');
const done = source("new ListImportsCommand({ ImportStatus: 'DONE', MaxResults: 50 });");
const shortToken = source(`new ListImportFailuresCommand({ ImportId: '${IMPORT_ID}', NextToken: 'abc' });`);
const noId = source('new GetImportCommand({});');
const stringMax = source(`new CloudTrail({}).listImportFailures({ ImportId: '${IMPORT_ID}', MaxResults: '10' });`);
const clientStop = source('const client = new CloudTrail({});\nclient.stopImport({});');
const TYPES = "import type { ListImportsCommandInput, GetImportRequest } from '@aws-sdk/client-cloudtrail';";
const annotated = `${TYPES}\nexport const page: ListImportsCommandInput = { MaxResults: 0 };\n`;
const satisfied = `${TYPES}\nexport const page = { NextToken: 'x' } satisfies ListImportsCommandInput;\n`;
const returned = `${TYPES}\nexport function describe(): GetImportRequest {\n  return {};\n}\n`;

ruleTester.run('valid-read-import-params', testable(validReadImportParams), {
  valid: [
    source(`new GetImportCommand({ ImportId: '${IMPORT_ID}' });`),
    source(`new ListImportsCommand({ MaxResults: 1000, ImportStatus: 'FAILED', Destination: '${DESTINATION}', NextToken: 'abcd' });`),
    source('new ListImportsCommand({});'),
    // Unknown values are never reported: a parameter may be anything.
    source('export const page = (max: number, token: string) => new ListImportsCommand({ MaxResults: max, NextToken: token });'),
    // The ImportId may be written with an unknown value, or spread in.
    source('export const get = (id: string) => new GetImportCommand({ ImportId: id });'),
    source('export const get = (base: { ImportId: string }) => new StopImportCommand({ ...base });'),
    // A look-alike class from another module.
    "import { ListImportsCommand } from './my-commands';\nnew ListImportsCommand({ MaxResults: 5000 });\n",
  ],
  invalid: [
    { code: tooMany, errors: [{ messageId: 'max-results-out-of-range', ...at(tooMany, 'MaxResults') }] },
    { code: done, errors: [{ messageId: 'import-status-filter-invalid', ...at(done, 'ImportStatus') }] },
    { code: shortToken, errors: [{ messageId: 'next-token-length', ...at(shortToken, 'NextToken') }] },
    { code: noId, errors: [{ messageId: 'required-member-missing', ...at(noId, '{}') }] },
    { code: stringMax, errors: [{ messageId: 'type-mismatch', ...at(stringMax, 'MaxResults') }] },
    { code: clientStop, errors: [{ messageId: 'required-member-missing', ...at(clientStop, '{}', 2) }] },
    // Objects annotated, checked with `satisfies` or returned as an operation's input type.
    { code: annotated, errors: [{ messageId: 'max-results-out-of-range', ...at(annotated, 'MaxResults') }] },
    { code: satisfied, errors: [{ messageId: 'next-token-length', ...at(satisfied, 'NextToken') }] },
    { code: returned, errors: [{ messageId: 'required-member-missing', ...at(returned, '{}') }] },
  ],
});

const badId = source("new StopImportCommand({ ImportId: 'not-a-uuid' });");
const badIdClient = source("new CloudTrail({}).getImport({ ImportId: 'ABC' });");
ruleTester.run('valid-import-id (read operations)', testable(validImportId), {
  valid: [source(`new StopImportCommand({ ImportId: '${IMPORT_ID}' });`)],
  invalid: [
    { code: badId, errors: [{ messageId: 'import-id-invalid', ...at(badId, 'ImportId') }] },
    { code: badIdClient, errors: [{ messageId: 'import-id-invalid', ...at(badIdClient, 'ImportId') }] },
  ],
});

const misspelt = source(`new GetImportCommand({ ImportId: '${IMPORT_ID}', importStatus: 'FAILED' });`);
ruleTester.run('no-unknown-members (read operations)', testable(noUnknownMembers), {
  valid: [source(`new ListImportFailuresCommand({ ImportId: '${IMPORT_ID}', MaxResults: 10 });`)],
  invalid: [{ code: misspelt, errors: [{ messageId: 'unknown-member', ...at(misspelt, 'importStatus') }] }],
});

const badDestination = source("new ListImportsCommand({ Destination: 'x:' });");
ruleTester.run('valid-destination (ListImports)', testable(validDestination), {
  valid: [source(`new ListImportsCommand({ Destination: '${DESTINATION}' });`)],
  // Too short for the model; that it names no event data store is valid-read-import-params-warnings' warning.
  invalid: [{ code: badDestination, errors: [{ messageId: 'destination-length', ...at(badDestination, 'Destination') }] }],
});

const trailFilter = source("new ListImportsCommand({ Destination: 'arn:aws:cloudtrail:us-east-1:123456789012:trail/management-events' });");
ruleTester.run('valid-read-import-params-warnings (ListImports)', testable(validReadImportParamsWarnings), {
  valid: [source(`new ListImportsCommand({ Destination: '${DESTINATION}' });`)],
  invalid: [{ code: trailFilter, errors: [{ messageId: 'destination-filter-not-event-data-store', ...at(trailFilter, 'Destination') }] }],
});
