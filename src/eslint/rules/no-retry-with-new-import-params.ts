import { codeMessages, contractDocs, reportViolations } from '../contract-rule.js';
import { createRule } from '../create-rule.js';

const CODES = ['retry-with-new-import-params'] as const;
const docs = contractDocs('A retry (ImportId) must send ImportId alone, without Destinations, ImportSource, StartEventTime or EndEventTime', CODES);

/** Reports a StartImport request that sends `ImportId` together with a new import's members. */
export const noRetryWithNewImportParams = createRule({
  name: 'no-retry-with-new-import-params',
  meta: { type: 'problem', docs, messages: codeMessages(CODES), schema: [] },
  defaultOptions: [],
  create: (context) => reportViolations(context, docs),
});
