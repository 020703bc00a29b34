import { noRetryWithNewImportParams } from '../../../src/eslint/rules/no-retry-with-new-import-params.js';
import { at, command, DESTINATION, IMPORT_COMMAND, IMPORT_ID, ruleTester, testable } from '../support.js';

const withDestinations = `${IMPORT_COMMAND}\nnew StartImportCommand({ ImportId: '${IMPORT_ID}', Destinations: ['${DESTINATION}'] });\n`;
const withEverything = command({ ImportId: `'${IMPORT_ID}'` });

ruleTester.run('no-retry-with-new-import-params', testable(noRetryWithNewImportParams), {
  valid: [
    `${IMPORT_COMMAND}\nnew StartImportCommand({ ImportId: '${IMPORT_ID}' });\n`,
    command(),
    // A spread may hold anything: nothing is known to be present or absent.
    `${IMPORT_COMMAND}\nexport const retry = (base: object) => new StartImportCommand({ ...base, ImportId: '${IMPORT_ID}' });\n`,
  ],
  invalid: [
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
