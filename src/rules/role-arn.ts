import { START_IMPORT, violationOf, type StartImportCheck } from './report.js';
import type { CatalogueEntry } from './types.js';
import { IMPORT_SOURCES } from './operation-subjects.js';

const PATH = '/ImportSource/S3/S3BucketAccessRoleArn';

const row: CatalogueEntry = {
  code: 'role-arn-invalid',
  severity: 'error',
  basis: 'inferred',
  exception: 'InvalidImportSourceException',
  subjects: ['request', 'response'],
  operations: IMPORT_SOURCES,
  description: 'S3BucketAccessRoleArn must be an IAM role ARN, arn:PARTITION:iam::ACCOUNT:role/[PATH/]NAME (assumed)',
};

/** role-arn-invalid: S3BucketAccessRoleArn is not an IAM role ARN. */
export const roleArnInvalidCheck: StartImportCheck = {
  row,
  operations: START_IMPORT,
  reads: [PATH],
  lintRule: 'valid-import-source',
  run(view, _context, out) {
    const role = view.role();
    if (role !== undefined && 'problem' in role) {
      out.push(violationOf(row, PATH, `must be an IAM role ARN arn:PARTITION:iam::ACCOUNT:role/[PATH/]NAME: it ${role.problem}`));
    }
  },
};
