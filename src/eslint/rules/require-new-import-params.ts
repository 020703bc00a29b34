import { codeMessages, contractDocs, lintCodes, reportViolations } from '../contract-rule.js';
import { createRule } from '../create-rule.js';

const NAME = 'require-new-import-params';
const CODES = lintCodes(NAME);
const docs = contractDocs('A new import (no ImportId) must name its Destinations and its ImportSource', CODES);

/** Reports a StartImport request known to lack `Destinations` or `ImportSource` without being a retry. */
export const requireNewImportParams = createRule({
  name: NAME,
  meta: { type: 'problem', docs, messages: codeMessages(CODES), schema: [] },
  defaultOptions: [],
  create: (context) => reportViolations(context, docs),
});
