/**
 * The Logs fake's errors are the same exceptions whether a test calls its promise methods or a real
 * CloudWatchLogsClient reads them off the wire from cloudWatchLogsImportHandlers: one class, name,
 * fault, status and message for every exception the fake answers with.
 */
import { DescribeImportTasksCommand } from '@aws-sdk/client-cloudwatch-logs';
import { describe, expect, it } from 'vitest';
import { LOGS_IMPORT_EXCEPTIONS, statusOfLogsImportException, type LogsImportExceptionName } from '../../src/fake/logs/operations.js';
import { cloudWatchLogsImportHandlers } from '../../src/msw/index.js';
import { logsClient, logsFake } from './logs-support.js';
import { useServer } from './support.js';

const server = useServer();
const NAMES = Object.keys(LOGS_IMPORT_EXCEPTIONS) as LogsImportExceptionName[];

/** What a test can tell of an exception. */
function seen(error: unknown): { name: unknown; $fault: unknown; status: unknown; message: unknown } {
  const { name, $fault, $metadata, message } = error as { name?: unknown; $fault?: unknown; $metadata?: { httpStatusCode?: unknown }; message?: unknown };
  return { name, $fault, status: $metadata?.httpStatusCode, message };
}

describe('createLogsImportFake and cloudWatchLogsImportHandlers', () => {
  it.each(NAMES)('reject %s as the same SDK exception, directly and through a real client', async (name) => {
    const direct = logsFake();
    direct.failNext('DescribeImportTasks', name);
    const thrown = await direct.describeImportTasks().catch((caught: unknown) => caught);
    const wired = logsFake();
    wired.failNext('DescribeImportTasks', name);
    server.use(...cloudWatchLogsImportHandlers(wired));
    const received = await logsClient().send(new DescribeImportTasksCommand({})).catch((caught: unknown) => caught);
    // The SDK's instanceof also holds for a look-alike (it compares name and $fault), so the prototypes are compared.
    expect(Object.getPrototypeOf(thrown)).toBe(Object.getPrototypeOf(received));
    expect(seen(thrown)).toEqual(seen(received));
    const status = statusOfLogsImportException(name);
    expect(seen(thrown)).toMatchObject({ name, status, $fault: status < 500 ? 'client' : 'server' });
  });
});
