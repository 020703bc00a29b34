import type { ErrorStatus } from '../contract/operations.js';
import type { LogsImportOperation } from '../fake/logs/operations.js';
import type { Violation } from '../rules/index.js';

/** One exchange the CloudWatch Logs import handlers answered, as `onExchange` receives it. */
export interface RecordedLogsImportExchange {
  /** The import-task operation the `X-Amz-Target` named; undefined when it named none. */
  readonly operation: LogsImportOperation | undefined;
  readonly url: string;
  readonly target: string | undefined;
  /** The body parsed as JSON when it is a JSON object, else the raw text. */
  readonly requestBody: unknown;
  readonly status: 200 | ErrorStatus;
  /** The output (200), or `{"__type", "message"}`. */
  readonly responseBody: unknown;
  /** The wire violations found (the fake's own refusals carry their message in the body). */
  readonly violations: readonly Violation[];
}
