import { codeMessages, contractDocs, lintCodes, reportViolations } from '../contract-rule.js';
import { createRule } from '../create-rule.js';

const NAME = 'valid-import-id-warnings';
const CODES = lintCodes(NAME);
const docs = contractDocs('ImportId should not be an AWS documentation placeholder', CODES);

/** Warns of an `ImportId` copied from the AWS documentation (it contains EXAMPLE). */
export const validImportIdWarnings = createRule({
  name: NAME,
  meta: { type: 'problem', docs, messages: codeMessages(CODES), schema: [] },
  defaultOptions: [],
  create: (context) => reportViolations(context, docs),
});
