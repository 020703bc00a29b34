import { codeMessages, contractDocs, reportViolations } from '../contract-rule.js';
import { createRule } from '../create-rule.js';

const CODES = ['request-empty', 'new-import-missing-destinations', 'new-import-missing-import-source'] as const;
const docs = contractDocs('A new import (no ImportId) must name its Destinations and its ImportSource', CODES);

/** Reports a StartImport request known to lack `Destinations` or `ImportSource` without being a retry. */
export const requireNewImportParams = createRule({
  name: 'require-new-import-params',
  meta: { type: 'problem', docs, messages: codeMessages(CODES), schema: [] },
  defaultOptions: [],
  create: (context) => reportViolations(context, docs),
});
