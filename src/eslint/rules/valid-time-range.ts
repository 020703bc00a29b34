import { codeMessages, contractDocs, lintCodes, reportViolations } from '../contract-rule.js';
import { createRule } from '../create-rule.js';

const NAME = 'valid-time-range';
const CODES = lintCodes(NAME);
const docs = contractDocs("A new import's time range must run forwards", CODES);

/** Reports a StartImport time range that is reversed (its warnings are `valid-time-range-warnings`'s). */
export const validTimeRange = createRule({
  name: NAME,
  meta: { type: 'problem', docs, messages: codeMessages(CODES), schema: [] },
  defaultOptions: [],
  create: (context) => reportViolations(context, docs),
});
