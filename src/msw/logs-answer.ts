/**
 * One exchange of the CloudWatch Logs import handlers: the wire checks, then the fake, and never
 * an exception — a failure inside is answered as an error too.
 */
import type { LogsImportOperation } from '../contract/operations.js';
import type { LogsImportFake, LogsImportOutputs } from '../fake/index.js';
import type { Violation } from '../rules/index.js';
import { validateImportHttpRequest, type WireValidationResult } from '../validate/index.js';
import { HANDLER_FAILURE, reasonOf, recordedBody, wireRefusal } from './answer.js';
import { regionOfLogsEndpoint } from '../contract/endpoints.js';
import type { RecordedLogsImportExchange } from './logs-recorded.js';
import { errorAnswer, type Answer } from './respond.js';

type LogsAnswer = Answer<LogsImportOutputs[LogsImportOperation]>;

interface Answered {
  readonly answer: LogsAnswer;
  readonly violations: readonly Violation[];
}

function answerOf(fake: LogsImportFake, wire: WireValidationResult<LogsImportOperation>, url: string): Answered {
  // A target naming no import-task operation is the first violation: UnknownOperationException, as CloudTrail's handlers answer it.
  if (!wire.valid || wire.kind === 'unknown') return { answer: wireRefusal(wire.violations), violations: wire.violations };
  const region = regionOfLogsEndpoint(url);
  const outcome = fake.handle(wire.kind, wire.body, region === undefined ? { shape: 'wire' } : { shape: 'wire', region });
  // An answered request keeps the warnings the contract found in it.
  if (outcome.ok) return { answer: { status: 200, body: outcome.output }, violations: outcome.violations ?? [] };
  return { answer: errorAnswer(outcome.error.name, outcome.error.message, outcome.error.status), violations: outcome.error.violations };
}

/** Answers one request to a CloudWatch Logs endpoint from `fake`, and what to record of it. Never rejects. */
export async function logsExchange(fake: LogsImportFake, request: Request): Promise<{ readonly answer: LogsAnswer; readonly recorded: RecordedLogsImportExchange }> {
  const target = request.headers.get('x-amz-target');
  let operation: LogsImportOperation | undefined;
  let requestBody: unknown;
  let answered: Answered;
  try {
    const text = await request.text();
    const wire = validateImportHttpRequest({ headers: request.headers, body: text }, { service: 'CloudWatchLogs' });
    operation = wire.kind === 'unknown' ? undefined : wire.kind;
    requestBody = recordedBody(wire, text);
    answered = answerOf(fake, wire, request.url);
  } catch (error) {
    answered = { answer: errorAnswer(HANDLER_FAILURE, `cloudtrail-import-contract's CloudWatch Logs handlers could not answer ${operation ?? 'the request'}: ${reasonOf(error)}`, 400), violations: [] };
  }
  const { answer, violations } = answered;
  // The fake answers with an output (200) only an input that passed its checks, which makes the body that operation's input: the one thing the types cannot follow.
  const recorded = { operation, url: request.url, target: target ?? undefined, requestBody, status: answer.status, responseBody: answer.body, violations } as RecordedLogsImportExchange;
  return { answer, recorded };
}
