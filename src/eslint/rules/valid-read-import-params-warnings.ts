import { codeMessages, contractDocs, reportViolations } from '../contract-rule.js';
import { createRule } from '../create-rule.js';
import { logsRequestCodes } from './valid-read-import-params.js';

const CODES = ['destination-filter-not-event-data-store', ...logsRequestCodes('warning')] as const;
const docs = contractDocs(
  "The other import operations' inputs should not ask for what matches nothing: a ListImports Destination filter or a DescribeImportTasks importSourceArn filter that is no event data store ARN, an importFilter time later than now",
  CODES,
);

/** Reports the warnings of the other import operations' inputs (their errors are `valid-read-import-params`'). */
export const validReadImportParamsWarnings = createRule({
  name: 'valid-read-import-params-warnings',
  meta: { type: 'problem', docs, messages: codeMessages(CODES), schema: [] },
  defaultOptions: [],
  create: (context) => reportViolations(context, docs),
});
