import { IMPORT_STATUSES } from '../contract/model.js';
import { IMPORT_FAILURE_STATUSES, MAX_RESULTS, PAGINATION_TOKEN, type ContractOperation } from '../contract/operations.js';
import { START_IMPORT_CHECKS } from './start-import-checks.js';
import type { CatalogueEntry, ExtensionCode, Subject, ViolationCode } from './types.js';
import { LOGS_ROWS } from '../operations/logs/rows.js';
import { EVERY_ERROR, EVERY_VALUE, LIST_IMPORT_FAILURES_RESPONSE, LIST_IMPORTS_REQUEST, PAGED_REQUESTS, PAGED_VALUES, REQUIRED_MEMBERS } from './operation-subjects.js';

const REQ_RES = ['request', 'response'] as const;
const ERR = ['error'] as const;
const WIRE = ['wire'] as const;

/**
 * The rows of the codes only the four other import operations report. Their checks are compiled
 * from the model (src/core/structural.ts), which finds each row here by its code.
 */
const READ_OPERATION_ROWS: readonly CatalogueEntry[] = [
  {
    code: 'required-member-missing',
    severity: 'error',
    basis: 'model',
    exception: 'InvalidParameterException',
    subjects: [],
    operations: REQUIRED_MEMBERS,
    description:
      'a member the model marks required must be set (ImportId, for GetImport, StopImport and ListImportFailures; importSourceArn and importRoleArn for CreateImportTask; importId for DescribeImportTaskBatches and CancelImportTask; batchId and status of an ImportBatch)',
  },
  {
    code: 'max-results-out-of-range',
    severity: 'error',
    basis: 'model',
    exception: 'InvalidParameterException',
    subjects: [],
    operations: PAGED_REQUESTS,
    description: `MaxResults must be a whole number from ${String(MAX_RESULTS.minimum)} to ${String(MAX_RESULTS.maximum)}`,
  },
  {
    code: 'next-token-length',
    severity: 'error',
    basis: 'model',
    exception: 'InvalidNextTokenException',
    subjects: [],
    operations: PAGED_VALUES,
    description: `NextToken must be ${String(PAGINATION_TOKEN.minLength)} to ${String(PAGINATION_TOKEN.maxLength)} characters long (the model documents InvalidNextTokenException for a token that is not valid)`,
  },
  {
    code: 'import-status-filter-invalid',
    severity: 'error',
    basis: 'model',
    exception: 'InvalidParameterException',
    subjects: [],
    operations: LIST_IMPORTS_REQUEST,
    description: `the ImportStatus filter must be one of ${IMPORT_STATUSES.join(', ')}`,
  },
  {
    code: 'destination-filter-not-event-data-store',
    severity: 'warning',
    basis: 'inferred',
    subjects: [],
    operations: LIST_IMPORTS_REQUEST,
    description:
      'the Destination filter should be an event data store ARN with a Region of its partition, or an ID: the model bounds it by length and pattern only, and any other value matches no import, if AWS does not refuse it with EventDataStoreARNInvalidException (assumed)',
  },
  {
    code: 'response-failure-status-invalid',
    severity: 'error',
    basis: 'model',
    subjects: [],
    operations: LIST_IMPORT_FAILURES_RESPONSE,
    description: `a failure's Status must be one of ${IMPORT_FAILURE_STATUSES.join(', ')}`,
  },
];

/**
 * The rows of the checks that are not yet objects of their own: the error body's, the HTTP
 * request's and the report's cap. They follow StartImport's checks in report order.
 */
const OTHER_ROWS: readonly CatalogueEntry[] = [
  {
    code: 'error-not-modeled',
    severity: 'error',
    basis: 'model',
    subjects: ERR,
    operations: EVERY_ERROR,
    description: "the error must be one of its operation's modeled exceptions (StartImport's 12, …) or one of AWS's common errors (ThrottlingException, ServiceUnavailable, …)",
  },
  {
    code: 'error-status-mismatch',
    severity: 'error',
    basis: 'model',
    subjects: ERR,
    operations: EVERY_ERROR,
    description: 'an HTTP error response must have the status given its exception (404 for the not-found errors; a common error its listed 400, 403, 500 or 503; else 400)',
  },
  {
    code: 'error-body-invalid',
    severity: 'error',
    basis: 'model',
    subjects: ERR,
    operations: EVERY_ERROR,
    description: 'an awsJson error body must be an object with a string __type (and a 4–1000 character message, if any)',
  },
  {
    code: 'wire-target-unknown',
    severity: 'error',
    basis: 'model',
    exception: 'UnknownOperationException',
    subjects: WIRE,
    description: "the X-Amz-Target header must name an import operation of the endpoint's service: CloudTrail's in the JS SDK form (CloudTrail_20131101.StartImport) or the qualified botocore form, CloudWatch Logs' as Logs_20140328.CreateImportTask",
  },
  {
    code: 'wire-content-type-invalid',
    severity: 'error',
    basis: 'model',
    exception: 'SerializationException',
    subjects: WIRE,
    description: 'the Content-Type must be application/x-amz-json-1.1 (awsJson1_1)',
  },
  {
    code: 'wire-body-not-json',
    severity: 'error',
    basis: 'model',
    exception: 'SerializationException',
    subjects: WIRE,
    description: 'the body must be a JSON object',
  },
  {
    code: 'violations-truncated',
    severity: 'error',
    basis: 'inferred',
    subjects: REQ_RES,
    operations: EVERY_VALUE,
    description: 'a document is reported with at most MAX_VIOLATIONS_PER_DOCUMENT (100) violations, from its first 100 Destinations items and the first 1,000 items of any other list, and then this one, last, saying how many more were not reported or checked',
  },
];

/**
 * Every check the toolkit makes, in the order violations are reported: the rows StartImport's
 * checks carry (`START_IMPORT_CHECKS`), then the other operations' own, the CloudWatch Logs
 * import tasks' (`LOGS_ROWS`, the rows their checks carry), then the rest. docs/contract.md is the specification;
 * its tables and the README's are generated from this list (and a test keeps them in step).
 */
export const ruleCatalogue: readonly CatalogueEntry[] = [...START_IMPORT_CHECKS.map((check) => check.row), ...READ_OPERATION_ROWS, ...LOGS_ROWS, ...OTHER_ROWS];

const byCode = new Map<ViolationCode, CatalogueEntry>(ruleCatalogue.map((entry) => [entry.code, entry]));
const rankOf = new Map<string, number>(ruleCatalogue.map((entry, index) => [entry.code, index]));

/** The catalogue entry of `code`. */
export function catalogueEntry(code: ViolationCode): CatalogueEntry {
  const entry = byCode.get(code);
  if (entry === undefined) throw new Error(`no catalogue entry for code '${code}'`);
  return entry;
}

/** The kinds of `operation`'s values `entry`'s code is reported for (none: not on that operation). */
export function subjectsOn(entry: CatalogueEntry, operation: ContractOperation): readonly Subject[] {
  return operation === 'StartImport' ? entry.subjects : (entry.operations?.[operation] ?? []);
}

/** Position of `code` in the catalogue: violations are reported in this order; policy codes come last. */
export function catalogueRank(code: ViolationCode | ExtensionCode): number {
  return rankOf.get(code) ?? ruleCatalogue.length;
}
