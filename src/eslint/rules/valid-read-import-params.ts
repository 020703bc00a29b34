import { ruleCatalogue, type ViolationCode } from '../../rules/index.js';
import { codeMessages, contractDocs, reportViolations } from '../contract-rule.js';
import { createRule } from '../create-rule.js';

/** The CloudWatch Logs import tasks' request codes of `severity`, but those epoch-milliseconds owns. */
export function logsRequestCodes(severity: 'error' | 'warning'): ViolationCode[] {
  return ruleCatalogue
    .filter((entry) => entry.code.startsWith('logs-') && entry.severity === severity && entry.code !== 'logs-time-in-seconds')
    .filter((entry) => Object.values(entry.operations ?? {}).some((subjects) => subjects.includes('request')))
    .map((entry) => entry.code);
}

/** The members of the other operations' inputs whose type-mismatch this rule reports (CloudTrail's, then CloudWatch Logs'). */
const MEMBERS = ['/MaxResults', '/NextToken', '/ImportStatus', '/Destination', '/importSourceArn', '/importRoleArn', '/importId', '/limit', '/nextToken', '/importStatus', '/batchImportStatus'];
const CODES = ['type-mismatch', 'required-member-missing', 'max-results-out-of-range', 'next-token-length', 'import-status-filter-invalid', ...logsRequestCodes('error')] as const;
const docs = contractDocs(
  "The other import operations' inputs must keep to their contract: GetImport, StopImport, ListImports and ListImportFailures (the ImportId they require, MaxResults within its range, a NextToken of 4–1000 characters, an ImportStatus filter AWS knows) and the CloudWatch Logs import tasks (CreateImportTask's event data store source, role ARN and time range, the Describe… and Cancel… filters, limits and ids)",
  CODES,
  MEMBERS,
);

/**
 * Reports what the commands of the read operations and of the CloudWatch Logs import tasks
 * (`new ListImportsCommand({…})`, `client.getImport({…})`, `new CreateImportTaskCommand({…})`,
 * `logs.describeImportTasks({…})`) are statically known to get wrong (the Logs warnings are
 * `valid-read-import-params-warnings`'s, the importFilter times' units `epoch-milliseconds`').
 */
export const validReadImportParams = createRule({
  name: 'valid-read-import-params',
  meta: { type: 'problem', docs, messages: codeMessages(CODES), schema: [] },
  defaultOptions: [],
  create: (context) => reportViolations(context, docs),
});
