/**
 * `@aws-sdk/client-cloudwatch-logs`, loaded on first need by the one loader of the SDK's client
 * packages (`sdkClientPackage`): it is an optional peer, and /client-mock must load without it for
 * a project that mocks only CloudTrail. The command classes are the project's own (one CommonJS
 * build in Node), so aws-sdk-client-mock's `instanceof` matching holds.
 */
import { clientException, CLOUDWATCH_LOGS_CLIENT, sdkClientPackage, type SdkException } from '../contract/sdk.js';
import { isMissingPackage, missingPeerError, type OptionalPeer } from '../peer.js';
import type { LogsImportOperation } from '../contract/operations.js';
import { statusOfLogsException, type LogsAnswerableErrorName } from '../operations/logs/errors.js';

type LogsSdk = Readonly<Record<`${LogsImportOperation}Command`, new (input: never) => unknown>>;

const LOGS_CLIENT_PEER: OptionalPeer = { subpath: 'cloudtrail-import-contract/client-mock', peer: CLOUDWATCH_LOGS_CLIENT.name };

/** The CloudWatch Logs client package; throws the optional peer's error when it is missing, naming `who` for any other failure. */
export function logsSdk(who: string): LogsSdk {
  try {
    return sdkClientPackage(CLOUDWATCH_LOGS_CLIENT, who) as LogsSdk;
  } catch (error) {
    const cause = error instanceof Error ? error.cause : undefined;
    if (isMissingPackage(cause, LOGS_CLIENT_PEER.peer)) throw missingPeerError(LOGS_CLIENT_PEER, cause);
    throw error;
  }
}

/** The exception the JS SDK throws for the CloudWatch Logs error `name`: its exported class, or a `CloudWatchLogsServiceException` of that name. */
export function logsSdkException(who: string, name: LogsAnswerableErrorName, message: string, requestId?: string): SdkException {
  logsSdk(who);
  return clientException(CLOUDWATCH_LOGS_CLIENT, who, name, statusOfLogsException(name), message, requestId);
}
