/**
 * The awsJson1_1 answers of the handlers: an operation's output with HTTP 200, or an error body
 * `{"__type", "message"}` with the exception's status, each with a request id as the service sends.
 */
import { HttpResponse, type JsonBodyType } from 'msw';
import { AWS_JSON_CONTENT_TYPE, fitErrorMessage } from '../contract/model.js';
import type { ErrorStatus, ImportOperation } from '../contract/operations.js';
import type { FakeOutputs } from '../fake/index.js';
import type { ImportErrorBody } from './recorder.js';

/** An error answer: `{"__type", "message"}` with the exception's status. */
export interface ErrorAnswer {
  readonly status: ErrorStatus;
  readonly body: ImportErrorBody;
}

/** An answer before it becomes a `Response`: what the recorder keeps. `Output` is what a 200 carries (CloudTrail's outputs by default). */
export type Answer<Output = FakeOutputs<number>[ImportOperation]> = { readonly status: 200; readonly body: Output } | ErrorAnswer;

/** An error answer; the message cut to the model's length. */
export function errorAnswer(name: string, message: string, status: ErrorStatus): ErrorAnswer {
  return { status, body: { __type: name, message: fitErrorMessage(message) } };
}

/** The HTTP response of an answer, with a fresh `x-amzn-RequestId` (the SDK reads it into `$metadata.requestId`). */
export function toResponse(answer: Answer<JsonBodyType>): Response {
  return HttpResponse.json(answer.body, {
    status: answer.status,
    headers: { 'Content-Type': AWS_JSON_CONTENT_TYPE, 'x-amzn-RequestId': globalThis.crypto.randomUUID() },
  });
}
