import { codeMessages, contractDocs, lintCodes, reportViolations } from '../contract-rule.js';
import { createRule } from '../create-rule.js';
import { DATE_SUGGESTION_MESSAGES, suggestDate } from '../suggestions/date.js';

const NAME = 'no-string-timestamps';
const CODES = lintCodes(NAME);
const docs = contractDocs(
  'StartEventTime and EndEventTime must be valid Date objects in SDK code: the SDK sends a string or number as-is',
  CODES,
);

/** Reports a `StartEventTime` / `EndEventTime` that is not a valid `Date`, suggesting `new Date(...)` where the value is a literal. */
export const noStringTimestamps = createRule({
  name: NAME,
  meta: {
    type: 'problem',
    docs,
    messages: { ...codeMessages(CODES), ...DATE_SUGGESTION_MESSAGES },
    schema: [],
    hasSuggestions: true,
  },
  defaultOptions: [],
  create: (context) => reportViolations(context, docs, { suggest: suggestDate }),
});
