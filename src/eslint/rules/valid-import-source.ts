import { codeMessages, contractDocs, lintCodes, reportViolations } from '../contract-rule.js';
import { createRule } from '../create-rule.js';

const NAME = 'valid-import-source';
const CODES = lintCodes(NAME, ['type-mismatch']);
const docs = contractDocs(
  'ImportSource.S3 must name an s3:// location with a valid bucket name, its Region and an IAM role ARN',
  CODES,
  ['/ImportSource'],
);

/** Reports an `ImportSource` missing S3 members, or with an invalid location URI, bucket name, Region or role ARN. */
export const validImportSource = createRule({
  name: NAME,
  meta: { type: 'problem', docs, messages: codeMessages(CODES), schema: [] },
  defaultOptions: [],
  create: (context) => reportViolations(context, docs),
});
