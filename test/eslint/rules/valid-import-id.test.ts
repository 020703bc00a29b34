import { validImportIdWarnings } from '../../../src/eslint/rules/valid-import-id-warnings.js';
import { validImportId } from '../../../src/eslint/rules/valid-import-id.js';
import { at, IMPORT_COMMAND, IMPORT_ID, ruleTester, testable } from '../support.js';

const retry = (importId: string): string => `${IMPORT_COMMAND}\nnew StartImportCommand({ ImportId: ${importId} });\n`;
const uppercase = retry("'4B9E2F7A-1C3D-4E5F-8A9B-0C1D2E3F4A5B'");
const placeholder = retry("'EXAMPLEe-7be2-4658-9204-b38c3257fcd1'");
const number = `${IMPORT_COMMAND}\nnew StartImportCommand({ ImportId: 42 });\n`;

ruleTester.run('valid-import-id', testable(validImportId), {
  valid: [
    retry(`'${IMPORT_ID}'`),
    retry(`'${IMPORT_ID}' as const`),
    // A documentation placeholder is a warning: valid-import-id-warnings'.
    placeholder,
    // A parameter is unknown: never reported.
    `${IMPORT_COMMAND}\nexport const retryOf = (id: string) => new StartImportCommand({ ImportId: id });\n`,
    // A look-alike class from another module.
    `import { StartImportCommand } from './my-commands';\nnew StartImportCommand({ ImportId: 'not an id' });\n`,
  ],
  invalid: [
    { code: uppercase, errors: [{ messageId: 'import-id-invalid', ...at(uppercase, 'ImportId') }] },
    { code: number, errors: [{ messageId: 'type-mismatch', ...at(number, 'ImportId') }] },
    {
      // A const identifier bound to a literal is known.
      code: `${IMPORT_COMMAND}\nconst id = 'abc';\nnew StartImportCommand({ ImportId: id });\n`,
      errors: [{ messageId: 'import-id-invalid', line: 3, column: 26 }],
    },
  ],
});

ruleTester.run('valid-import-id-warnings', testable(validImportIdWarnings), {
  valid: [retry(`'${IMPORT_ID}'`), uppercase, `${IMPORT_COMMAND}\nexport const retryOf = (id: string) => new StartImportCommand({ ImportId: id });\n`],
  invalid: [{ code: placeholder, errors: [{ messageId: 'import-id-placeholder', ...at(placeholder, 'ImportId') }] }],
});
