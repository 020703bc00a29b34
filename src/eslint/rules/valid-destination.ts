import { codeMessages, contractDocs, lintCodes, reportViolations } from '../contract-rule.js';
import { createRule } from '../create-rule.js';

const NAME = 'valid-destination';
// violations-truncated: mostly a Destinations list longer than the validator checks item by item (MAX_LIST_ITEMS_CHECKED).
const CODES = lintCodes(NAME, ['type-mismatch', 'violations-truncated']);
const docs = contractDocs(
  'Destinations must hold exactly one event data store, by its ARN (of a Region of its partition) or its ID',
  CODES,
  ['/Destinations'],
);

/** Reports a `Destinations` list that is not exactly one well-formed event data store ARN or ID. */
export const validDestination = createRule({
  name: NAME,
  meta: { type: 'problem', docs, messages: codeMessages(CODES), schema: [] },
  defaultOptions: [],
  create: (context) => reportViolations(context, docs),
});
