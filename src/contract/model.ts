/**
 * Facts of the CloudTrail import API taken from AWS's Smithy model, read from its generated data
 * (`CLOUDTRAIL_MODEL`); the names here are the package's. The model-conformance test checks them against the model file.
 */
import { compilePattern, type PatternTest } from '../core/pattern.js';
import { codePoints } from '../core/text.js';
import { CLOUDTRAIL_MODEL } from '../generated/cloudtrail-model.js';

const { shapes, operations } = CLOUDTRAIL_MODEL;

/** `com.amazonaws.cloudtrail#EventDataStoreArn`: length and pattern of one destination. */
export const EVENT_DATA_STORE_ARN = {
  minLength: shapes.EventDataStoreArn.minLength,
  maxLength: shapes.EventDataStoreArn.maxLength,
  pattern: shapes.EventDataStoreArn.pattern,
} as const;

/** `com.amazonaws.cloudtrail#ImportDestinations`: the list holds exactly one destination. */
export const IMPORT_DESTINATIONS = { minItems: shapes.ImportDestinations.minItems, maxItems: shapes.ImportDestinations.maxItems } as const;

/** `com.amazonaws.cloudtrail#UUID`: an import id. */
export const IMPORT_ID = { minLength: shapes.UUID.minLength, maxLength: shapes.UUID.maxLength, pattern: shapes.UUID.pattern } as const;

/** A string shape of the schemas: its length bounds and its pattern, compiled as the contract engine compiles one (`compilePattern`: as the u-flag expression matches). */
export interface StringShape {
  readonly minLength: number;
  readonly maxLength: number;
  readonly pattern: PatternTest;
}

export const EVENT_DATA_STORE_ARN_SHAPE: StringShape = { ...EVENT_DATA_STORE_ARN, pattern: compilePattern(EVENT_DATA_STORE_ARN.pattern) };
export const IMPORT_ID_SHAPE: StringShape = { ...IMPORT_ID, pattern: compilePattern(IMPORT_ID.pattern) };

/** Whether `text` meets a string shape of the schemas. */
export function meetsStringShape(text: string, shape: StringShape): boolean {
  return text.length >= shape.minLength && text.length <= shape.maxLength && shape.pattern.test(text);
}

/**
 * AWS documentation writes placeholder ids with `EXAMPLE` in them (`EXAMPLEe-7be2-4658-9204-b38c3257fcd1`).
 * Such an import id is reported as a placeholder (a warning) rather than as invalid.
 */
export function isImportIdPlaceholder(value: string): boolean {
  return value.length === IMPORT_ID.minLength && value.includes('EXAMPLE') && /^[A-Za-z0-9-]+$/.test(value);
}

/** `com.amazonaws.cloudtrail#ImportStatus`. */
export const IMPORT_STATUSES = shapes.ImportStatus.values;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** Members of `StartImportRequest`. */
export const START_IMPORT_REQUEST_MEMBERS = membersOf(shapes.StartImportRequest);

/** Members of `StartImportResponse`. */
export const START_IMPORT_RESPONSE_MEMBERS = membersOf(shapes.StartImportResponse);

/** Members of `S3ImportSource`, all `required` in the model. */
export const S3_IMPORT_SOURCE_MEMBERS = membersOf(shapes.S3ImportSource);

/** The member names of a structure, in the model's order. */
function membersOf<Members extends Readonly<Record<string, string>>>(shape: { readonly members: Members }): readonly (keyof Members & string)[] {
  return Object.keys(shape.members);
}

type TimestampOf<Members> = { [Name in keyof Members]: Members[Name] extends 'Date' ? Name : never }[keyof Members] & string;
type RequestResponseMembers = typeof shapes.StartImportRequest.members & typeof shapes.StartImportResponse.members;
export type TimestampMember = TimestampOf<RequestResponseMembers>;

/** Timestamp members (`com.amazonaws.cloudtrail#Date`) of StartImport's request and response. */
export const TIMESTAMP_MEMBERS: readonly TimestampMember[] = [
  ...new Set(
    [shapes.StartImportRequest.members, shapes.StartImportResponse.members].flatMap((members) =>
      Object.entries(members).flatMap(([name, target]) => (target === 'Date' ? [name as TimestampMember] : [])),
    ),
  ),
];

/**
 * StartImport's modeled errors with the HTTP status of their `smithy.api#httpError` trait.
 */
export const START_IMPORT_ERRORS = Object.fromEntries(
  operations.StartImport.errors.map((name) => [name, CLOUDTRAIL_MODEL.errors[name]]),
) as { readonly [Name in StartImportErrorName]: (typeof CLOUDTRAIL_MODEL.errors)[Name] };

/** The name of one of StartImport's 12 modeled errors. */
export type StartImportErrorName = (typeof operations.StartImport.errors)[number];

/** The 12 modeled error names, in the model's order. */
export const START_IMPORT_ERROR_NAMES = Object.keys(START_IMPORT_ERRORS) as readonly StartImportErrorName[];

/** Whether `name` is one of StartImport's modeled errors (any value that is no such string is not). */
export function isStartImportErrorName(name: unknown): name is StartImportErrorName {
  return typeof name === 'string' && Object.hasOwn(START_IMPORT_ERRORS, name);
}

/** The two `X-Amz-Target` values a StartImport request is sent with (JS SDK v3, botocore). */
export const START_IMPORT_TARGETS = operations.StartImport.targets;

/** The awsJson1_1 content type. */
export const AWS_JSON_CONTENT_TYPE = 'application/x-amz-json-1.1';

/** `com.amazonaws.cloudtrail#ErrorMessage` is 4–1000 characters (code points): the longest message an error answer carries. */
export const MAX_ERROR_MESSAGE = 1000;

/** The shortest message an error answer carries (`com.amazonaws.cloudtrail#ErrorMessage`), in code points. */
export const MIN_ERROR_MESSAGE = 4;

/**
 * An error answer's message: `message` cut to `MAX_ERROR_MESSAGE` characters (code points, as the
 * model counts them; a surrogate pair is never split), ending in `…` when cut, as the fakes and the
 * msw handlers answer.
 */
export function fitErrorMessage(message: string): string {
  if (codePoints(message) <= MAX_ERROR_MESSAGE) return message;
  let end = 0;
  for (let kept = 0; kept < MAX_ERROR_MESSAGE - 1; kept += 1) end += (message.codePointAt(end) as number) > 0xffff ? 2 : 1;
  return `${message.slice(0, end)}…`;
}
