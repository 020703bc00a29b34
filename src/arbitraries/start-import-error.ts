import { createRequire } from 'node:module';
import { join } from 'node:path';
import fc from 'fast-check';
import { START_IMPORT_ERROR_NAMES, START_IMPORT_ERRORS, type StartImportErrorName } from '../contract/model.js';

/** The shapes an error answered to StartImport comes in: a thrown SDK exception, or an HTTP error response. */
export type StartImportErrorShape = 'sdk' | 'wire';

/**
 * An error as the JS SDK v3 throws it: an instance of `@aws-sdk/client-cloudtrail`'s exported
 * exception class of that name (typed here without the SDK, an optional peer dependency).
 */
export interface StartImportSdkError extends Error {
  readonly name: StartImportErrorName;
  readonly $fault: 'client';
  readonly $metadata: { readonly httpStatusCode?: number; readonly requestId?: string; readonly attempts?: number; readonly totalRetryDelay?: number };
}

/** An error as the service answers it over awsJson1_1: the HTTP status and the JSON body. */
export interface StartImportWireError {
  readonly status: 400 | 404;
  readonly body: { readonly __type: StartImportErrorName; readonly message: string };
}

/** The type of an error in a shape. */
export type StartImportErrorInShape<S extends StartImportErrorShape> = S extends 'sdk' ? StartImportSdkError : StartImportWireError;

/** Constraints of `startImportError`. */
export interface StartImportErrorConstraints<S extends StartImportErrorShape> {
  /** The exception to produce; default any of the 12 modeled ones. */
  readonly name?: StartImportErrorName;
  /** `sdk` (default): an SDK exception instance; `wire`: `{ status, body }`. */
  readonly shape?: S;
}

// The model's documentation of each exception, as the service words it; shrinking lands here.
const MESSAGES: Readonly<Record<StartImportErrorName, string>> = {
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
};

// The model bounds ErrorMessage to 4–1000 characters; printable ASCII keeps characters and UTF-16 units equal.
const message = (name: StartImportErrorName): fc.Arbitrary<string> =>
  fc.oneof(fc.constant(MESSAGES[name]), fc.string({ unit: 'grapheme-ascii', minLength: 4, maxLength: 1000 }));

type ExceptionClass = new (options: { message: string; $metadata: StartImportSdkError['$metadata'] }) => StartImportSdkError;
type CloudTrailSdk = Readonly<Record<StartImportErrorName, ExceptionClass>>;

let loadedSdk: CloudTrailSdk | undefined;

/**
 * `@aws-sdk/client-cloudtrail`, loaded on first need rather than imported: it is an optional peer
 * dependency, and the arbitraries must load without it. The CommonJS build resolves it from this
 * package, as a peer should be; the ES module build has no `__filename` (and `import.meta` cannot
 * appear in the CommonJS build), so it resolves it from the working directory, the project's root
 * when tests run. In Node both get the SDK's one CommonJS build, so `instanceof` holds.
 */
function cloudTrailSdk(): CloudTrailSdk {
  if (loadedSdk !== undefined) return loadedSdk;
  // @types/node declares __filename, but an ES module has none: typeof tells them apart without a ReferenceError.
  const base = typeof __filename === 'string' ? __filename : join(process.cwd(), 'package.json');
  try {
    loadedSdk = createRequire(base)('@aws-sdk/client-cloudtrail') as CloudTrailSdk;
  } catch (error) {
    throw new Error("startImportError: the sdk shape needs @aws-sdk/client-cloudtrail, which cannot be loaded: install it, or ask for shape 'wire'", {
      cause: error,
    });
  }
  return loadedSdk;
}

function sdkError(sdk: CloudTrailSdk, name: StartImportErrorName, text: string, requestId: string): StartImportSdkError {
  const Exception = sdk[name];
  // $metadata as the SDK fills it after one attempt; validateStartImportError reads httpStatusCode.
  return new Exception({ message: text, $metadata: { httpStatusCode: START_IMPORT_ERRORS[name], requestId, attempts: 1, totalRetryDelay: 0 } });
}

function wireError(name: StartImportErrorName, text: string): StartImportWireError {
  return { status: START_IMPORT_ERRORS[name], body: { __type: name, message: text } };
}

/**
 * An error StartImport can answer with: any of its 12 modeled exceptions (or `name`), with the
 * HTTP status the model gives it (404 for `EventDataStoreNotFoundException` and
 * `ImportNotFoundException`, else 400) and a 4–1000 character message. In `sdk` shape it is an
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
 *
 * @remarks Since 0.2.0
 */
export function startImportError<S extends StartImportErrorShape = 'sdk'>(
  constraints: StartImportErrorConstraints<S> = {},
): fc.Arbitrary<StartImportErrorInShape<S>> {
  const names = constraints.name === undefined ? START_IMPORT_ERROR_NAMES : [constraints.name];
  const oneError = (name: StartImportErrorName): fc.Arbitrary<StartImportErrorInShape<S>> => {
    if (constraints.shape === 'wire') return message(name).map((text) => wireError(name, text) as StartImportErrorInShape<S>);
    const sdk = cloudTrailSdk();
    return fc.tuple(message(name), fc.uuid({ version: 4 })).map(([text, requestId]) => sdkError(sdk, name, text, requestId) as StartImportErrorInShape<S>);
  };
  return fc.oneof(...names.map(oneError));
}
