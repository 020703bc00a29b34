import { codeMessages, contractDocs, reportViolations } from '../contract-rule.js';
import { createRule } from '../create-rule.js';

const CODES = ['time-range-reversed'] as const;
const docs = contractDocs("A new import's time range must run forwards", CODES);

/** Reports a StartImport time range that is reversed (its warnings are `valid-time-range-warnings`'s). */
export const validTimeRange = createRule({
  name: 'valid-time-range',
  meta: { type: 'problem', docs, messages: codeMessages(CODES), schema: [] },
  defaultOptions: [],
  create: (context) => reportViolations(context, docs),
});
