/**
 * CancelImportTask: its model's structural checks (src/generated/logs-model.ts,
 * `CancelImportTaskRequest` and `CancelImportTaskResponse`), and the documented checks of the
 * cancelled task: its status is CANCELLED, its creation not after its last update.
 */
import { defineLogsOperation, LOGS_IMPORT_STATUSES } from '../define.js';
import { cancelledStatusCheck } from '../statuses.js';
import { responseTimestampsReversedCheck } from '../times.js';

const OPERATION = 'CancelImportTask';

export const cancelImportTask = defineLogsOperation(OPERATION, {
  request: [],
  response: [cancelledStatusCheck(OPERATION, LOGS_IMPORT_STATUSES), responseTimestampsReversedCheck(OPERATION, '')],
});
