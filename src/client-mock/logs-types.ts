/**
 * The types of the CloudWatch Logs import tasks in client mocks: a stub of `CloudWatchLogsClient`
 * and each operation's SDK input and output.
 *
 * Written here, not imported from `@aws-sdk/client-cloudwatch-logs`: that client is an optional
 * peer, and a declaration importing it would fail the type check of every project that uses
 * `/client-mock` for CloudTrail alone (without `skipLibCheck`). They are the SDK's shapes member for
 * member (botocore's model, `LOGS_MODEL`); a test holds them assignable both ways to the SDK's own.
 */
import type { mockClient } from 'aws-sdk-client-mock';
import type { LogsImportStatus } from '../contract/operations.js';

/**
 * An aws-sdk-client-mock stub of `CloudWatchLogsClient` (or of the aggregated `CloudWatchLogs`
 * client): `mockClient(CloudWatchLogsClient)`. Typed as any client's stub, which that one is.
 */
export type CloudWatchLogsMock = ReturnType<typeof mockClient>;

/** The SDK's `ResponseMetadata`, which every command output carries as `$metadata`. */
export interface LogsResponseMetadata {
  httpStatusCode?: number;
  requestId?: string;
  extendedRequestId?: string;
  cfId?: string;
  attempts?: number;
  totalRetryDelay?: number;
}

export type { LogsImportStatus } from '../contract/operations.js';

/** `ImportFilter`: the event time range, epoch milliseconds. */
export interface LogsImportFilter {
  startEventTime?: number | undefined;
  endEventTime?: number | undefined;
}

/** `ImportStatistics`. */
export interface LogsImportStatistics {
  bytesImported?: number | undefined;
}

/** `Import`: one task in DescribeImportTasks' answer. */
export interface LogsImport {
  importId?: string | undefined;
  importSourceArn?: string | undefined;
  importStatus?: LogsImportStatus | undefined;
  importDestinationArn?: string | undefined;
  importStatistics?: LogsImportStatistics | undefined;
  importFilter?: LogsImportFilter | undefined;
  creationTime?: number | undefined;
  lastUpdatedTime?: number | undefined;
  errorMessage?: string | undefined;
}

/** `ImportBatch`. */
export interface LogsImportBatch {
  batchId: string | undefined;
  status: LogsImportStatus | undefined;
  errorMessage?: string | undefined;
}

interface Output {
  $metadata: LogsResponseMetadata;
}

/** Each CloudWatch Logs import-task operation's SDK input and output. */
export interface LogsOperationTypes {
  readonly CreateImportTask: {
    input: { importSourceArn: string | undefined; importRoleArn: string | undefined; importFilter?: LogsImportFilter | undefined };
    output: Output & { importId?: string | undefined; importDestinationArn?: string | undefined; creationTime?: number | undefined };
  };
  readonly DescribeImportTasks: {
    input: { importId?: string | undefined; importStatus?: LogsImportStatus | undefined; importSourceArn?: string | undefined; limit?: number | undefined; nextToken?: string | undefined };
    output: Output & { imports?: LogsImport[] | undefined; nextToken?: string | undefined };
  };
  readonly DescribeImportTaskBatches: {
    input: { importId: string | undefined; batchImportStatus?: LogsImportStatus[] | undefined; limit?: number | undefined; nextToken?: string | undefined };
    output: Output & { importSourceArn?: string | undefined; importId?: string | undefined; importBatches?: LogsImportBatch[] | undefined; nextToken?: string | undefined };
  };
  readonly CancelImportTask: {
    input: { importId: string | undefined };
    output: Output & {
      importId?: string | undefined;
      importStatistics?: LogsImportStatistics | undefined;
      importStatus?: LogsImportStatus | undefined;
      creationTime?: number | undefined;
      lastUpdatedTime?: number | undefined;
    };
  };
}
