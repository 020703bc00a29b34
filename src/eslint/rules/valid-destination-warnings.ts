import { codeMessages, contractDocs, lintCodes, reportViolations } from '../contract-rule.js';
import { createRule } from '../create-rule.js';

const NAME = 'valid-destination-warnings';
const CODES = lintCodes(NAME);
const docs = contractDocs('A destination given by its event data store ID should be a lowercase UUID, as every real one is', CODES);

/** Warns of a destination whose event data store ID is not a lowercase UUID (a placeholder, typically). */
export const validDestinationWarnings = createRule({
  name: NAME,
  meta: { type: 'problem', docs, messages: codeMessages(CODES), schema: [] },
  defaultOptions: [],
  create: (context) => reportViolations(context, docs),
});
