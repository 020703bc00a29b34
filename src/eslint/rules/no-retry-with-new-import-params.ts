import { codeMessages, contractDocs, lintCodes, reportViolations } from '../contract-rule.js';
import { createRule } from '../create-rule.js';

const NAME = 'no-retry-with-new-import-params';
const CODES = lintCodes(NAME);
const docs = contractDocs('A retry (ImportId) must send ImportId alone, without Destinations, ImportSource, StartEventTime or EndEventTime', CODES);

/** Reports a StartImport request that sends `ImportId` together with a new import's members. */
export const noRetryWithNewImportParams = createRule({
  name: NAME,
  meta: { type: 'problem', docs, messages: codeMessages(CODES), schema: [] },
  defaultOptions: [],
  create: (context) => reportViolations(context, docs),
});
