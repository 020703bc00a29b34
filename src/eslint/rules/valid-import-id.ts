import { codeMessages, contractDocs, reportViolations, WARNINGS_SCHEMA, type WarningsOption } from '../contract-rule.js';
import { createRule } from '../create-rule.js';

const CODES = ['type-mismatch', 'import-id-invalid', 'import-id-placeholder'] as const;
const docs = contractDocs('ImportId must be an import id: 36 characters of a-f, 0-9 and -, not a documentation placeholder', CODES, [
  '/ImportId',
]);

/** Reports an `ImportId` that is not an import id, and (with `warnings`) one that is a documentation placeholder. */
export const validImportId = createRule({
  name: 'valid-import-id',
  meta: { type: 'problem', docs, messages: codeMessages(CODES), schema: WARNINGS_SCHEMA },
  defaultOptions: [{ warnings: false }] as [WarningsOption],
  create: (context, [options]) => reportViolations(context, docs, options),
});
