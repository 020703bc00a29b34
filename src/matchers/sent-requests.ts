import type { RequestKind, Violation } from '../rules/index.js';
import { validateStartImportRequest } from '../validate/index.js';
import { printerOf, type Printer } from './context.js';
import { kindPhrase, message, share, violationList } from './describe.js';
import { sentOptions } from './options.js';
import { readReceiver, RECORDER, STUB, wrongReceiver, type SentStartImport } from './receivers.js';
import type { MatcherResult, MatcherThis, SentRequestsOptions } from './types.js';

const NAME = 'toHaveSentOnlyValidStartImportRequests';

/** One StartImport call a stub or a recorder saw, checked. */
export interface SentFinding {
  readonly call: SentStartImport;
  readonly kind: RequestKind;
  /** What the handlers found wrong on the wire, then the request's violations. */
  readonly violations: readonly Violation[];
  readonly valid: boolean;
}

/** Checks each call in the shape its receiver sent it in (`sdk` for a stub, `wire` for a recorder). */
export function checkSentCalls(calls: readonly SentStartImport[], options: SentRequestsOptions): SentFinding[] {
  return calls.map((call) => {
    const result = validateStartImportRequest(call.request, { ...options, shape: call.shape });
    const violations: readonly Violation[] = call.wireViolations.length === 0 ? result.violations : [...call.wireViolations, ...result.violations];
    return { call, kind: result.kind, violations, valid: result.valid && call.wireViolations.every((v) => v.severity !== 'error') };
  });
}

/** `call #2: a retry, with 1 error: …`. */
export function callLine({ call, kind, violations }: SentFinding): string {
  return `call #${call.index}: ${kindPhrase(kind)}, with ${violationList(violations)}`;
}

/** The message of a matcher that saw no StartImport call: it cannot check anything, so it fails under `.not` too. */
export function nothingSent(print: Printer, args: string, expectation: string): MatcherResult {
  return { pass: print.isNot, message: () => message(print.hint(args), `Expected ${expectation}, but no StartImport request was sent: with nothing to check, it fails under .not too.`) };
}

/**
 * Passes when `received` — an aws-sdk-client-mock stub (`mockClient(CloudTrailClient)`) or a
 * recorder given to `cloudTrailImportHandlers({ recorder })` — saw at least one StartImport call
 * and every one of them was valid: a stub's `StartImportCommand` inputs are checked in the `sdk`
 * shape (timestamps must be Dates), a recorder's HTTP bodies in the `wire` shape, with what the
 * handlers found wrong on the wire (content type, …). The message names each invalid call
 * (`call #2`, counting StartImport calls from 1) and its violations.
 *
 * No StartImport call at all fails, under `.not` too ("no StartImport request was sent"): a test
 * asserting that every request was valid almost always means the code under test should have sent
 * one, and a vacuous pass would hide that it never ran; `.not` asserts that some request was
 * invalid, which no request cannot show either. Anything other than a stub or a recorder fails,
 * under `.not` too, with a message saying so.
 *
 * @example
 * await importTrailHistory(client, plan);
 * expect(cloudTrailMock).toHaveSentOnlyValidStartImportRequests();
 * expect(recorder).toHaveSentOnlyValidStartImportRequests({ now: new Date('2025-01-01') });
 */
export function toHaveSentOnlyValidStartImportRequests(this: MatcherThis, received: unknown, options?: SentRequestsOptions): MatcherResult {
  const print = printerOf(this, NAME);
  const checked = sentOptions(NAME, options);
  const receiver = readReceiver(received);
  if (receiver.kind === 'neither') return wrongReceiver(print, received, `${STUB} or ${RECORDER}`, receiver.detail ?? 'it is neither');
  const args = options === undefined ? '' : 'options';
  if (receiver.calls.length === 0) return nothingSent(print, args, print.isNot ? 'an invalid StartImport request' : 'only valid StartImport requests');
  const findings = checkSentCalls(receiver.calls, checked);
  const invalid = findings.filter((finding) => !finding.valid);
  const total = findings.length;
  const verdict = (): string => {
    if (invalid.length === 0) return `Expected an invalid StartImport request, but ${share(total, total, 'valid')}.`;
    return [`Expected only valid StartImport requests, but ${share(invalid.length, total, 'invalid')}:`, ...invalid.map(callLine)].join('\n\n');
  };
  return { pass: invalid.length === 0, message: () => message(print.hint(args), verdict()) };
}
