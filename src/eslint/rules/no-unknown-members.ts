import { codeMessages, contractDocs, lintCodes, reportViolations } from '../contract-rule.js';
import { createRule } from '../create-rule.js';
import { MEMBER_SUGGESTION_MESSAGES, suggestMember } from '../suggestions/member.js';

const NAME = 'no-unknown-members';
const CODES = lintCodes(NAME);
const docs = contractDocs('Every key of a StartImport request must be a member of its shape: the SDK silently drops any other', CODES);

/** Reports a key the StartImport request shape does not have, suggesting the member a near miss meant. */
export const noUnknownMembers = createRule({
  name: NAME,
  meta: {
    type: 'problem',
    docs,
    messages: { ...codeMessages(CODES), ...MEMBER_SUGGESTION_MESSAGES },
    schema: [],
    hasSuggestions: true,
  },
  defaultOptions: [],
  create: (context) => reportViolations(context, docs, { suggest: suggestMember }),
});
