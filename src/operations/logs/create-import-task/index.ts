/**
 * CreateImportTask: its model's structural checks (src/generated/logs-model.ts,
 * `CreateImportTaskRequest` and `CreateImportTaskResponse`), the documented checks of the source
 * event data store, the import role and the filter's epoch-millisecond times, and of the log
 * group the task creates.
 */
import type { CheckGroup } from '../../../core/check.js';
import type { Decoded } from '../../../core/structural.js';
import { defineLogsOperation } from '../define.js';
import { destinationCheck, taskArnChecks } from '../arns.js';
import { sourceNotEventDataStoreRow } from '../rows.js';
import { filterTimeChecks, runFilterTimeChecks, timeRangeReversedCheck } from '../times.js';

const OPERATION = 'CreateImportTask';

const arns = taskArnChecks(OPERATION, sourceNotEventDataStoreRow);

/**
 * Every request check as one group: the ARNs' (read once each) and the filter's (read once, with
 * the clock once and only when a time is present), one run where five were: on the requests of
 * bench/unseen-operations.bench.ts the filter-time checks' four runs alone were a tenth of a valid
 * request's check.
 */
const requestChecks: CheckGroup<Decoded> = {
  checks: [...arns.checks, timeRangeReversedCheck(OPERATION, '/importFilter'), ...filterTimeChecks(OPERATION)],
  run(input, context, out) {
    arns.run(input, context, out);
    runFilterTimeChecks(input, context, out);
  },
};

export const createImportTask = defineLogsOperation(OPERATION, {
  request: [requestChecks],
  response: [destinationCheck(OPERATION, '/importDestinationArn')],
});
