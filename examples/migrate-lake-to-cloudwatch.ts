/**
 * Application code as a team leaving CloudTrail Lake would write it: import a trail's history from
 * S3 into an event data store, then move that store's events into CloudWatch Logs with an import
 * task, and report how each batch went. `migrate-lake-to-cloudwatch.msw.test.ts` runs it with a
 * real CloudTrailClient and CloudWatchLogsClient against the toolkit's fakes through msw.
 */
import type { DescribeImportTaskBatchesCommandInput, DescribeImportTasksCommandInput, ImportBatch } from '@aws-sdk/client-cloudwatch-logs';
import { importTrailHistory, type CloudTrailImports, type ImportOutcome, type PollOptions } from './import-trail-history.js';
import type { ImportPlan } from './start-import-builder.js';

/**
 * The import-task calls the code needs: the aggregated `CloudWatchLogs` client of
 * `@aws-sdk/client-cloudwatch-logs` has them.
 */
export interface CloudWatchLogsImports {
  createImportTask(input: { importSourceArn: string; importRoleArn: string; importFilter?: { startEventTime?: number; endEventTime?: number } }): Promise<{ importId?: string | undefined; importDestinationArn?: string | undefined }>;
  describeImportTasks(input: DescribeImportTasksCommandInput): Promise<{ imports?: { importStatus?: string | undefined; importStatistics?: { bytesImported?: number | undefined } | undefined; errorMessage?: string | undefined }[] | undefined }>;
  describeImportTaskBatches(input: DescribeImportTaskBatchesCommandInput): Promise<{ importBatches?: ImportBatch[] | undefined; nextToken?: string | undefined }>;
}

/** The migration: the Lake import of the trail's history, and the role CloudWatch Logs imports the store with. */
export interface MigrationPlan {
  readonly trailHistory: ImportPlan & { readonly from: Date; readonly to: Date };
  /** The role that trusts cloudtrail.amazonaws.com and may read the store and write the managed log group. */
  readonly logsImportRoleArn: string;
}

/** How the migration ended. */
export interface MigrationOutcome {
  readonly lakeImport: ImportOutcome;
  readonly importId: string;
  /** The managed log group the events went to. */
  readonly logGroupArn: string;
  readonly status: 'COMPLETED' | 'FAILED' | 'CANCELLED';
  readonly bytesImported: number;
  readonly errorMessage: string | undefined;
  /** Every batch, in the service's order. */
  readonly batches: readonly ImportBatch[];
}

const defaultSleep = (ms: number): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, ms);
  });

async function allBatches(logs: CloudWatchLogsImports, importId: string): Promise<ImportBatch[]> {
  const batches: ImportBatch[] = [];
  let nextToken: string | undefined;
  do {
    const page = await logs.describeImportTaskBatches(nextToken === undefined ? { importId } : { importId, nextToken });
    batches.push(...(page.importBatches ?? []));
    nextToken = page.nextToken;
  } while (nextToken !== undefined);
  return batches;
}

/**
 * Imports the trail history into Lake and waits for it, then creates a CloudWatch Logs import task
 * from the store for the same time range (epoch **milliseconds**), polls DescribeImportTasks
 * until it ends, and reads all its batches.
 *
 * @throws the SDKs' exceptions as they come, an Error when the Lake import does not complete, and
 *   one when the import task is still running after `maxPolls` polls.
 */
export async function migrateLakeToCloudWatch(cloudTrail: CloudTrailImports, logs: CloudWatchLogsImports, plan: MigrationPlan, poll: PollOptions = {}): Promise<MigrationOutcome> {
  const { trailHistory } = plan;
  const lakeImport = await importTrailHistory(cloudTrail, trailHistory, poll);
  if (lakeImport.status !== 'COMPLETED') throw new Error(`the Lake import ${lakeImport.importId} ended ${lakeImport.status}; not moving a partial store`);
  const created = await logs.createImportTask({
    importSourceArn: trailHistory.eventDataStoreArn,
    importRoleArn: plan.logsImportRoleArn,
    importFilter: { startEventTime: trailHistory.from.getTime(), endEventTime: trailHistory.to.getTime() },
  });
  const importId = created.importId;
  if (importId === undefined) throw new Error('CreateImportTask answered without an importId');
  const { intervalMs = 30_000, maxPolls = 120, sleep = defaultSleep } = poll;
  for (let polls = 0; polls < maxPolls; polls += 1) {
    const [task] = (await logs.describeImportTasks({ importId })).imports ?? [];
    const status = task?.importStatus;
    if (status === 'COMPLETED' || status === 'FAILED' || status === 'CANCELLED') {
      const batches = await allBatches(logs, importId);
      return { lakeImport, importId, logGroupArn: created.importDestinationArn ?? '', status, bytesImported: task?.importStatistics?.bytesImported ?? 0, errorMessage: task?.errorMessage, batches };
    }
    await sleep(intervalMs);
  }
  throw new Error(`import task ${importId} is still running after ${maxPolls} polls`);
}
