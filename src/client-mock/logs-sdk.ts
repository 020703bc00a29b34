/**
 * `@aws-sdk/client-cloudwatch-logs`, loaded on first need as `cloudTrailSdk` loads the CloudTrail
 * client (src/contract/sdk.ts): it is an optional peer, and /client-mock must load without it for
 * a project that mocks only CloudTrail. The command classes are the project's own (one CommonJS
 * build in Node), so aws-sdk-client-mock's `instanceof` matching holds.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ResponseMetadata } from '../contract/sdk.js';
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
  // An ES module has no __filename: it resolves the peer from the project's root, as cloudTrailSdk does.
  const base = typeof __filename === 'string' ? __filename : join(process.cwd(), 'package.json');
  try {
    loaded = createRequire(base)('@aws-sdk/client-cloudwatch-logs') as LogsSdk;
  } catch (error) {
    if (isMissingPackage(error, LOGS_CLIENT_PEER.peer)) throw missingPeerError(LOGS_CLIENT_PEER, error);
    throw new Error(`${who} cannot load ${LOGS_CLIENT_PEER.peer}`, { cause: error });
  }
  return loaded;
}

/** The exception the JS SDK throws for the CloudWatch Logs error `name`: its exported class, or a `CloudWatchLogsServiceException` of that name. */
export function logsSdkException(who: string, name: LogsAnswerableErrorName, message: string): Error {
  const sdk = logsSdk(who);
  const status = statusOfLogsException(name);
  const $metadata: ResponseMetadata = { httpStatusCode: status, attempts: 1, totalRetryDelay: 0 };
  const Exception = sdk[name];
  if (Exception !== undefined) return new Exception({ message, $metadata });
  return new sdk.CloudWatchLogsServiceException({ name, message, $fault: status < 500 ? 'client' : 'server', $metadata });
}
