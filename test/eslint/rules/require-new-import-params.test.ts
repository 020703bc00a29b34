import { requireNewImportParams } from '../../../src/eslint/rules/require-new-import-params.js';
import { command, DESTINATION, IMPORT_COMMAND, IMPORT_ID, ruleTester, testable } from '../support.js';

ruleTester.run('require-new-import-params', testable(requireNewImportParams), {
  valid: [
    command(),
    `${IMPORT_COMMAND}\nnew StartImportCommand({ ImportId: '${IMPORT_ID}' });\n`,
    // With a spread, no member is known to be absent.
    `${IMPORT_COMMAND}\nexport const start = (source: object) => new StartImportCommand({ Destinations: ['${DESTINATION}'], ...source });\n`,
    // An argument that is not an object literal is unknown.
    `${IMPORT_COMMAND}\nexport const start = (input: never) => new StartImportCommand(input);\n`,
  ],
  invalid: [
    {
      // Reported on the object literal: the missing member has no node of its own.
      code: `${IMPORT_COMMAND}\nnew StartImportCommand({});\n`,
      errors: [{ messageId: 'request-empty', line: 2, column: 24 }],
    },
    {
      code: command({ ImportSource: null }),
      errors: [{ messageId: 'new-import-missing-import-source', line: 2, column: 24 }],
    },
    {
      code: command({ Destinations: null, ImportSource: null }),
      errors: [
        { messageId: 'new-import-missing-destinations', line: 2, column: 24 },
        { messageId: 'new-import-missing-import-source', line: 2, column: 24 },
      ],
    },
  ],
});
