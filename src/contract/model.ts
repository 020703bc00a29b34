/**
 * Facts of the CloudTrail import API taken from AWS's Smithy model.
 * The model-conformance test checks every number and pattern here against that model.
 */

/** `com.amazonaws.cloudtrail#EventDataStoreArn`: length and pattern of one destination. */
export const EVENT_DATA_STORE_ARN = {
  minLength: 3,
  maxLength: 256,
  pattern: '^[a-zA-Z0-9._/\\-:]+$',
} as const;

/** `com.amazonaws.cloudtrail#ImportDestinations`: the list holds exactly one destination. */
export const IMPORT_DESTINATIONS = { minItems: 1, maxItems: 1 } as const;

/** `com.amazonaws.cloudtrail#UUID`: an import id. */
export const IMPORT_ID = { minLength: 36, maxLength: 36, pattern: '^[a-f0-9\\-]+$' } as const;

/** A string shape of the schemas: its length bounds and its pattern, compiled as ajv compiles it (with the u flag). */
export interface StringShape {
  readonly minLength: number;
  readonly maxLength: number;
  readonly regex: RegExp;
}

export const EVENT_DATA_STORE_ARN_SHAPE: StringShape = { ...EVENT_DATA_STORE_ARN, regex: new RegExp(EVENT_DATA_STORE_ARN.pattern, 'u') };
export const IMPORT_ID_SHAPE: StringShape = { ...IMPORT_ID, regex: new RegExp(IMPORT_ID.pattern, 'u') };

/** Whether `text` meets a string shape of the schemas. */
export function meetsStringShape(text: string, shape: StringShape): boolean {
  return text.length >= shape.minLength && text.length <= shape.maxLength && shape.regex.test(text);
}

/**
 * AWS documentation writes placeholder ids with `EXAMPLE` in them (`EXAMPLEe-7be2-4658-9204-b38c3257fcd1`).
 * Such an import id is reported as a placeholder (a warning) rather than as invalid.
 */
export function isImportIdPlaceholder(value: string): boolean {
  return value.length === IMPORT_ID.minLength && value.includes('EXAMPLE') && /^[A-Za-z0-9-]+$/.test(value);
}

/** `com.amazonaws.cloudtrail#ImportStatus`. */
export const IMPORT_STATUSES = ['INITIALIZING', 'IN_PROGRESS', 'FAILED', 'STOPPED', 'COMPLETED'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** Members of `StartImportRequest`. */
export const START_IMPORT_REQUEST_MEMBERS = [
  'Destinations',
  'ImportSource',
  'StartEventTime',
  'EndEventTime',
  'ImportId',
] as const;

/** Members of `StartImportResponse`. */
export const START_IMPORT_RESPONSE_MEMBERS = [
  'ImportId',
  'Destinations',
  'ImportSource',
  'StartEventTime',
  'EndEventTime',
  'ImportStatus',
  'CreatedTimestamp',
  'UpdatedTimestamp',
] as const;

/** Members of `S3ImportSource`, all `required` in the model. */
export const S3_IMPORT_SOURCE_MEMBERS = ['S3LocationUri', 'S3BucketRegion', 'S3BucketAccessRoleArn'] as const;

/** Timestamp members (`com.amazonaws.cloudtrail#Date`) of the request and the response. */
export const TIMESTAMP_MEMBERS = ['StartEventTime', 'EndEventTime', 'CreatedTimestamp', 'UpdatedTimestamp'] as const;
export type TimestampMember = (typeof TIMESTAMP_MEMBERS)[number];

/**
 * StartImport's modeled errors with the HTTP status of their `smithy.api#httpError` trait.
 */
export const START_IMPORT_ERRORS = {
  AccountHasOngoingImportException: 400,
  EventDataStoreARNInvalidException: 400,
  EventDataStoreNotFoundException: 404,
  ImportNotFoundException: 404,
  InactiveEventDataStoreException: 400,
  InsufficientEncryptionPolicyException: 400,
  InvalidEventDataStoreCategoryException: 400,
  InvalidEventDataStoreStatusException: 400,
  InvalidImportSourceException: 400,
  InvalidParameterException: 400,
  OperationNotPermittedException: 400,
  UnsupportedOperationException: 400,
} as const satisfies Record<string, 400 | 404>;

/** The name of one of StartImport's 12 modeled errors. */
export type StartImportErrorName = keyof typeof START_IMPORT_ERRORS;

/** The 12 modeled error names, in the model's order. */
export const START_IMPORT_ERROR_NAMES = Object.keys(START_IMPORT_ERRORS) as readonly StartImportErrorName[];

/** Whether `name` is one of StartImport's modeled errors. */
export function isStartImportErrorName(name: string): name is StartImportErrorName {
  return Object.prototype.hasOwnProperty.call(START_IMPORT_ERRORS, name);
}

/** The two `X-Amz-Target` values a StartImport request is sent with (JS SDK v3, botocore). */
export const START_IMPORT_TARGETS = [
  'CloudTrail_20131101.StartImport',
  'com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.StartImport',
] as const;

/** The awsJson1_1 content type. */
export const AWS_JSON_CONTENT_TYPE = 'application/x-amz-json-1.1';
