/** Snapshots of the Logs fake's tasks and log groups for a test: fresh objects, Dates for times. */
import { eventSnapshot } from '../trail-events.js';
import type { HeldLogGroup, HeldTask } from './tasks.js';
import type { FakeLogGroup, FakeLogsImportTask } from './types.js';

export function taskSnapshot(task: HeldTask): FakeLogsImportTask {
  return {
    importId: task.id,
    importSourceArn: task.sourceArn,
    importRoleArn: task.roleArn,
    importDestinationArn: task.logGroup.arn,
    importStatus: task.status,
    ...(task.filter === undefined ? {} : { importFilter: { ...task.filter } }),
    creationTime: new Date(task.created),
    lastUpdatedTime: new Date(task.updated),
    bytesImported: task.bytesImported,
    ...(task.errorMessage === undefined ? {} : { errorMessage: task.errorMessage }),
    batches: task.batches.map((batch) => ({
      batchId: batch.id,
      status: batch.status,
      ...(batch.errorMessage === undefined ? {} : { errorMessage: batch.errorMessage }),
      events: batch.events.map(eventSnapshot),
    })),
    accountId: task.accountId,
    region: task.region,
  };
}

export function logGroupSnapshot(group: HeldLogGroup): FakeLogGroup {
  return { logGroupName: group.name, logGroupArn: group.arn, creationTime: new Date(group.created), events: group.events.map(eventSnapshot) };
}
