import type { CloudTrailClientResolvedConfig, ServiceInputTypes, ServiceOutputTypes } from '@aws-sdk/client-cloudtrail';
import type { AwsStub } from 'aws-sdk-client-mock';
import { isStructure } from '../contract/record.js';
import { clip, describe } from '../contract/timestamps.js';

/** An aws-sdk-client-mock stub of `CloudTrailClient` (or of the aggregated `CloudTrail` client): `mockClient(CloudTrailClient)`. */
export type CloudTrailMock = AwsStub<ServiceInputTypes, ServiceOutputTypes, CloudTrailClientResolvedConfig>;

/**
 * Throws a TypeError naming `who` unless `mock` is an aws-sdk-client-mock stub (`mockClient(client)`):
 * a wrong argument is refused where it is given, not as a raw error when the helper first uses it.
 */
export function checkStub(who: string, mock: unknown, client: StubbedClient): void {
  if (typeof mock !== 'object' || mock === null || typeof (mock as { readonly on?: unknown }).on !== 'function') {
    throw new TypeError(`${who}: the mock must be an aws-sdk-client-mock stub, mockClient(${client}) (got ${describe(mock)})`);
  }
  // A stub of the other service's client would take the behaviours and never see the commands (its
  // types cannot tell: the Logs SDK is an optional peer). Any other name (a subclass) is the user's.
  const stubbed = clientNameOf(mock);
  const other = CLIENT_NAMES[client === 'CloudTrailClient' ? 'CloudWatchLogsClient' : 'CloudTrailClient'];
  if (stubbed !== undefined && other.includes(stubbed)) {
    throw new TypeError(`${who}: the mock is a stub of ${stubbed}, which never sends this command: use mockClient(${client})`);
  }
}

/**
 * Throws a TypeError naming `who` unless `input` (a helper's matcher of calls, as `mock.on(Command,
 * input)` takes it) is undefined or an object whose keys are all members of the operation's input
 * (`members`): anything else matches no call the SDK sends, so the stub would answer nothing and
 * the test read the command's `undefined` answer.
 */
export function checkInput(who: string, operation: string, input: unknown, members: readonly string[]): void {
  if (input === undefined) return;
  if (!isStructure(input)) throw new TypeError(`${who}: input must be the ${operation} command's input object, whose matching calls are answered (got ${describe(input)})`);
  for (const key of Object.keys(input)) {
    if (!members.includes(key)) throw new TypeError(`${who}: input has '${clip(key)}', no member of ${operation}'s input (${members.join(', ')}): no call would match it`);
  }
}

/**
 * Throws a TypeError naming `who` unless `name` is a string and `message` a string or undefined:
 * `rejectsWith`'s arguments, read as text (a number message would be turned into text, a symbol
 * name would throw the engine's message). Whether the name is one the operation answers with is
 * the error check's to say.
 */
export function checkRejection(who: string, name: unknown, message: unknown): void {
  if (typeof name !== 'string') throw new TypeError(`${who}: rejectsWith's name must be an exception's name (got ${describe(name)})`);
  if (message !== undefined && typeof message !== 'string') throw new TypeError(`${who}: rejectsWith's message must be a string (got ${describe(message)})`);
}

/** The clients a helper's stub is of, and the names aws-sdk-client-mock's `clientName()` gives their stubs (the bare client's and the aggregated one's). */
export type StubbedClient = 'CloudTrailClient' | 'CloudWatchLogsClient';
const CLIENT_NAMES: Readonly<Record<StubbedClient, readonly string[]>> = {
  CloudTrailClient: ['CloudTrailClient', 'CloudTrail'],
  CloudWatchLogsClient: ['CloudWatchLogsClient', 'CloudWatchLogs'],
};

/** The class name of the client a stub mocks (`AwsStub.clientName()`), when it says. */
function clientNameOf(mock: object): string | undefined {
  const { clientName } = mock as { readonly clientName?: unknown };
  if (typeof clientName !== 'function') return undefined;
  try {
    const name: unknown = clientName.call(mock);
    return typeof name === 'string' ? name : undefined;
  } catch {
    return undefined;
  }
}
