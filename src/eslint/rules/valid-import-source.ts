import { codeMessages, contractDocs, reportViolations } from '../contract-rule.js';
import { createRule } from '../create-rule.js';

const CODES = [
  'type-mismatch',
  'import-source-missing-s3',
  's3-member-missing',
  's3-location-uri-invalid',
  's3-bucket-name-invalid',
  's3-bucket-region-invalid',
  'role-arn-invalid',
] as const;
const docs = contractDocs(
  'ImportSource.S3 must name an s3:// location with a valid bucket name, its Region and an IAM role ARN',
  CODES,
  ['/ImportSource'],
);

/** Reports an `ImportSource` missing S3 members, or with an invalid location URI, bucket name, Region or role ARN. */
export const validImportSource = createRule({
  name: 'valid-import-source',
  meta: { type: 'problem', docs, messages: codeMessages(CODES), schema: [] },
  defaultOptions: [],
  create: (context) => reportViolations(context, docs),
});
