/**
 * The ways code builds a StartImport request, through one rule (valid-import-id): each form is
 * found, whatever TypeScript syntax wraps it, and a look-alike is not.
 */
import { validImportId } from '../../../src/eslint/rules/valid-import-id.js';
import { ruleTester, testable } from '../support.js';

const BAD = "'not-an-import-id'";
const GOOD = "'4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b'";

const cases = {
  'a named import': `import { StartImportCommand } from '@aws-sdk/client-cloudtrail';\nnew StartImportCommand({ ImportId: ID });\n`,
  'a renamed import': `import { StartImportCommand as Start } from '@aws-sdk/client-cloudtrail';\nnew Start({ ImportId: ID });\n`,
  'a namespace import': `import * as ct from '@aws-sdk/client-cloudtrail';\nnew ct.StartImportCommand({ ImportId: ID });\n`,
  'the aggregated client': `import { CloudTrail } from '@aws-sdk/client-cloudtrail';\nconst client = new CloudTrail({});\nvoid client.startImport({ ImportId: ID });\n`,
  'a client known by its annotation': `import type { CloudTrail } from '@aws-sdk/client-cloudtrail';\nexport const go = (client: CloudTrail) => client.startImport({ ImportId: ID });\n`,
  'an `as` cast': `import type { StartImportCommandInput } from '@aws-sdk/client-cloudtrail';\nexport const input = { ImportId: ID } as StartImportCommandInput;\n`,
  'a `satisfies` check': `import type { StartImportCommandInput } from '@aws-sdk/client-cloudtrail';\nexport const input = { ImportId: ID } satisfies StartImportCommandInput;\n`,
  'an annotation': `import type { StartImportRequest } from '@aws-sdk/client-cloudtrail';\nexport const input: StartImportRequest = { ImportId: ID };\n`,
  'a declared return type': `import type { StartImportCommandInput } from '@aws-sdk/client-cloudtrail';\nexport function retry(): StartImportCommandInput {\n  return { ImportId: ID };\n}\n`,
  'a const passed later': `import { StartImportCommand } from '@aws-sdk/client-cloudtrail';\nconst input = { ImportId: ID };\nnew StartImportCommand(input);\n`,
  'comments around the members': `import { StartImportCommand } from '@aws-sdk/client-cloudtrail';\nnew StartImportCommand({\n  // retry the failed import\n  ImportId: /* from the console */ ID, // copied\n});\n`,
  '`as const` members': `import { StartImportCommand } from '@aws-sdk/client-cloudtrail';\nnew StartImportCommand({ ImportId: ID as const });\n`,
} as const;

const where = (code: string): { line: number; column: number } => {
  const lines = code.split('\n');
  const line = lines.findIndex((text) => text.includes('ImportId: '));
  return { line: line + 1, column: (lines[line] ?? '').indexOf('ImportId') + 1 };
};

ruleTester.run('valid-import-id (the forms of a request)', testable(validImportId), {
  valid: [
    ...Object.entries(cases).map(([name, code]) => ({ name: `${name}, valid`, code: code.replace('ID', GOOD) })),
    // Look-alikes: a StartImportCommand of another module, a startImport of another client, another type of the same name.
    { name: 'a look-alike class', code: `import { StartImportCommand } from './commands';\nnew StartImportCommand({ ImportId: ${BAD} });\n` },
    { name: 'a local class', code: `class StartImportCommand { constructor(readonly input: object) {} }\nnew StartImportCommand({ ImportId: ${BAD} });\n` },
    { name: 'another client', code: `import { Other } from './other';\nvoid new Other().startImport({ ImportId: ${BAD} });\n` },
    { name: 'another type', code: `import type { StartImportCommandInput } from './types';\nexport const input = { ImportId: ${BAD} } as StartImportCommandInput;\n` },
    // Spreads are skipped: the spread could set ImportId after the literal.
    {
      name: 'a spread after the member',
      code: `import { StartImportCommand } from '@aws-sdk/client-cloudtrail';\nexport const go = (over: object) => new StartImportCommand({ ImportId: ${BAD}, ...over });\n`,
    },
  ],
  invalid: Object.entries(cases).map(([name, template]) => {
    const code = template.replace('ID', BAD);
    return { name, code, errors: [{ messageId: 'import-id-invalid' as const, ...where(code) }] };
  }),
});
