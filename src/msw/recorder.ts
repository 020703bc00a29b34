import type { ImportOperation } from '../contract/operations.js';
import type { Violation } from '../rules/index.js';

/** One HTTP exchange the import handlers answered. */
export interface RecordedImportExchange {
  /** The operation the `X-Amz-Target` named; undefined when it named none. */
  readonly operation: ImportOperation | undefined;
  readonly url: string;
  /** The `X-Amz-Target` header as sent (undefined when absent). */
  readonly target: string | undefined;
  /** The request body parsed as JSON, or the raw text when it is not JSON. */
  readonly requestBody: unknown;
  readonly status: number;
  /** The response body (parsed JSON). */
  readonly responseBody: unknown;
  /** The wire and request violations the handlers found (empty for a valid request). */
  readonly violations: readonly Violation[];
}

const RECORDER = Symbol.for('cloudtrail-import-contract.recorder');

/** Captures the exchanges of `cloudTrailImportHandlers({ recorder })`, for assertions. */
export interface ImportExchangeRecorder {
  readonly [RECORDER]: true;
  /** Every exchange so far, oldest first. */
  readonly exchanges: readonly RecordedImportExchange[];
  /** The exchanges of one operation. */
  of(operation: ImportOperation): readonly RecordedImportExchange[];
  record(exchange: RecordedImportExchange): void;
  clear(): void;
}

/**
 * A recorder to pass to `cloudTrailImportHandlers({ recorder })`; matchers such as
 * `toHaveSentOnlyValidStartImportRequests` accept it.
 *
 * @example
 * const recorder = createImportRecorder();
 * server.use(...cloudTrailImportHandlers({ recorder }));
 * await importTrailHistory(client, options);
 * expect(recorder).toHaveSentOnlyValidStartImportRequests();
 */
export function createImportRecorder(): ImportExchangeRecorder {
  const exchanges: RecordedImportExchange[] = [];
  return {
    [RECORDER]: true,
    exchanges,
    of: (operation) => exchanges.filter((exchange) => exchange.operation === operation),
    record: (exchange) => {
      exchanges.push(exchange);
    },
    clear: () => {
      exchanges.length = 0;
    },
  };
}

/** Whether `value` is a recorder made by `createImportRecorder`. */
export function isImportExchangeRecorder(value: unknown): value is ImportExchangeRecorder {
  return typeof value === 'object' && value !== null && (value as Partial<Record<typeof RECORDER, unknown>>)[RECORDER] === true;
}
