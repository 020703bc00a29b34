/**
 * One exchange of the handlers: the wire checks, then the fake, and never an exception — a
 * failure inside (a throwing `importIds`, a broken fake) is answered as an error too.
 */
import { MAX_ERROR_MESSAGE } from '../contract/model.js';
import { statusOfException, type ImportOperation } from '../contract/operations.js';
import { clip } from '../contract/timestamps.js';
import type { FakeCloudTrailImports } from '../fake/index.js';
import type { Violation } from '../rules/index.js';
import { formatViolationsUpTo, validateImportHttpRequest, type WireValidationResult } from '../validate/index.js';
import type { RecordedImportExchange } from './recorder.js';
import { errorAnswer, type Answer, type ErrorAnswer } from './respond.js';
import { regionOfEndpoint } from '../contract/endpoints.js';

/**
 * The error a failure of the handlers themselves is answered with. HTTP 400, not a 5xx: the SDK
 * would retry a 5xx and hide the failure behind its back-off.
 */
export const HANDLER_FAILURE = 'TestDoubleFailure';

/** An exchange: what the recorder keeps, and the answer to send. */
interface Exchange {
  readonly recorded: RecordedImportExchange;
  readonly answer: Answer;
}

/**
 * What the recorder keeps of an exchange. The fake answers with an output (200) only an input that
 * passed its checks, which makes the body that operation's input: the one thing the types cannot
 * follow, said here once.
 */
function recordedExchange(operation: ImportOperation | undefined, url: string, target: string | undefined, requestBody: unknown, answer: Answer, violations: readonly Violation[]): Exchange {
  const recorded = { operation, url, target, requestBody, status: answer.status, responseBody: answer.body, violations } as RecordedImportExchange;
  return { recorded, answer };
}

/** The body as the recorder keeps it: the parsed JSON, or the raw text when it is not JSON. */
export function recordedBody(wire: WireValidationResult<string>, text: string): unknown {
  if (wire.body !== undefined) return wire.body;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** A request that fails the wire checks gets the exception of its first violation (UnknownOperationException, else SerializationException). */
export function wireRefusal(violations: readonly Violation[]): ErrorAnswer {
  const name = violations[0]?.exception ?? 'SerializationException';
  // Formatted only as far as the message keeps (errorAnswer cuts it to MAX_ERROR_MESSAGE).
  return errorAnswer(name, formatViolationsUpTo(violations, MAX_ERROR_MESSAGE), statusOfException(name));
}

function answerFromFake(fake: FakeCloudTrailImports, wire: WireValidationResult, url: string): { answer: Answer; violations: readonly Violation[] } {
  if (!wire.valid || wire.kind === 'unknown') return { answer: wireRefusal(wire.violations), violations: wire.violations };
  const region = regionOfEndpoint(url);
  const outcome = fake.handle(wire.kind, wire.body, region === undefined ? { shape: 'wire' } : { shape: 'wire', region });
  // An answered request keeps the warnings the contract found in it.
  if (outcome.ok) return { answer: { status: 200, body: outcome.output }, violations: outcome.violations ?? [] };
  const { name, message, status, violations } = outcome.error;
  return { answer: errorAnswer(name, message, status), violations };
}

/** An exception as a short text for a message; never throws. */
export function reasonOf(error: unknown): string {
  try {
    return clip(error instanceof Error ? `${error.name}: ${error.message}` : String(error), 500);
  } catch {
    return 'an unprintable exception';
  }
}

/** Answers one request to a CloudTrail endpoint from `fake`. Never rejects. */
export async function exchange(fake: FakeCloudTrailImports, request: Request, target: string | undefined): Promise<Exchange> {
  let operation: ImportOperation | undefined;
  let requestBody: unknown;
  try {
    const text = await request.text();
    const wire = validateImportHttpRequest({ headers: request.headers, body: text, method: request.method, url: request.url });
    operation = wire.kind === 'unknown' ? undefined : wire.kind;
    requestBody = recordedBody(wire, text);
    const { answer, violations } = answerFromFake(fake, wire, request.url);
    return recordedExchange(operation, request.url, target, requestBody, answer, violations);
  } catch (error) {
    const message = `cloudtrail-import-contract's msw handlers could not answer ${operation ?? 'the request'}: ${reasonOf(error)}`;
    const answer = errorAnswer(HANDLER_FAILURE, message, 400);
    return recordedExchange(operation, request.url, target, requestBody, answer, []);
  }
}
