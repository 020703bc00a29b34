/** The receivers the stub and recorder matchers take: a real aws-sdk-client-mock stub, and a recorder fed by hand. */
import { CloudTrailClient, GetImportCommand, StartImportCommand, type StartImportCommandInput } from '@aws-sdk/client-cloudtrail';
import { mockClient } from 'aws-sdk-client-mock';
import type { ImportOperation } from '../../../src/contract/operations.js';
import type { RecordedImportExchange } from '../../../src/msw/recorder.js';
import type { Violation } from '../../../src/rules/index.js';

export const cloudTrailMock = mockClient(CloudTrailClient);
export const client = new CloudTrailClient({ region: 'us-east-1', credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'example' } });

/** Waits for a call through the client, so through the stub, and ignores its answer: these tests look at the calls. */
async function settle(call: () => Promise<unknown>): Promise<void> {
  try {
    await call();
  } catch {
    // A mocked rejection is an answer like any other here.
  }
}

/** Sends a StartImport request, whatever its type. */
export async function startImport(input: unknown): Promise<void> {
  await settle(() => client.send(new StartImportCommand(input as StartImportCommandInput)));
}

/** Sends a GetImport request, which the StartImport matchers pass over. */
export async function getImport(importId: string): Promise<void> {
  await settle(() => client.send(new GetImportCommand({ ImportId: importId })));
}

/**
 * An exchange of `operation` as the msw handlers record it: answered (200) without violations,
 * else refused. Fed by hand, so its body need not be one the handlers would have answered.
 */
export function importExchange(operation: ImportOperation, requestBody: unknown, violations: readonly Violation[] = []): RecordedImportExchange {
  const common = { operation, url: 'https://cloudtrail.us-east-1.amazonaws.com/', target: `CloudTrail_20131101.${operation}`, violations };
  if (violations.length > 0) return { ...common, requestBody, status: 400, responseBody: { __type: 'InvalidParameterException', message: 'refused' } };
  return { ...common, requestBody, status: 200, responseBody: {} } as RecordedImportExchange;
}

/** A StartImport exchange as the msw handlers record it. */
export function startImportExchange(requestBody: unknown, violations: readonly Violation[] = []): RecordedImportExchange {
  return importExchange('StartImport', requestBody, violations);
}
