/** What the Logs fake's tests share: a clock start, stores with events, and valid requests. */
import { expect } from 'vitest';
import type { FakeTrailEvent, LogsImportOutcome, LogsImportServiceError } from '../../src/fake/index.js';
import type { LogsImportOperation } from '../../src/fake/logs/operations.js';

export const NOW = new Date('2026-03-01T00:00:00Z');
export const ACCOUNT = '123456789012';
export const STORE_ID = '0b2f7a4c-9f3e-4c1d-8a55-6c1e2f3d4b5a';
export const ROLE_ARN = `arn:aws:iam::${ACCOUNT}:role/CloudWatchLogsImport`;
export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

/** The ARN of an event data store of the test account. */
export function storeArn(id = STORE_ID, region = 'us-east-1', account = ACCOUNT): string {
  return `arn:aws:cloudtrail:${region}:${account}:eventdatastore/${id}`;
}

/** A store id ending in `n`. */
export function storeId(n: number): string {
  return `3f4e2d1c-0b9a-4876-9543-${String(n).padStart(12, '0')}`;
}

/** `count` events an hour apart from `from`. */
export function hourlyEvents(from: Date, count: number): FakeTrailEvent[] {
  return Array.from({ length: count }, (_, i) => ({ eventTime: new Date(from.getTime() + i * HOUR), eventName: 'CreateBucket', eventSource: 's3.amazonaws.com' }));
}

/** A valid CreateImportTask request from `source`. */
export function createRequest(source = storeArn(), filter?: { startEventTime?: number; endEventTime?: number }): { importSourceArn: string; importRoleArn: string; importFilter?: { startEventTime?: number; endEventTime?: number } } {
  return filter === undefined ? { importSourceArn: source, importRoleArn: ROLE_ARN } : { importSourceArn: source, importRoleArn: ROLE_ARN, importFilter: filter };
}

/** The output of a successful outcome; fails the test, showing the error, otherwise. */
export function outputOf<O extends LogsImportOperation>(outcome: LogsImportOutcome<O>): Extract<LogsImportOutcome<O>, { ok: true }>['output'] {
  if (!outcome.ok) return expect.fail(`expected success, got ${outcome.error.name}: ${outcome.error.message}`);
  return outcome.output;
}

/** The error of a refused outcome; fails the test otherwise. */
export function errorOf(outcome: LogsImportOutcome): LogsImportServiceError {
  if (outcome.ok) return expect.fail(`expected an error, got ${JSON.stringify(outcome.output)}`);
  return outcome.error;
}
