/**
 * CreateImportTask: its model's structural checks (src/generated/logs-model.ts,
 * `CreateImportTaskRequest` and `CreateImportTaskResponse`), the documented checks of the source
 * event data store, the import role and the filter's epoch-millisecond times, and of the log
 * group the task creates.
 */
import { defineLogsOperation } from '../define.js';
import { destinationCheck, taskArnChecks } from '../arns.js';
import { sourceNotEventDataStoreRow } from '../rows.js';
import { filterTimeChecks, timeRangeReversedCheck } from '../times.js';

const OPERATION = 'CreateImportTask';

export const createImportTask = defineLogsOperation(OPERATION, {
  request: [
    taskArnChecks(OPERATION, sourceNotEventDataStoreRow),
    timeRangeReversedCheck(OPERATION, '/importFilter'),
    ...filterTimeChecks(OPERATION),
  ],
  response: [destinationCheck(OPERATION, '/importDestinationArn')],
});
