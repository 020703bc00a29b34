import { codeMessages, contractDocs, reportViolations } from '../contract-rule.js';
import { createRule } from '../create-rule.js';

const CODES = ['import-id-placeholder'] as const;
const docs = contractDocs('ImportId should not be an AWS documentation placeholder', CODES);

/** Warns of an `ImportId` copied from the AWS documentation (it contains EXAMPLE). */
export const validImportIdWarnings = createRule({
  name: 'valid-import-id-warnings',
  meta: { type: 'problem', docs, messages: codeMessages(CODES), schema: [] },
  defaultOptions: [],
  create: (context) => reportViolations(context, docs),
});
