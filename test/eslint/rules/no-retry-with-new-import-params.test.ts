import { noRetryWithNewImportParams } from '../../../src/eslint/rules/no-retry-with-new-import-params.js';
import { at, command, DESTINATION, IMPORT_COMMAND, IMPORT_ID, ruleTester, testable } from '../support.js';

const REQUEST_TYPE = "import type { StartImportRequest } from '@aws-sdk/client-cloudtrail';";
const retryOf = (parameter: string): string => `${REQUEST_TYPE}\nexport const retry = (${parameter}): StartImportRequest => ({ ImportId: id, StartEventTime: new Date('2024-01-01') });\n`;

const withDestinations = `${IMPORT_COMMAND}\nnew StartImportCommand({ ImportId: '${IMPORT_ID}', Destinations: ['${DESTINATION}'] });\n`;
const withEverything = command({ ImportId: `'${IMPORT_ID}'` });

ruleTester.run('no-retry-with-new-import-params', testable(noRetryWithNewImportParams), {
  valid: [
    `${IMPORT_COMMAND}\nnew StartImportCommand({ ImportId: '${IMPORT_ID}' });\n`,
    command(),
    // A spread may hold anything: nothing is known to be present or absent.
    `${IMPORT_COMMAND}\nexport const retry = (base: object) => new StartImportCommand({ ...base, ImportId: '${IMPORT_ID}' });\n`,
    // An id that may be undefined may leave a new import (whose missing members are require-new-import-params').
    retryOf('id?: string'),
    retryOf('id: string | undefined'),
  ],
  invalid: [
    // A parameter declared string is an ImportId whatever its value: a retry.
    { code: retryOf('id: string'), errors: [{ messageId: 'retry-with-new-import-params', ...at(retryOf('id: string'), 'StartEventTime') }] },
    {
      code: withDestinations,
      errors: [{ messageId: 'retry-with-new-import-params', ...at(withDestinations, 'Destinations') }],
    },
    {
      // One report per new-import member, each on its own property.
      code: withEverything,
      errors: ['Destinations', 'ImportSource', 'StartEventTime', 'EndEventTime'].map((member) => ({
        messageId: 'retry-with-new-import-params' as const,
        ...at(withEverything, member),
      })),
    },
  ],
});
