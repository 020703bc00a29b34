import { codeMessages, contractDocs, lintCodes, reportViolations } from '../contract-rule.js';
import { createRule } from '../create-rule.js';

const NAME = 'valid-import-id';
const CODES = lintCodes(NAME, ['type-mismatch']);
const docs = contractDocs('ImportId must be an import id: 36 characters of a-f, 0-9 and -', CODES, [
  '/ImportId',
]);

/** Reports an `ImportId` that is not an import id (a documentation placeholder is `valid-import-id-warnings`'). */
export const validImportId = createRule({
  name: NAME,
  meta: { type: 'problem', docs, messages: codeMessages(CODES), schema: [] },
  defaultOptions: [],
  create: (context) => reportViolations(context, docs),
});
