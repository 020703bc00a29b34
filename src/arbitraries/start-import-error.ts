import fc from 'fast-check';
import { START_IMPORT_ERROR_NAMES, type StartImportErrorName } from '../contract/model.js';
import { COMMON_ERRORS, EXCEPTION_MESSAGES, statusOfException, type CommonErrorName, type ErrorStatus } from '../contract/operations.js';
import { cloudTrailSdk, sdkException, type CloudTrailSdkException } from '../contract/sdk.js';
import { checkConstraints, BOOLEAN, oneOf, type ConstraintTakes } from './_internals/constraints.js';

const WHO = "startImportError's sdk shape (ask for shape 'wire' to do without it)";

/** The shapes an error answered to StartImport comes in: a thrown SDK exception, or an HTTP error response. */
export type StartImportErrorShape = 'sdk' | 'wire';

/** The name of an error StartImport can answer with: one of its 12 modeled exceptions, or one of AWS's common errors. */
type ErrorName = StartImportErrorName | CommonErrorName;

/**
 * An error as the JS SDK v3 throws it: an instance of `@aws-sdk/client-cloudtrail`'s exported
 * exception class of that name, or a `CloudTrailServiceException` of that name for a common error
 * the client has no class for (typed here without the SDK, an optional peer dependency).
 */
export type StartImportSdkError = CloudTrailSdkException<ErrorName>;

/** An error as the service answers it over awsJson1_1: the HTTP status and the JSON body. */
export interface StartImportWireError {
  readonly status: ErrorStatus;
  readonly body: { readonly __type: ErrorName; readonly message: string };
}

/** The type of an error in a shape. */
export type StartImportErrorInShape<S extends StartImportErrorShape> = S extends 'sdk' ? StartImportSdkError : StartImportWireError;

/** Constraints of `startImportError`. */
export interface StartImportErrorConstraints<S extends StartImportErrorShape> {
  /** The exception to produce: one of the 12 modeled ones or of AWS's common errors; default any of the pool `common` sets. */
  readonly name?: ErrorName | undefined;
  /**
   * Whether AWS's common errors (ThrottlingException 400, InternalFailure 500, ServiceUnavailable
   * 503, …), which every operation can answer, join the 12 modeled exceptions; default false.
   */
  readonly common?: boolean | undefined;
  /** `sdk` (default): an SDK exception instance; `wire`: `{ status, body }`. */
  readonly shape?: S | undefined;
}

const COMMON_ERROR_NAMES = Object.keys(COMMON_ERRORS) as readonly CommonErrorName[];
const START_IMPORT_ERROR_TAKES = { name: oneOf([...START_IMPORT_ERROR_NAMES, ...COMMON_ERROR_NAMES]), common: BOOLEAN, shape: oneOf(['sdk', 'wire']) } as const satisfies ConstraintTakes<StartImportErrorConstraints<StartImportErrorShape>>;

// The model bounds ErrorMessage to 4–1000 characters; printable ASCII keeps characters and UTF-16 units equal.
const message = (name: ErrorName): fc.Arbitrary<string> =>
  fc.oneof(fc.constant(EXCEPTION_MESSAGES[name]), fc.string({ unit: 'grapheme-ascii', minLength: 4, maxLength: 1000 }));

// $metadata as the SDK fills it after one attempt; validateStartImportError reads httpStatusCode.
const sdkError = (name: ErrorName, text: string, requestId: string): StartImportSdkError =>
  sdkException(WHO, name, text, requestId) as StartImportSdkError;

function wireError(name: ErrorName, text: string): StartImportWireError {
  return { status: statusOfException(name), body: { __type: name, message: text } };
}

function namesOf(constraints: StartImportErrorConstraints<StartImportErrorShape>): readonly ErrorName[] {
  if (constraints.name !== undefined) return [constraints.name];
  return constraints.common === true ? [...START_IMPORT_ERROR_NAMES, ...COMMON_ERROR_NAMES] : START_IMPORT_ERROR_NAMES;
}

/**
 * An error StartImport can answer with: any of its 12 modeled exceptions (with `common`, also
 * AWS's common errors; or only `name`), with its HTTP status (404 for
 * `EventDataStoreNotFoundException` and `ImportNotFoundException`, a common error its listed 400,
 * 403, 500 or 503, else 400) and a 4–1000 character message. In `sdk` shape it is an
 * instance of `@aws-sdk/client-cloudtrail`'s exception class, as a mocked client should reject
 * with (the SDK is loaded when such an arbitrary is made; it throws if the SDK is not installed);
 * in `wire` shape it is the awsJson body and status, as an HTTP mock should answer.
 * Every value passes `validateStartImportError` (for `wire`: the body, with `{ status }`).
 *
 * @example
 * fc.assert(fc.asyncProperty(startImportError(), async (error) => {
 *   cloudTrailMock.on(StartImportCommand).rejects(error);
 *   await expect(importLogs()).rejects.toThrow(error.message);
 * }));
 * startImportError({ common: true, shape: 'wire' }); // also { status: 503, body: { __type: 'ServiceUnavailable', … } }
 *
 * @remarks Since 0.1.0
 */
export function startImportError<S extends StartImportErrorShape = 'sdk'>(
  constraints: StartImportErrorConstraints<S> = {},
): fc.Arbitrary<StartImportErrorInShape<S>> {
  checkConstraints('startImportError', constraints, START_IMPORT_ERROR_TAKES);
  const names = namesOf(constraints);
  const oneError = (name: ErrorName): fc.Arbitrary<StartImportErrorInShape<S>> => {
    if (constraints.shape === 'wire') return message(name).map((text) => wireError(name, text) as StartImportErrorInShape<S>);
    cloudTrailSdk(WHO);
    return fc.tuple(message(name), fc.uuid({ version: 4 })).map(([text, requestId]) => sdkError(name, text, requestId) as StartImportErrorInShape<S>);
  };
  return fc.oneof(...names.map(oneError));
}
