/**
 * DescribeImportTasks: its model's structural checks (src/generated/logs-model.ts,
 * `DescribeImportTasksRequest` and `DescribeImportTasksResponse`), the warning about a source
 * filter no import task can match, and the documented checks of each task it describes.
 */
import { defineLogsOperation } from '../define.js';
import { destinationCheck, sourceArnCheck } from '../arns.js';
import { sourceFilterNotEventDataStoreRow, sourceNotEventDataStoreRow } from '../rows.js';
import { responseTimestampsReversedCheck, timeRangeReversedCheck } from '../times.js';

const OPERATION = 'DescribeImportTasks';

export const describeImportTasks = defineLogsOperation(OPERATION, {
  request: [sourceArnCheck(OPERATION, '/importSourceArn', sourceFilterNotEventDataStoreRow)],
  response: [
    sourceArnCheck(OPERATION, '/imports/*/importSourceArn', sourceNotEventDataStoreRow),
    timeRangeReversedCheck(OPERATION, '/imports/*/importFilter'),
    destinationCheck(OPERATION, '/imports/*/importDestinationArn'),
    responseTimestampsReversedCheck(OPERATION, '/imports/*'),
  ],
});
