import { codeMessages, contractDocs, reportViolations } from '../contract-rule.js';
import { createRule } from '../create-rule.js';
import { logsRequestCodes } from './valid-read-import-params.js';

const CODES = logsRequestCodes('warning');
const docs = contractDocs(
  "The CloudWatch Logs import tasks' inputs should not ask for what matches nothing: an importSourceArn filter that is no event data store ARN, an importFilter time later than now",
  CODES,
);

/** Reports the warnings of the CloudWatch Logs import tasks' inputs (their errors are `valid-read-import-params`'). */
export const validReadImportParamsWarnings = createRule({
  name: 'valid-read-import-params-warnings',
  meta: { type: 'problem', docs, messages: codeMessages(CODES), schema: [] },
  defaultOptions: [],
  create: (context) => reportViolations(context, docs),
});
