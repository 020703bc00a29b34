import type { Violation } from '../rules/index.js';
import { validateStartImportRequest } from '../validate/index.js';
import { printerOf } from './context.js';
import { kindPhrase, message, share, violationList } from './describe.js';
import { sentOptions } from './options.js';
import { readReceiver, RECORDER, STUB, wrongReceiver } from './receivers.js';
import type { MatcherResult, MatcherThis, SentRequestsOptions } from './types.js';

const NAME = 'toHaveSentOnlyValidStartImportRequests';

/**
 * Passes when `received` — an aws-sdk-client-mock stub (`mockClient(CloudTrailClient)`) or a
 * recorder given to `cloudTrailImportHandlers({ recorder })` — saw at least one StartImport call
 * and every one of them was valid: a stub's `StartImportCommand` inputs are checked in the `sdk`
 * shape (timestamps must be Dates), a recorder's HTTP bodies in the `wire` shape, with what the
 * handlers found wrong on the wire (content type, …). The message names each invalid call
 * (`call #2`, counting StartImport calls from 1) and its violations.
 *
 * No StartImport call at all fails ("no StartImport request was sent"): a test asserting that
 * every request was valid almost always means the code under test should have sent one, and a
 * vacuous pass would hide that it never ran. `.not` therefore passes when nothing was sent.
 * Anything other than a stub or a recorder fails, under `.not` too, with a message saying so.
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
  const findings = receiver.calls.map((call) => {
    const result = validateStartImportRequest(call.request, { ...checked, shape: call.shape });
    const violations: readonly Violation[] = call.wireViolations.length === 0 ? result.violations : [...call.wireViolations, ...result.violations];
    return { call, kind: result.kind, violations, valid: result.valid && call.wireViolations.every((v) => v.severity !== 'error') };
  });
  const invalid = findings.filter((finding) => !finding.valid);
  const total = findings.length;
  const verdict = (): string => {
    if (total === 0) return 'Expected only valid StartImport requests, but no StartImport request was sent.';
    if (invalid.length === 0) return `Expected an invalid StartImport request, but ${share(total, total, 'valid')}.`;
    const list = invalid.map(({ call, kind, violations }) => `call #${call.index}: ${kindPhrase(kind)}, with ${violationList(violations)}`);
    return [`Expected only valid StartImport requests, but ${share(invalid.length, total, 'invalid')}:`, ...list].join('\n\n');
  };
  return { pass: total > 0 && invalid.length === 0, message: () => message(print.hint(options === undefined ? '' : 'options'), verdict()) };
}
