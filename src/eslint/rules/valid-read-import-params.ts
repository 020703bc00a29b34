import { codeMessages, contractDocs, reportViolations } from '../contract-rule.js';
import { createRule } from '../create-rule.js';

const CODES = ['type-mismatch', 'required-member-missing', 'max-results-out-of-range', 'next-token-length', 'import-status-filter-invalid'] as const;
const docs = contractDocs(
  'GetImport, StopImport, ListImports and ListImportFailures inputs must keep to their model: the ImportId they require, MaxResults within its range, a NextToken of 4–1000 characters, an ImportStatus filter AWS knows',
  CODES,
  ['/MaxResults', '/NextToken', '/ImportStatus', '/Destination'],
);

/** Reports what the read operations' commands (`new ListImportsCommand({…})`, `client.getImport({…})`) are statically known to get wrong. */
export const validReadImportParams = createRule({
  name: 'valid-read-import-params',
  meta: { type: 'problem', docs, messages: codeMessages(CODES), schema: [] },
  defaultOptions: [],
  create: (context) => reportViolations(context, docs),
});
