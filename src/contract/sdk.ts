import { createRequire } from 'node:module';
import { join } from 'node:path';
import { statusOfException, type ExceptionName } from './operations.js';

/** `$metadata` as the JS SDK v3 fills it on a response or a thrown exception. */
export interface ResponseMetadata {
  readonly httpStatusCode?: number;
  readonly requestId?: string;
  readonly attempts?: number;
  readonly totalRetryDelay?: number;
}

/**
 * An exception as the JS SDK v3 throws it: an instance of `@aws-sdk/client-cloudtrail`'s exported
 * class of that name (or of `CloudTrailServiceException` for a protocol error, which has no class),
 * typed here without the SDK, an optional peer dependency.
 */
export interface CloudTrailSdkException<Name extends string = ExceptionName> extends Error {
  readonly name: Name;
  /** `server` for a 5xx answer (InternalFailure, ServiceUnavailable), as the SDK sets it; else `client`. */
  readonly $fault: 'client' | 'server';
  readonly $metadata: ResponseMetadata;
}

type ExceptionClass = new (options: { message: string; $metadata: ResponseMetadata }) => CloudTrailSdkException;
type ServiceExceptionClass = new (options: { name: string; message: string; $fault: 'client' | 'server'; $metadata: ResponseMetadata }) => CloudTrailSdkException;
type CloudTrailSdk = Readonly<Partial<Record<ExceptionName, ExceptionClass>>> & { readonly CloudTrailServiceException: ServiceExceptionClass };

let loadedSdk: CloudTrailSdk | undefined;

/**
 * An AWS SDK client package (an optional peer), required as this package's CommonJS build would:
 * from this file, or, in the ES module build, which has no `__filename` (and `import.meta` cannot
 * appear in the CommonJS build), from the working directory, the project's root when tests run.
 * Throws what `require` throws.
 */
export function requireSdkPackage(name: string): unknown {
  // @types/node declares __filename, but an ES module has none: typeof tells them apart without a ReferenceError.
  const base = typeof __filename === 'string' ? __filename : join(process.cwd(), 'package.json');
  return createRequire(base)(name);
}

/**
 * The exception a JS SDK v3 client would throw for an error response `name` with HTTP `status`:
 * an instance of the client's exported class of that name (`Exception`), or, for an error it has
 * no class for, its service exception of that name, a `server` fault when `status` is 5xx.
 */
export function sdkExceptionOf<E extends Error>(
  Exception: (new (options: { message: string; $metadata: ResponseMetadata }) => E) | undefined,
  ServiceException: new (options: { name: string; message: string; $fault: 'client' | 'server'; $metadata: ResponseMetadata }) => E,
  name: string,
  status: number,
  message: string,
  requestId?: string,
): E {
  const $metadata: ResponseMetadata = { httpStatusCode: status, ...(requestId === undefined ? {} : { requestId }), attempts: 1, totalRetryDelay: 0 };
  if (Exception !== undefined) return new Exception({ message, $metadata });
  return new ServiceException({ name, message, $fault: status < 500 ? 'client' : 'server', $metadata });
}

/**
 * `@aws-sdk/client-cloudtrail`, loaded on first need rather than imported: it is an optional peer
 * dependency, and the modules that can use it must load without it. The CommonJS build resolves it
 * from this package, as a peer should be; the ES module build has no `__filename` (and
 * `import.meta` cannot appear in the CommonJS build), so it resolves it from the working directory,
 * the project's root when tests run. In Node both get the SDK's one CommonJS build, so `instanceof`
 * holds. Throws, naming `who` needs it, when the SDK cannot be loaded.
 */
export function cloudTrailSdk(who: string): CloudTrailSdk {
  if (loadedSdk !== undefined) return loadedSdk;
  try {
    loadedSdk = requireSdkPackage('@aws-sdk/client-cloudtrail') as CloudTrailSdk;
  } catch (error) {
    throw new Error(`${who} needs @aws-sdk/client-cloudtrail, which cannot be loaded: install it`, { cause: error });
  }
  return loadedSdk;
}

/**
 * The exception the JS SDK would throw for an error response `name` with `message`: an instance
 * of the SDK's exported class of that name, with `$metadata.httpStatusCode` the model's status.
 * An error the client has no class for (AWS's common errors, the protocol errors) is, as the SDK
 * makes it, a `CloudTrailServiceException` of that name, a `server` fault when its status is 5xx.
 */
export function sdkException(who: string, name: ExceptionName, message: string, requestId?: string): CloudTrailSdkException {
  const sdk = cloudTrailSdk(who);
  return sdkExceptionOf(sdk[name], sdk.CloudTrailServiceException, name, statusOfException(name), message, requestId);
}
