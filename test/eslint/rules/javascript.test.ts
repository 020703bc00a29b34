/** JavaScript files, parsed by ESLint's default parser (espree): ES modules, CommonJS and `require`. */
import { noStringTimestamps } from '../../../src/eslint/rules/no-string-timestamps.js';
import { noUnknownMembers } from '../../../src/eslint/rules/no-unknown-members.js';
import { at, DESTINATION, eslintRule, jsRuleTester } from '../support.js';

const esm = `import { StartImportCommand } from '@aws-sdk/client-cloudtrail';\nnew StartImportCommand({ Destinations: ['${DESTINATION}'], StartEventTime: '2024-01-01', EndEventTime: new Date('2024-02-01') });\n`;
const commonJs = `const { StartImportCommand } = require('@aws-sdk/client-cloudtrail');\nnew StartImportCommand({ StartEventTime: 1704067200, EndEventTime: new Date('2024-02-01') });\n`;
const namespace = `const cloudtrail = require('@aws-sdk/client-cloudtrail');\nnew cloudtrail.StartImportCommand({ Destination: ['${DESTINATION}'] });\n`;

jsRuleTester.run('no-string-timestamps (JavaScript)', eslintRule(noStringTimestamps), {
  valid: [
    { filename: 'start.mjs', code: esm.replace("'2024-01-01'", "new Date('2024-01-01')") },
    { filename: 'lookalike.js', code: `import { StartImportCommand } from './commands.js';\nnew StartImportCommand({ StartEventTime: '2024-01-01' });\n` },
  ],
  invalid: [
    {
      filename: 'start.mjs',
      code: esm,
      errors: [{ messageId: 'timestamp-invalid', ...at(esm, 'StartEventTime'), suggestions: [{ messageId: 'dateFromString', output: esm.replace("'2024-01-01'", "new Date('2024-01-01')") }] }],
    },
    {
      filename: 'start.js',
      code: esm,
      errors: [{ messageId: 'timestamp-invalid', ...at(esm, 'StartEventTime'), suggestions: [{ messageId: 'dateFromString', output: esm.replace("'2024-01-01'", "new Date('2024-01-01')") }] }],
    },
    {
      filename: 'start.cjs',
      code: commonJs,
      languageOptions: { sourceType: 'commonjs' },
      errors: [{ messageId: 'timestamp-invalid', line: 2, column: 26, suggestions: [{ messageId: 'dateFromSeconds', output: commonJs.replace('1704067200', 'new Date(1704067200 * 1000)') }] }],
    },
  ],
});

jsRuleTester.run('no-unknown-members (JavaScript)', eslintRule(noUnknownMembers), {
  valid: [
    {
      filename: 'other.cjs',
      code: `const { StartImportCommand } = require('./commands.cjs');\nnew StartImportCommand({ Destination: [] });\n`,
      languageOptions: { sourceType: 'commonjs' },
    },
  ],
  invalid: [
    {
      filename: 'start.cjs',
      code: namespace,
      languageOptions: { sourceType: 'commonjs' },
      errors: [{ messageId: 'unknown-member', line: 2, column: 37, suggestions: [{ messageId: 'renameMember', output: namespace.replace('Destination:', 'Destinations:') }] }],
    },
  ],
});
