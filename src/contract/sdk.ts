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
 * An exception as the JS SDK v3 throws it: an instance of a client package's exported class of
 * that name (or of its service exception, for an error it has no class for), typed here without
 * the SDK, an optional peer dependency.
 */
export interface SdkException<Name extends string = string> extends Error {
  readonly name: Name;
  /** `server` for a 5xx answer (InternalFailure, ServiceUnavailable), as the SDK sets it; else `client`. */
  readonly $fault: 'client' | 'server';
  readonly $metadata: ResponseMetadata;
}

/** An exception as `@aws-sdk/client-cloudtrail` throws it. */
export type CloudTrailSdkException<Name extends string = ExceptionName> = SdkException<Name>;

/** An AWS SDK v3 client package whose exceptions the test doubles throw: its name and its service exception's export. */
export interface SdkClientPackage {
  readonly name: string;
  readonly serviceException: string;
}

export const CLOUDTRAIL_CLIENT: SdkClientPackage = { name: '@aws-sdk/client-cloudtrail', serviceException: 'CloudTrailServiceException' };
export const CLOUDWATCH_LOGS_CLIENT: SdkClientPackage = { name: '@aws-sdk/client-cloudwatch-logs', serviceException: 'CloudWatchLogsServiceException' };

type ExceptionClass = new (options: { message: string; $metadata: ResponseMetadata }) => SdkException;
type ServiceExceptionClass = new (options: { name: string; message: string; $fault: 'client' | 'server'; $metadata: ResponseMetadata }) => SdkException;
type CloudTrailSdk = Readonly<Partial<Record<ExceptionName, ExceptionClass>>> & { readonly CloudTrailServiceException: ServiceExceptionClass };

const loaded = new Map<string, Readonly<Record<string, unknown>>>();

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
 * A client package, loaded on first need rather than imported: it is an optional peer dependency,
 * and the modules that can use it must load without it. The CommonJS build resolves it from this
 * package, as a peer should be; the ES module build from the working directory (see
 * `requireSdkPackage`). In Node both get the SDK's one CommonJS build, so `instanceof` holds.
 * Throws, naming `who` needs it, when it cannot be loaded (the cause is `require`'s error).
 */
export function sdkClientPackage(client: SdkClientPackage, who: string): Readonly<Record<string, unknown>> {
  const cached = loaded.get(client.name);
  if (cached !== undefined) return cached;
  let module: Readonly<Record<string, unknown>>;
  try {
    module = requireSdkPackage(client.name) as Readonly<Record<string, unknown>>;
  } catch (error) {
    throw new Error(`${who} needs ${client.name}, which cannot be loaded: install it`, { cause: error });
  }
  loaded.set(client.name, module);
  return module;
}

/**
 * The exception `client` throws for an error response `name` with HTTP `status`: an instance of
 * its exported class of that name, or, for an error it has no class for (AWS's common errors, the
 * protocol errors), its service exception of that name, a `server` fault when `status` is 5xx.
 * Throws when the package cannot be loaded (see `sdkClientPackage`).
 */
export function clientException(client: SdkClientPackage, who: string, name: string, status: number, message: string, requestId?: string): SdkException {
  const sdk = sdkClientPackage(client, who);
  // The package's own exports only: a CommonJS module object lends `toString`, `valueOf`, … from Object.prototype.
  const own = Object.hasOwn(sdk, name) ? sdk[name] : undefined;
  // Exception names only: an export of that name that is no class (none today) is not the exception's.
  const Exception = typeof own === 'function' ? (own as ExceptionClass) : undefined;
  return sdkExceptionOf(Exception, sdk[client.serviceException] as ServiceExceptionClass, name, status, message, requestId);
}

/** `@aws-sdk/client-cloudtrail` (see `sdkClientPackage`); throws, naming `who` needs it, when it cannot be loaded. */
export function cloudTrailSdk(who: string): CloudTrailSdk {
  return sdkClientPackage(CLOUDTRAIL_CLIENT, who) as CloudTrailSdk;
}

/**
 * The exception the JS SDK would throw for a CloudTrail error response `name` with `message`: an
 * instance of the SDK's exported class of that name, with `$metadata.httpStatusCode` the model's
 * status, or a `CloudTrailServiceException` of that name (see `clientException`).
 */
export function sdkException(who: string, name: ExceptionName, message: string, requestId?: string): CloudTrailSdkException {
  return clientException(CLOUDTRAIL_CLIENT, who, name, statusOfException(name), message, requestId) as CloudTrailSdkException;
}
