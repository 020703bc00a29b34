/**
 * The types of the CloudWatch Logs import tasks in client mocks: a stub of `CloudWatchLogsClient`
 * and each operation's SDK input and output. Type-only: the Logs client, an optional peer, is
 * loaded at run time only when a Logs operation is mocked (logs-sdk.ts).
 */
import type {
  CancelImportTaskCommandInput,
  CancelImportTaskCommandOutput,
  CloudWatchLogsClientResolvedConfig,
  CreateImportTaskCommandInput,
  CreateImportTaskCommandOutput,
  DescribeImportTaskBatchesCommandInput,
  DescribeImportTaskBatchesCommandOutput,
  DescribeImportTasksCommandInput,
  DescribeImportTasksCommandOutput,
  ServiceInputTypes,
  ServiceOutputTypes,
} from '@aws-sdk/client-cloudwatch-logs';
import type { AwsStub } from 'aws-sdk-client-mock';

/** An aws-sdk-client-mock stub of `CloudWatchLogsClient` (or of the aggregated `CloudWatchLogs` client): `mockClient(CloudWatchLogsClient)`. */
export type CloudWatchLogsMock = AwsStub<ServiceInputTypes, ServiceOutputTypes, CloudWatchLogsClientResolvedConfig>;

/** Each CloudWatch Logs import-task operation's SDK input and output. */
export interface LogsOperationTypes {
  readonly CreateImportTask: { input: CreateImportTaskCommandInput; output: CreateImportTaskCommandOutput };
  readonly DescribeImportTasks: { input: DescribeImportTasksCommandInput; output: DescribeImportTasksCommandOutput };
  readonly DescribeImportTaskBatches: { input: DescribeImportTaskBatchesCommandInput; output: DescribeImportTaskBatchesCommandOutput };
  readonly CancelImportTask: { input: CancelImportTaskCommandInput; output: CancelImportTaskCommandOutput };
}
