/**
 * The five import operations of AWS's Smithy model, their `X-Amz-Target`
 * values, their modeled errors and the HTTP status of every error the test doubles answer with.
 * The model's facts are read from its generated data (`CLOUDTRAIL_MODEL`); the
 * model-conformance test checks the lists here against the model file.
 */
import { CLOUDTRAIL_MODEL, CLOUDTRAIL_OPERATIONS } from '../generated/cloudtrail-model.js';
import { LOGS_MODEL, LOGS_OPERATIONS } from '../generated/logs-model.js';
import { describe } from './timestamps.js';

/** The import operations of the CloudTrail API, in the package's order (StartImport first). */
export const IMPORT_OPERATIONS = CLOUDTRAIL_OPERATIONS;
export type ImportOperation = (typeof IMPORT_OPERATIONS)[number];

/** The CloudWatch Logs import-task operations (their source is a CloudTrail Lake event data store), in the package's order. */
export const LOGS_IMPORT_OPERATIONS = LOGS_OPERATIONS;
export type LogsImportOperation = (typeof LOGS_IMPORT_OPERATIONS)[number];

/** Whether `value` is one of CloudWatch Logs' import-task operations. */
export function isLogsImportOperation(value: unknown): value is LogsImportOperation {
  return typeof value === 'string' && (LOGS_IMPORT_OPERATIONS as readonly string[]).includes(value);
}

/** Every operation the contract checks: CloudTrail's five import operations and CloudWatch Logs' four import-task operations. */
export type ContractOperation = ImportOperation | LogsImportOperation;

/** The two services of the contract, each with its own endpoints and `X-Amz-Target` prefix. */
export type ContractService = 'CloudTrail' | 'CloudWatchLogs';

/** Every operation the contract checks, CloudTrail's first. */
export const CONTRACT_OPERATIONS: readonly ContractOperation[] = [...IMPORT_OPERATIONS, ...LOGS_IMPORT_OPERATIONS];

/**
 * The TypeError for a value given where the name of one of `operations` was asked for (every
 * operation of the contract unless said): it names the function (`who`), what it was given
 * (`describe`, which reads any value, a symbol too) and the names it takes. The one wording of
 * this error for every surface that takes an operation's name; `hint` follows the names.
 */
export function notAnOperation(who: string, value: unknown, operations: readonly string[] = CONTRACT_OPERATIONS, kind = 'an import operation', hint = ''): TypeError {
  return new TypeError(`${who}: ${describe(value)} is not ${kind} (${operations.join(', ')})${hint}`);
}

/** Whether `value` names an operation the contract checks (`constructor`, any other string, is none). */
export function isContractOperation(value: unknown): value is ContractOperation {
  return typeof value === 'string' && (CONTRACT_OPERATIONS as readonly string[]).includes(value);
}

/** The service shape's name: the JS SDK v3 prefixes an operation with it in `X-Amz-Target`. */
export const SERVICE_TARGET_PREFIX = CLOUDTRAIL_MODEL.service;
/** The fully qualified form botocore sends (`com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.StartImport`). */
export const QUALIFIED_SERVICE_TARGET_PREFIX = CLOUDTRAIL_MODEL.qualifiedTargetPrefix;

/**
 * The two `X-Amz-Target` values of an operation: the JS SDK v3's and botocore's. Any other name
 * (from JavaScript: a CloudWatch Logs operation, `constructor`) is a TypeError naming it.
 */
export function targetsOf(operation: ImportOperation): readonly [string, string] {
  if (!(IMPORT_OPERATIONS as readonly unknown[]).includes(operation)) {
    throw notAnOperation('targetsOf', operation, IMPORT_OPERATIONS, 'a CloudTrail import operation');
  }
  return CLOUDTRAIL_MODEL.operations[operation].targets;
}

const OPERATION_BY_TARGET: ReadonlyMap<string, ImportOperation> = new Map(
  IMPORT_OPERATIONS.flatMap((operation) => targetsOf(operation).map((target) => [target, operation] as const)),
);

/** The import operation an `X-Amz-Target` value names, in either form; `undefined` for any other value. */
export function operationOfTarget(target: string): ImportOperation | undefined {
  return OPERATION_BY_TARGET.get(target);
}

/** CloudWatch Logs' service shape's name, its `X-Amz-Target` prefix (`Logs_20140328`; botocore sends the same form). */
export const LOGS_SERVICE_TARGET_PREFIX = LOGS_MODEL.service;

/** CloudWatch Logs' `ImportStatus`: of an import task, and of each of its batches, in the model's order. */
export const LOGS_IMPORT_STATUSES = LOGS_MODEL.shapes.ImportStatus.values;
/** An import task's or batch's status (`ImportStatus`), one of the model's enum. */
export type LogsImportStatus = (typeof LOGS_IMPORT_STATUSES)[number];

const LOGS_OPERATION_BY_TARGET: ReadonlyMap<string, LogsImportOperation> = new Map(
  LOGS_IMPORT_OPERATIONS.flatMap((operation) => LOGS_MODEL.operations[operation].targets.map((target) => [target, operation] as const)),
);

/** The CloudWatch Logs import-task operation an `X-Amz-Target` value names; `undefined` for any other value. */
export function logsOperationOfTarget(target: string): LogsImportOperation | undefined {
  return LOGS_OPERATION_BY_TARGET.get(target);
}

/** The HTTP statuses an error of an import endpoint is answered with. */
export type ErrorStatus = 400 | 403 | 404 | 500 | 503;

/**
 * Every exception the import operations are modeled to answer with, with its HTTP status:
 * StartImport's 12 plus `InvalidNextTokenException` (ListImports, ListImportFailures).
 */
export const IMPORT_ERRORS = CLOUDTRAIL_MODEL.errors satisfies Record<string, 400 | 404>;
export type ImportErrorName = keyof typeof IMPORT_ERRORS;

/**
 * The errors every AWS operation can answer with, whatever its model lists, with their HTTP
 * statuses: the "Common Errors" page of AWS's API references (CloudTrail's among them). A client's
 * retry and back-off code meets these (ThrottlingException, InternalFailure, ServiceUnavailable).
 */
export const COMMON_ERRORS = {
  AccessDeniedException: 400,
  IncompleteSignature: 400,
  InternalFailure: 500,
  InvalidAction: 400,
  InvalidClientTokenId: 403,
  NotAuthorized: 400,
  OptInRequired: 403,
  RequestExpired: 400,
  ServiceUnavailable: 503,
  ThrottlingException: 400,
  ValidationError: 400,
} as const satisfies Record<string, ErrorStatus>;
export type CommonErrorName = keyof typeof COMMON_ERRORS;

/**
 * The awsJson1_1 protocol errors any operation can answer with: an `X-Amz-Target` naming no
 * operation, and a body or content type the service cannot deserialise. Both are HTTP 400.
 */
export const PROTOCOL_ERRORS = { UnknownOperationException: 400, SerializationException: 400 } as const satisfies Record<string, 400>;
export type ProtocolErrorName = keyof typeof PROTOCOL_ERRORS;

/** Any exception a CloudTrail import endpoint answers with: modeled, common to AWS, or protocol. */
export type ExceptionName = ImportErrorName | CommonErrorName | ProtocolErrorName;

const STATUS: Readonly<Record<ExceptionName, ErrorStatus>> = { ...IMPORT_ERRORS, ...COMMON_ERRORS, ...PROTOCOL_ERRORS };

/** The HTTP status an exception is answered with (404 for the two not-found errors, 403, 500 or 503 for some common errors, else 400). */
export function statusOfException(name: ExceptionName): ErrorStatus {
  // A name from JavaScript may be any value: one inherited from Object.prototype (`toString`), or no string at all, is no exception's (400, as an unknown one).
  return typeof name === 'string' && Object.hasOwn(STATUS, name) ? STATUS[name] : 400;
}

/** Whether `name` is one of the exceptions the import operations are modeled to answer with (any value that is no such string is not). */
export function isImportErrorName(name: unknown): name is ImportErrorName {
  return typeof name === 'string' && Object.hasOwn(IMPORT_ERRORS, name);
}

/** Whether `name` is one of AWS's common errors (any value that is no such string is not). */
export function isCommonErrorName(name: unknown): name is CommonErrorName {
  return typeof name === 'string' && Object.hasOwn(COMMON_ERRORS, name);
}

/** Each operation's modeled errors, in the model's order. */
export const OPERATION_ERRORS: Readonly<Record<ImportOperation, readonly ImportErrorName[]>> = Object.fromEntries(
  IMPORT_OPERATIONS.map((operation) => [operation, errorsOf(operation)]),
) as Record<ImportOperation, readonly ImportErrorName[]>;

function errorsOf(operation: ImportOperation): readonly ImportErrorName[] {
  return CLOUDTRAIL_MODEL.operations[operation].errors;
}

/** An error an import operation can answer with: one it is modeled to answer with, or one of AWS's common errors. */
export type AnswerableErrorName = ImportErrorName | CommonErrorName;

/** Whether `operation` can answer with `name`: its model lists it, or it is one of AWS's common errors. */
export function canAnswerWith(operation: ImportOperation, name: string): name is AnswerableErrorName {
  return isCommonErrorName(name) || (OPERATION_ERRORS[operation] as readonly string[]).includes(name);
}

/** The model's documentation of each exception, as the service words it. */
export const EXCEPTION_MESSAGES: Readonly<Record<ExceptionName, string>> = {
  AccountHasOngoingImportException: 'This exception is thrown when you start a new import and a previous import is still in progress.',
  EventDataStoreARNInvalidException: 'The specified event data store ARN is not valid or does not map to an event data store in your account.',
  EventDataStoreNotFoundException: 'The specified event data store was not found.',
  ImportNotFoundException: 'The specified import was not found.',
  InactiveEventDataStoreException: 'The event data store is inactive.',
  InsufficientEncryptionPolicyException: 'The policy on the S3 bucket or KMS key does not have sufficient permissions for the operation.',
  InvalidEventDataStoreCategoryException: 'This exception is thrown when event categories of specified event data stores are not valid.',
  InvalidEventDataStoreStatusException: 'The event data store is not in a status that supports the operation.',
  InvalidImportSourceException: 'This exception is thrown when the provided source S3 bucket is not valid for import.',
  InvalidParameterException: 'The request includes a parameter that is not valid.',
  OperationNotPermittedException: 'This exception is thrown when the requested operation is not permitted.',
  UnsupportedOperationException: 'This exception is thrown when the requested operation is not supported.',
  InvalidNextTokenException: 'A token that is not valid, or a token that was previously used in a request with different parameters.',
  AccessDeniedException: 'You do not have sufficient access to perform this action.',
  IncompleteSignature: 'The request signature does not conform to AWS standards.',
  InternalFailure: 'The request processing has failed because of an unknown error, exception or failure.',
  InvalidAction: 'The action or operation requested is invalid. Verify that the action is typed correctly.',
  InvalidClientTokenId: 'The X.509 certificate or AWS access key ID provided does not exist in our records.',
  NotAuthorized: 'You do not have permission to perform this action.',
  OptInRequired: 'The AWS access key ID needs a subscription for the service.',
  RequestExpired: 'The request reached the service more than 15 minutes after the date stamp on the request.',
  ServiceUnavailable: 'The request has failed due to a temporary failure of the server.',
  ThrottlingException: 'The request was denied due to request throttling.',
  ValidationError: 'The input fails to satisfy the constraints specified by an AWS service.',
  UnknownOperationException: 'The X-Amz-Target header does not name an operation of this service.',
  SerializationException: 'The request body could not be deserialized.',
};

/** `com.amazonaws.cloudtrail#ListImportsMaxResultsCount` and `ListImportFailuresMaxResultsCount`. */
export const MAX_RESULTS = { minimum: CLOUDTRAIL_MODEL.shapes.ListImportsMaxResultsCount.min, maximum: CLOUDTRAIL_MODEL.shapes.ListImportsMaxResultsCount.max } as const;

/** `com.amazonaws.cloudtrail#PaginationToken`. */
export const PAGINATION_TOKEN = { minLength: CLOUDTRAIL_MODEL.shapes.PaginationToken.minLength, maxLength: CLOUDTRAIL_MODEL.shapes.PaginationToken.maxLength } as const;

/** `com.amazonaws.cloudtrail#ImportFailureStatus`. */
export const IMPORT_FAILURE_STATUSES = CLOUDTRAIL_MODEL.shapes.ImportFailureStatus.values;
export type ImportFailureStatus = (typeof IMPORT_FAILURE_STATUSES)[number];

/** Members of `com.amazonaws.cloudtrail#ImportStatistics`. */
export const IMPORT_STATISTICS_MEMBERS = Object.keys(CLOUDTRAIL_MODEL.shapes.ImportStatistics.members) as readonly (keyof typeof CLOUDTRAIL_MODEL.shapes.ImportStatistics.members)[];
