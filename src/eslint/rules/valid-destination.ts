import { codeMessages, contractDocs, reportViolations } from '../contract-rule.js';
import { createRule } from '../create-rule.js';

const CODES = [
  'type-mismatch',
  'destinations-count',
  'destination-length',
  'destination-pattern',
  'destination-not-event-data-store',
  'destination-region-invalid',
  // Mostly a Destinations list longer than the validator checks item by item (MAX_LIST_ITEMS_CHECKED).
  'violations-truncated',
] as const;
const docs = contractDocs(
  'Destinations must hold exactly one event data store, by its ARN (of a Region of its partition) or its ID',
  CODES,
  ['/Destinations'],
);

/** Reports a `Destinations` list that is not exactly one well-formed event data store ARN or ID. */
export const validDestination = createRule({
  name: 'valid-destination',
  meta: { type: 'problem', docs, messages: codeMessages(CODES), schema: [] },
  defaultOptions: [],
  create: (context) => reportViolations(context, docs),
});
