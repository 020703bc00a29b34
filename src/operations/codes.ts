/**
 * The catalogue code each constraint of the model is reported under, by shape: the model says
 * what is allowed, the catalogue names the problem. A constraint of a shape with no entry here
 * makes `compileStructuralChecks` throw when the operation is compiled, on its first validation
 * (the package's tests compile every one; a refreshed model with a new constraint needs its code
 * chosen here first). Unknown members are `unknown-member`, wrong types
 * `type-mismatch` and missing required members `required-member-missing` unless a shape says otherwise.
 */
import type { ConstraintCodes } from '../core/structural.js';

export const SHAPE_CODES: Readonly<Record<string, ConstraintCodes>> = {
  UUID: { length: 'import-id-invalid', pattern: 'import-id-invalid' },
  EventDataStoreArn: { length: 'destination-length', pattern: 'destination-pattern' },
  ImportDestinations: { size: 'destinations-count' },
  PaginationToken: { length: 'next-token-length', pattern: 'next-token-length' },
  ListImportsMaxResultsCount: { range: 'max-results-out-of-range' },
  ListImportFailuresMaxResultsCount: { range: 'max-results-out-of-range' },
  ImportStatus: { enum: { request: 'import-status-filter-invalid', response: 'response-import-status-invalid' } },
  ImportFailureStatus: { enum: 'response-failure-status-invalid' },
  ImportSource: { required: 'import-source-missing-s3' },
  S3ImportSource: { required: 's3-member-missing' },
};
