import { codeMessages, contractDocs, lintCodes, reportViolations } from '../contract-rule.js';
import { createRule } from '../create-rule.js';

const NAME = 'valid-import-source-warnings';
const CODES = lintCodes(NAME);
const docs = contractDocs("ImportSource.S3's location should name a bucket by today's naming rules and a prefix CloudTrail logs can be under", CODES);

/** Warns of an S3 location with a legacy bucket name or a prefix beside CloudTrail/ (nothing would be imported). */
export const validImportSourceWarnings = createRule({
  name: NAME,
  meta: { type: 'problem', docs, messages: codeMessages(CODES), schema: [] },
  defaultOptions: [],
  create: (context) => reportViolations(context, docs),
});
