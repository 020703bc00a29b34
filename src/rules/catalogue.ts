import { IMPORT_STATUSES } from '../contract/model.js';
import { IMPORT_FAILURE_STATUSES, MAX_RESULTS, PAGINATION_TOKEN } from '../contract/operations.js';
import type { PolicyCode } from '../policy/types.js';
import type { CatalogueEntry, OperationSubjects, ViolationCode } from './types.js';

const REQ = ['request'] as const;
const REQ_RES = ['request', 'response'] as const;
const RES = ['response'] as const;
const ERR = ['error'] as const;
const WIRE = ['wire'] as const;

// Where the codes shared with the other import operations are reported (`operations`).
const EVERY_VALUE: OperationSubjects = { GetImport: REQ_RES, ListImports: REQ_RES, StopImport: REQ_RES, ListImportFailures: REQ_RES };
const EVERY_OUTPUT: OperationSubjects = { GetImport: RES, ListImports: RES, StopImport: RES, ListImportFailures: RES };
const IMPORT_IDS: OperationSubjects = { GetImport: REQ_RES, ListImports: RES, StopImport: REQ_RES, ListImportFailures: REQ };
const DESTINATIONS: OperationSubjects = { GetImport: RES, ListImports: REQ_RES, StopImport: RES };
const DESCRIBED_IMPORTS: OperationSubjects = { GetImport: RES, ListImports: RES, StopImport: RES };
const IMPORT_SOURCES: OperationSubjects = { GetImport: RES, StopImport: RES };

/**
 * Every check the toolkit makes, in the order violations are reported. docs/contract.md is the
 * specification; its tables and the README's are generated from this list (and a test keeps them in step).
 */
export const ruleCatalogue: readonly CatalogueEntry[] = [
  {
    code: 'unknown-member',
    severity: 'error',
    basis: 'model',
    subjects: REQ_RES,
    operations: EVERY_VALUE,
    description: 'every key must be a member of its shape (the SDK silently drops unknown keys)',
  },
  {
    code: 'type-mismatch',
    severity: 'error',
    basis: 'model',
    subjects: REQ_RES,
    operations: EVERY_VALUE,
    description: 'every member must have the type of its shape (string, list, structure)',
  },
  {
    code: 'timestamp-invalid',
    severity: 'error',
    basis: 'model',
    subjects: REQ_RES,
    operations: EVERY_OUTPUT,
    description: 'a timestamp must be a valid Date (sdk), a finite epoch-seconds number (wire) or either an ISO-8601 string or a number (cli)',
  },
  {
    code: 'required-member-missing',
    severity: 'error',
    basis: 'model',
    exception: 'InvalidParameterException',
    subjects: [],
    operations: { GetImport: REQ, StopImport: REQ, ListImportFailures: REQ },
    description: 'a member the model marks required must be set (ImportId, for GetImport, StopImport and ListImportFailures)',
  },
  {
    code: 'request-empty',
    severity: 'error',
    basis: 'documented',
    exception: 'InvalidParameterException',
    subjects: REQ,
    description: 'a request must either start a new import (Destinations, ImportSource) or retry one (ImportId)',
  },
  {
    code: 'new-import-missing-destinations',
    severity: 'error',
    basis: 'documented',
    exception: 'InvalidParameterException',
    subjects: REQ,
    description: 'a new import (no ImportId) must name its Destinations',
  },
  {
    code: 'new-import-missing-import-source',
    severity: 'error',
    basis: 'documented',
    exception: 'InvalidParameterException',
    subjects: REQ,
    description: 'a new import (no ImportId) must name its ImportSource',
  },
  {
    code: 'retry-with-new-import-params',
    severity: 'error',
    basis: 'documented',
    exception: 'InvalidParameterException',
    subjects: REQ,
    description: 'a retry must send ImportId alone, without Destinations, ImportSource, StartEventTime or EndEventTime',
  },
  {
    code: 'destinations-count',
    severity: 'error',
    basis: 'model',
    exception: 'InvalidParameterException',
    subjects: REQ_RES,
    operations: DESCRIBED_IMPORTS,
    description: 'Destinations must hold exactly one event data store',
  },
  {
    code: 'destination-length',
    severity: 'error',
    basis: 'model',
    exception: 'InvalidParameterException',
    subjects: REQ_RES,
    operations: DESTINATIONS,
    description: 'a destination must be 3 to 256 characters long',
  },
  {
    code: 'destination-pattern',
    severity: 'error',
    basis: 'model',
    exception: 'InvalidParameterException',
    subjects: REQ_RES,
    operations: DESTINATIONS,
    description: 'a destination must match ^[a-zA-Z0-9._/\\-:]+$',
  },
  {
    code: 'destination-not-event-data-store',
    severity: 'error',
    basis: 'documented',
    exception: 'EventDataStoreARNInvalidException',
    subjects: REQ_RES,
    operations: DESTINATIONS,
    description: 'a destination must be an event data store ARN (arn:PARTITION:cloudtrail:REGION:ACCOUNT:eventdatastore/ID) or a bare event data store ID',
  },
  {
    code: 'destination-region-invalid',
    severity: 'error',
    basis: 'inferred',
    exception: 'EventDataStoreARNInvalidException',
    subjects: REQ_RES,
    operations: DESTINATIONS,
    description: "an event data store ARN's Region must be a Region of the ARN's partition (assumed)",
  },
  {
    code: 'destination-id-not-uuid',
    severity: 'warning',
    basis: 'inferred',
    subjects: REQ_RES,
    description: 'an event data store ID should be a lowercase UUID, as every real one is (placeholders land here)',
  },
  {
    code: 'import-source-missing-s3',
    severity: 'error',
    basis: 'model',
    exception: 'InvalidParameterException',
    subjects: REQ_RES,
    operations: IMPORT_SOURCES,
    description: 'ImportSource must hold S3',
  },
  {
    code: 's3-member-missing',
    severity: 'error',
    basis: 'model',
    exception: 'InvalidParameterException',
    subjects: REQ_RES,
    operations: IMPORT_SOURCES,
    description: 'S3 must hold S3LocationUri, S3BucketRegion and S3BucketAccessRoleArn',
  },
  {
    code: 's3-location-uri-invalid',
    severity: 'error',
    basis: 'inferred',
    exception: 'InvalidImportSourceException',
    subjects: REQ_RES,
    description: 'S3LocationUri must be s3://BUCKET optionally followed by /PREFIX (assumed)',
  },
  {
    code: 's3-bucket-name-invalid',
    severity: 'error',
    basis: 'documented',
    exception: 'InvalidImportSourceException',
    subjects: REQ_RES,
    description: 'the bucket name must follow the S3 bucket naming rules',
  },
  {
    code: 's3-bucket-name-legacy',
    severity: 'warning',
    basis: 'documented',
    subjects: REQ_RES,
    description: 'the bucket name breaks today\'s rules only by uppercase letters, "_" or a length of 64–255, legal only for old us-east-1 buckets',
  },
  {
    code: 's3-prefix-not-cloudtrail',
    severity: 'warning',
    basis: 'documented',
    subjects: REQ_RES,
    description: 'the prefix should not point into a sibling of CloudTrail/ under AWSLogs/…/ACCOUNT/ (nothing would be imported)',
  },
  {
    code: 's3-bucket-region-invalid',
    severity: 'error',
    basis: 'inferred',
    exception: 'InvalidImportSourceException',
    subjects: REQ_RES,
    description: 'S3BucketRegion must be a Region code of an AWS partition (assumed)',
  },
  {
    code: 'role-arn-invalid',
    severity: 'error',
    basis: 'inferred',
    exception: 'InvalidImportSourceException',
    subjects: REQ_RES,
    description: 'S3BucketAccessRoleArn must be an IAM role ARN, arn:PARTITION:iam::ACCOUNT:role/[PATH/]NAME (assumed)',
  },
  {
    code: 'partition-mismatch',
    severity: 'error',
    basis: 'inferred',
    exception: 'InvalidImportSourceException',
    subjects: REQ_RES,
    description: 'the destination ARN, the role ARN and the bucket Region must belong to one partition (assumed)',
  },
  {
    code: 'import-id-invalid',
    severity: 'error',
    basis: 'model',
    exception: 'InvalidParameterException',
    subjects: REQ_RES,
    operations: IMPORT_IDS,
    description: 'ImportId must be 36 characters of a-f, 0-9 and -',
  },
  {
    code: 'import-id-placeholder',
    severity: 'warning',
    basis: 'documented',
    subjects: REQ_RES,
    description: "ImportId is an AWS documentation placeholder (36 characters containing EXAMPLE): replace it, the model's pattern rejects it",
  },
  {
    code: 'max-results-out-of-range',
    severity: 'error',
    basis: 'model',
    exception: 'InvalidParameterException',
    subjects: [],
    operations: { ListImports: REQ, ListImportFailures: REQ },
    description: `MaxResults must be a whole number from ${String(MAX_RESULTS.minimum)} to ${String(MAX_RESULTS.maximum)}`,
  },
  {
    code: 'next-token-length',
    severity: 'error',
    basis: 'model',
    exception: 'InvalidNextTokenException',
    subjects: [],
    operations: { ListImports: REQ_RES, ListImportFailures: REQ_RES },
    description: `NextToken must be ${String(PAGINATION_TOKEN.minLength)} to ${String(PAGINATION_TOKEN.maxLength)} characters long (the model documents InvalidNextTokenException for a token that is not valid)`,
  },
  {
    code: 'import-status-filter-invalid',
    severity: 'error',
    basis: 'model',
    exception: 'InvalidParameterException',
    subjects: [],
    operations: { ListImports: REQ },
    description: `the ImportStatus filter must be one of ${IMPORT_STATUSES.join(', ')}`,
  },
  {
    code: 'time-range-reversed',
    severity: 'error',
    basis: 'inferred',
    exception: 'InvalidParameterException',
    subjects: REQ,
    description: 'StartEventTime must not be later than EndEventTime (assumed)',
  },
  {
    code: 'time-range-empty',
    severity: 'warning',
    basis: 'inferred',
    subjects: REQ,
    description: 'StartEventTime should differ from EndEventTime (assumed)',
  },
  {
    code: 'time-range-half-open',
    severity: 'warning',
    basis: 'inferred',
    subjects: REQ,
    description: 'StartEventTime and EndEventTime should be given together (assumed)',
  },
  {
    code: 'time-range-in-future',
    severity: 'warning',
    basis: 'inferred',
    subjects: REQ,
    description: 'StartEventTime should not be in the future: nothing could be imported (assumed)',
  },
  {
    code: 'response-import-status-invalid',
    severity: 'error',
    basis: 'model',
    subjects: RES,
    operations: DESCRIBED_IMPORTS,
    description: 'ImportStatus must be INITIALIZING, IN_PROGRESS, FAILED, STOPPED or COMPLETED',
  },
  {
    code: 'response-failure-status-invalid',
    severity: 'error',
    basis: 'model',
    subjects: [],
    operations: { ListImportFailures: RES },
    description: `a failure's Status must be one of ${IMPORT_FAILURE_STATUSES.join(', ')}`,
  },
  {
    code: 'response-missing-import-id',
    severity: 'warning',
    basis: 'inferred',
    subjects: RES,
    description: 'a response should carry ImportId, as the service always does (assumed)',
  },
  {
    code: 'response-timestamps-reversed',
    severity: 'error',
    basis: 'inferred',
    subjects: RES,
    description: 'UpdatedTimestamp must not be earlier than CreatedTimestamp (assumed)',
  },
  {
    code: 'response-mismatch-request',
    severity: 'error',
    basis: 'inferred',
    subjects: RES,
    description: "a response must echo its request: a new import's Destinations, ImportSource and time range, a retry's ImportId (assumed)",
  },
  {
    code: 'response-status-unexpected',
    severity: 'warning',
    basis: 'documented',
    subjects: RES,
    description: "a new import's response should have ImportStatus INITIALIZING",
  },
  {
    code: 'error-not-modeled',
    severity: 'error',
    basis: 'model',
    subjects: ERR,
    description: "the error must be one of StartImport's 12 modeled exceptions or one of AWS's common errors (ThrottlingException, ServiceUnavailable, …)",
  },
  {
    code: 'error-status-mismatch',
    severity: 'error',
    basis: 'model',
    subjects: ERR,
    description: 'an HTTP error response must have the status given its exception (404 for the not-found errors; a common error its listed 400, 403, 500 or 503; else 400)',
  },
  {
    code: 'error-body-invalid',
    severity: 'error',
    basis: 'model',
    subjects: ERR,
    description: 'an awsJson error body must be an object with a string __type (and a 4–1000 character message, if any)',
  },
  {
    code: 'wire-target-unknown',
    severity: 'error',
    basis: 'model',
    exception: 'UnknownOperationException',
    subjects: WIRE,
    description: 'the X-Amz-Target header must name an import operation, in the JS SDK form (CloudTrail_20131101.StartImport) or the qualified botocore form',
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
    description: 'a document is reported with at most MAX_VIOLATIONS_PER_DOCUMENT (100) violations and its first 100 Destinations items; this one, last, says how many more were not reported or checked',
  },
];

const byCode = new Map<ViolationCode, CatalogueEntry>(ruleCatalogue.map((entry) => [entry.code, entry]));
const rankOf = new Map<string, number>(ruleCatalogue.map((entry, index) => [entry.code, index]));

/** The catalogue entry of `code`. */
export function catalogueEntry(code: ViolationCode): CatalogueEntry {
  const entry = byCode.get(code);
  if (entry === undefined) throw new Error(`no catalogue entry for code '${code}'`);
  return entry;
}

/** Position of `code` in the catalogue: violations are reported in this order; policy codes come last. */
export function catalogueRank(code: ViolationCode | PolicyCode): number {
  return rankOf.get(code) ?? ruleCatalogue.length;
}
