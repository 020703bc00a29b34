import { codeMessages, contractDocs, lintCodes, reportViolations } from '../contract-rule.js';
import { createRule } from '../create-rule.js';

const NAME = 'valid-time-range-warnings';
const CODES = lintCodes(NAME);
const docs = contractDocs("A new import's time range should be given whole, be non-empty and not start in the future", CODES);

/** Warns of a StartImport time range that is empty, half-open or starts in the future. */
export const validTimeRangeWarnings = createRule({
  name: NAME,
  meta: { type: 'problem', docs, messages: codeMessages(CODES), schema: [] },
  defaultOptions: [],
  create: (context) => reportViolations(context, docs),
});
