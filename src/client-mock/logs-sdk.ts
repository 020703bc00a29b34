/**
 * `@aws-sdk/client-cloudwatch-logs`, loaded on first need as `cloudTrailSdk` loads the CloudTrail
 * client: it is an optional peer, and /client-mock must load without it for
 * a project that mocks only CloudTrail. The command classes are the project's own (one CommonJS
 * build in Node), so aws-sdk-client-mock's `instanceof` matching holds.
 */
import { requireSdkPackage, sdkExceptionOf, type ResponseMetadata } from '../contract/sdk.js';
import { isMissingPackage, missingPeerError, type OptionalPeer } from '../peer.js';
import type { LogsImportOperation } from '../contract/operations.js';
import { statusOfLogsException, type LogsAnswerableErrorName } from '../operations/logs/errors.js';

type ExceptionClass = new (options: { message: string; $metadata: ResponseMetadata }) => Error;
type ServiceExceptionClass = new (options: { name: string; message: string; $fault: 'client' | 'server'; $metadata: ResponseMetadata }) => Error;
type LogsSdk = Readonly<Record<`${LogsImportOperation}Command`, new (input: never) => unknown>> &
  Readonly<Partial<Record<LogsAnswerableErrorName, ExceptionClass>>> & { readonly CloudWatchLogsServiceException: ServiceExceptionClass };

let loaded: LogsSdk | undefined;

const LOGS_CLIENT_PEER: OptionalPeer = { subpath: 'cloudtrail-import-contract/client-mock', peer: '@aws-sdk/client-cloudwatch-logs' };

/** The CloudWatch Logs client package; throws the optional peer's error when it is missing, naming `who` for any other failure. */
export function logsSdk(who: string): LogsSdk {
  if (loaded !== undefined) return loaded;
  try {
    loaded = requireSdkPackage(LOGS_CLIENT_PEER.peer) as LogsSdk;
  } catch (error) {
    if (isMissingPackage(error, LOGS_CLIENT_PEER.peer)) throw missingPeerError(LOGS_CLIENT_PEER, error);
    throw new Error(`${who} cannot load ${LOGS_CLIENT_PEER.peer}`, { cause: error });
  }
  return loaded;
}

/** The exception the JS SDK throws for the CloudWatch Logs error `name`: its exported class, or a `CloudWatchLogsServiceException` of that name. */
export function logsSdkException(who: string, name: LogsAnswerableErrorName, message: string, requestId?: string): Error {
  const sdk = logsSdk(who);
  return sdkExceptionOf<Error>(sdk[name], sdk.CloudWatchLogsServiceException, name, statusOfLogsException(name), message, requestId);
}
