import { codeMessages, contractDocs, lintCodes, reportViolations } from '../contract-rule.js';
import { createRule } from '../create-rule.js';

const NAME = 'consistent-partition';
const CODES = lintCodes(NAME);
const docs = contractDocs('The destination ARN, the role ARN and the bucket Region must belong to one AWS partition', CODES);

/** Reports a StartImport request whose destination, role and bucket Region are in different partitions. */
export const consistentPartition = createRule({
  name: NAME,
  meta: { type: 'problem', docs, messages: codeMessages(CODES), schema: [] },
  defaultOptions: [],
  create: (context) => reportViolations(context, docs),
});
