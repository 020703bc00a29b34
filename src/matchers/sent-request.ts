import { printerOf } from './context.js';
import { message } from './describe.js';
import { sentRequestOptions } from './options.js';
import { readReceiver, RECORDER, STUB, wrongReceiver } from './receivers.js';
import { callLine, checkSentCalls, nothingSent, type SentFinding } from './sent-requests.js';
import type { MatcherResult, MatcherThis, SentRequestOptions } from './types.js';

const NAME = 'toHaveSentValidStartImportRequest';

const WANTED: Readonly<Record<NonNullable<SentRequestOptions['kind']> | 'any', string>> = {
  any: 'a valid StartImport request',
  new: 'a valid new-import request',
  retry: 'a valid retry request',
};

/**
 * Passes when `received` — an aws-sdk-client-mock stub or an import recorder, as
 * `toHaveSentOnlyValidStartImportRequests` takes — sent a valid StartImport request: with
 * `nth`, its nth StartImport call (counting StartImport calls from 1) was one; with `kind`, one
 * asking for a `new` import or a `retry`. The message lists the calls it looked at, each with its
 * kind and violations. No StartImport call, or fewer than `nth`, fails under `.not` too: there is
 * nothing to check.
 *
 * aws-sdk-client-mock-vitest's `toHaveReceivedNthCommandWith(StartImportCommand, 2, expect.retryImportRequest())`
 * cannot say this: it compares the input with the asymmetric matcher member by member.
 *
 * @example
 * expect(cloudTrailMock).toHaveSentValidStartImportRequest({ nth: 2, kind: 'retry' });
 * expect(recorder).not.toHaveSentValidStartImportRequest({ kind: 'new' });
 */
export function toHaveSentValidStartImportRequest(this: MatcherThis, received: unknown, options?: SentRequestOptions): MatcherResult {
  const print = printerOf(this, NAME);
  const { nth, kind, ...validation } = sentRequestOptions(NAME, options);
  const receiver = readReceiver(received);
  if (receiver.kind === 'neither') return wrongReceiver(print, received, `${STUB} or ${RECORDER}`, receiver.detail ?? 'it is neither');
  const args = options === undefined ? '' : 'options';
  const wanted = WANTED[kind ?? 'any'];
  const where = nth === undefined ? 'among the StartImport calls' : `as StartImport call #${nth}`;
  const { calls } = receiver;
  if (calls.length === 0) return nothingSent(print, args, `${wanted} ${where}`);
  const call = nth === undefined ? undefined : calls[nth - 1];
  if (nth !== undefined && call === undefined) {
    const sent = calls.length === 1 ? 'only 1 StartImport request was sent' : `only ${calls.length} StartImport requests were sent`;
    return { pass: print.isNot, message: () => message(print.hint(args), `Expected ${wanted} ${where}, but ${sent}: there is no call #${nth} to check, and it fails under .not too.`) };
  }
  const findings = checkSentCalls(call === undefined ? calls : [call], validation);
  const matches = (finding: SentFinding): boolean => finding.valid && (kind === undefined || finding.kind === kind);
  const matching = findings.filter(matches);
  const verdict = (): string => {
    if (print.isNot) return [`Expected ${wanted} not to be sent ${where}, but it was:`, ...matching.map(callLine)].join('\n\n');
    const none = call !== undefined ? 'it is not' : findings.length === 1 ? 'the only one is not' : `none of the ${findings.length} is`;
    return [`Expected ${wanted} ${where}, but ${none}:`, ...findings.map(callLine)].join('\n\n');
  };
  return { pass: matching.length > 0, message: () => message(print.hint(args), verdict()) };
}
