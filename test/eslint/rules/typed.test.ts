/**
 * Typed mode (the project service over test/eslint/fixtures/rules/tsconfig.json): type
 * information finds requests that syntax alone cannot, and the same code untyped is not reported.
 */
import { fileURLToPath } from 'node:url';
import { RuleTester } from '@typescript-eslint/rule-tester';
import { validImportId } from '../../../src/eslint/rules/valid-import-id.js';
import { at, ruleTester, testable } from '../support.js';

const typedRuleTester = new RuleTester({
  languageOptions: {
    parserOptions: { projectService: true, tsconfigRootDir: fileURLToPath(new URL('../fixtures/rules/', import.meta.url)) },
  },
});

/** A function of the application taking the SDK's input type: the literal's contextual type is StartImportCommandInput. */
const contextual = `import type { StartImportCommandInput } from '@aws-sdk/client-cloudtrail';
declare function startImport(input: StartImportCommandInput): Promise<void>;
void startImport({ ImportId: 'not-an-import-id' });
`;

/** The aggregated client, known only by the type its factory returns. */
const factoryClient = `import type { CloudTrail } from '@aws-sdk/client-cloudtrail';
declare function cloudTrail(): CloudTrail;
void cloudTrail().startImport({ ImportId: 'not-an-import-id' });
`;

/** A command whose `input` the code changes after building it: what the literal says is not what is sent. */
const changedInput = [
  `import { StartImportCommand } from '@aws-sdk/client-cloudtrail';\nconst command = new StartImportCommand({ ImportId: 'ABC' });\ncommand.input.ImportId = '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b';\n`,
  `import { StartImportCommand } from '@aws-sdk/client-cloudtrail';\nconst command = new StartImportCommand({ ImportId: 'ABC' });\nObject.assign(command.input, { ImportId: '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b' });\n`,
];

typedRuleTester.run('valid-import-id (typed)', testable(validImportId), {
  valid: [
    // The contextual type of a changed command's literal is the request's too: it is not read either.
    ...changedInput,
    contextual.replace('not-an-import-id', '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b'),
    // Another type of the same shape is not the SDK's.
    `interface StartImportCommandInput { ImportId?: string }\ndeclare function other(input: StartImportCommandInput): void;\nother({ ImportId: 'not-an-import-id' });\n`,
  ],
  invalid: [
    { code: contextual, errors: [{ messageId: 'import-id-invalid', ...at(contextual, 'ImportId:') }] },
    { code: factoryClient, errors: [{ messageId: 'import-id-invalid', ...at(factoryClient, 'ImportId:') }] },
  ],
});

ruleTester.run('valid-import-id (the same code untyped)', testable(validImportId), {
  valid: [contextual, factoryClient],
  invalid: [],
});
