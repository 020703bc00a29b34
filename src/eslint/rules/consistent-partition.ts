import { codeMessages, contractDocs, reportViolations } from '../contract-rule.js';
import { createRule } from '../create-rule.js';

const CODES = ['partition-mismatch'] as const;
const docs = contractDocs('The destination ARN, the role ARN and the bucket Region must belong to one AWS partition', CODES);

/** Reports a StartImport request whose destination, role and bucket Region are in different partitions. */
export const consistentPartition = createRule({
  name: 'consistent-partition',
  meta: { type: 'problem', docs, messages: codeMessages(CODES), schema: [] },
  defaultOptions: [],
  create: (context) => reportViolations(context, docs),
});
