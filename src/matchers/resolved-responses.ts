import { describe } from '../contract/timestamps.js';
import { validateStartImportError, validateStartImportResponse, type ValidationResult } from '../validate/index.js';
import { printerOf } from './context.js';
import { message, share, violationList } from './describe.js';
import { readReceiver, STUB, wrongReceiver, type StubStartImport } from './receivers.js';
import type { MatcherResult, MatcherThis } from './types.js';

const NAME = 'toHaveResolvedOnlyValidStartImportResponses';

interface Answer {
  readonly call: StubStartImport;
  /** `resolved`, or `rejected NAME`. */
  readonly how: string;
  readonly result: ValidationResult<'response' | 'error'>;
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : `a non-Error ${typeof error}`;
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

/** Settles one call's answer and checks it: a response against the call's input, a rejection as a StartImport error. */
async function answerOf(call: StubStartImport): Promise<Answer> {
  const rejected = (error: unknown): Answer => ({ call, how: `rejected ${errorName(error)}`, result: validateStartImportError(error) });
  const { outcome } = call;
  if (outcome.threw) return rejected(outcome.exception);
  let output: unknown;
  try {
    output = isThenable(outcome.returned) ? await outcome.returned : outcome.returned;
  } catch (error) {
    return rejected(error);
  }
  return { call, how: 'resolved', result: validateStartImportResponse(output, { shape: 'sdk', request: call.request }) };
}

/**
 * Passes when every StartImport call an aws-sdk-client-mock stub received was answered as AWS
 * could answer it: a resolved output must be a valid StartImport response (`sdk` shape: Dates)
 * to that call's input; a rejection must be one of StartImport's modeled exceptions or AWS's
 * common errors (with its HTTP status when it carries `$metadata`). Asynchronous: it awaits each answer, so
 * `await` it; an answer that never settles keeps it waiting until the test times out.
 * The message names each call answered wrongly (`call #2`, counting StartImport calls from 1).
 * As with `toHaveSentOnlyValidStartImportRequests`, no StartImport call at all fails, under `.not`
 * too; an option is a TypeError (it takes none).
 *
 * @example
 * useFakeCloudTrailImports(cloudTrailMock, createFakeCloudTrailImports());
 * await importTrailHistory(client, plan);
 * await expect(cloudTrailMock).toHaveResolvedOnlyValidStartImportResponses();
 */
export async function toHaveResolvedOnlyValidStartImportResponses(this: MatcherThis, received: unknown, ...options: unknown[]): Promise<MatcherResult> {
  const print = printerOf(this, NAME);
  // It takes no options: one given (a `shape`, a `now`) would be read by nothing, a silent pass of what it asked.
  if (options.some((option) => option !== undefined)) throw new TypeError(`${NAME} takes no options (got ${describe(options.find((option) => option !== undefined))})`);
  const receiver = readReceiver(received);
  if (receiver.kind === 'neither') return wrongReceiver(print, received, STUB, receiver.detail ?? 'it is not one');
  if (receiver.kind === 'recorder') {
    return wrongReceiver(print, received, STUB, 'it is an import recorder, whose answers the msw handlers make themselves: check its requests with toHaveSentOnlyValidStartImportRequests');
  }
  const answers = await Promise.all(receiver.calls.map(answerOf));
  const wrong = answers.filter((answer) => !answer.result.valid);
  const total = answers.length;
  const verdict = (): string => {
    const expectation = 'Expected only valid StartImport answers (a valid response to the input, or a modeled exception)';
    if (total === 0) return `${expectation}, but no StartImport request was sent: with nothing to check, it fails under .not too.`;
    if (wrong.length === 0) return `Expected a wrong StartImport answer, but ${share(total, total, 'answered validly')}.`;
    const list = wrong.map(({ call, how, result }) => `call #${call.index} ${how}, with ${violationList(result.violations)}`);
    return [`${expectation}, but ${share(wrong.length, total, 'answered wrongly')}:`, ...list].join('\n\n');
  };
  // No StartImport call at all fails, under `.not` too: there is nothing to check either way.
  return { pass: total === 0 ? print.isNot : wrong.length === 0, message: () => message(print.hint(), verdict()) };
}
