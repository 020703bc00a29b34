/**
 * DescribeImportTaskBatches: its model's structural checks (src/generated/logs-model.ts,
 * `DescribeImportTaskBatchesRequest` and `DescribeImportTaskBatchesResponse`), and the documented
 * checks of the source it names and of each batch's error message.
 */
import { defineLogsOperation, LOGS_IMPORT_STATUSES } from '../define.js';
import { sourceArnCheck } from '../arns.js';
import { sourceNotEventDataStoreRow } from '../rows.js';
import { batchErrorCheck } from '../statuses.js';

const OPERATION = 'DescribeImportTaskBatches';

export const describeImportTaskBatches = defineLogsOperation(OPERATION, {
  request: [],
  response: [sourceArnCheck(OPERATION, '/importSourceArn', sourceNotEventDataStoreRow), batchErrorCheck(OPERATION, '/importBatches/*', LOGS_IMPORT_STATUSES)],
});
