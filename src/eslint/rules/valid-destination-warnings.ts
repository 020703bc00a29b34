import { codeMessages, contractDocs, reportViolations } from '../contract-rule.js';
import { createRule } from '../create-rule.js';

const CODES = ['destination-id-not-uuid'] as const;
const docs = contractDocs('A destination given by its event data store ID should be a lowercase UUID, as every real one is', CODES);

/** Warns of a destination whose event data store ID is not a lowercase UUID (a placeholder, typically). */
export const validDestinationWarnings = createRule({
  name: 'valid-destination-warnings',
  meta: { type: 'problem', docs, messages: codeMessages(CODES), schema: [] },
  defaultOptions: [],
  create: (context) => reportViolations(context, docs),
});
