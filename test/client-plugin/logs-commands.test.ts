/**
 * `importContractPlugin` on a real CloudWatchLogsClient, with the package's Logs handlers
 * answering: the CloudWatch Logs import tasks are checked as CloudTrail's import commands are
 * (README: "checks the four calls as it checks StartImport, on every surface").
 */
import { CreateImportTaskCommand, DescribeImportTasksCommand, DescribeLogGroupsCommand, type CreateImportTaskCommandInput } from '@aws-sdk/client-cloudwatch-logs';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { ImportContractViolationError, importContractPlugin, type ImportContractPluginOptions } from '../../src/client-plugin/index.js';
import { cloudWatchLogsImportHandlers } from '../../src/msw/index.js';
import { logsClient, logsFake, ROLE_ARN } from '../msw/logs-support.js';
import { eventDataStoreArn, NOW } from '../msw/support.js';
import { recordingLogger, useWatchedServer } from './support.js';

const { server, seen } = useWatchedServer();
const CREATE = 'Logs_20140328.CreateImportTask';

function checkedLogsClient(options?: ImportContractPluginOptions): ReturnType<typeof logsClient> {
  const client = logsClient();
  client.middlewareStack.use(importContractPlugin(options));
  return client;
}

function task(importFilter?: CreateImportTaskCommandInput['importFilter']): CreateImportTaskCommandInput {
  return { importSourceArn: eventDataStoreArn(), importRoleArn: ROLE_ARN, ...(importFilter === undefined ? {} : { importFilter }) };
}

describe('importContractPlugin on a CloudWatchLogsClient', () => {
  it('sends a valid CreateImportTask, which the handlers answer', async () => {
    server.use(...cloudWatchLogsImportHandlers(logsFake()));
    const output = await checkedLogsClient({ now: NOW }).send(new CreateImportTaskCommand(task()));
    expect(output.importId).toBeDefined();
    expect(seen).toEqual([CREATE]);
  });

  it('rejects a CreateImportTask whose filter times are epoch seconds before any request is sent', async () => {
    server.use(...cloudWatchLogsImportHandlers(logsFake()));
    const error: unknown = await checkedLogsClient({ now: NOW }).send(new CreateImportTaskCommand(task({ startEventTime: 1_764_547_200 }))).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(ImportContractViolationError);
    const { operation, violations, message } = error as ImportContractViolationError;
    expect(operation).toBe('CreateImportTask');
    expect(violations.map((found) => found.code)).toEqual(['logs-time-in-seconds']);
    expect(message).toMatch(/^CreateImportTask input breaks the CloudWatch Logs import contract, not sent:\n\/importFilter\/startEventTime error logs-time-in-seconds: /);
    expect(seen).toEqual([]);
  });

  it('judges the filter times against its now option', async () => {
    server.use(...cloudWatchLogsImportHandlers(logsFake()));
    const logger = recordingLogger();
    const later = NOW.getTime() + 86_400_000;
    await checkedLogsClient({ now: NOW, logger }).send(new CreateImportTaskCommand(task({ startEventTime: NOW.getTime() - 3_600_000, endEventTime: later })));
    expect(logger.warnings.join('\n')).toMatch(/^CreateImportTask input has CloudWatch Logs import contract warnings, sent:\n\/importFilter\/endEventTime warning logs-time-in-future: /);
  });

  it('logs and sends a refused DescribeImportTasks with onViolation warn, and leaves the other Logs commands alone', async () => {
    server.use(
      ...cloudWatchLogsImportHandlers(logsFake()),
      http.post('https://logs.eu-west-1.amazonaws.com/', () => HttpResponse.json({ logGroups: [] }, { headers: { 'Content-Type': 'application/x-amz-json-1.1' } })),
    );
    const logger = recordingLogger();
    const client = checkedLogsClient({ onViolation: 'warn', logger });
    await client.send(new DescribeImportTasksCommand({ limit: 500 })).catch(() => undefined);
    expect(logger.warnings).toEqual([expect.stringMatching(/^DescribeImportTasks input breaks the CloudWatch Logs import contract, sent anyway:\n\/limit error logs-limit-out-of-range: /)]);
    await client.send(new DescribeLogGroupsCommand({ limit: 5000 }));
    expect(logger.warnings).toHaveLength(1);
    expect(seen).toEqual(['Logs_20140328.DescribeImportTasks', 'Logs_20140328.DescribeLogGroups']);
  });
});
