import type { ErrorStatus, ImportOperation } from '../contract/operations.js';
import type { FakeOutputs, FakeWireInputs } from '../fake/index.js';
import type { Violation } from '../rules/index.js';

/** What every recorded exchange has. */
interface ExchangeBase {
  readonly url: string;
  /** The `X-Amz-Target` header as sent (undefined when absent). */
  readonly target: string | undefined;
  /** The wire and request violations the handlers found (empty for a valid request; warnings may remain on an answered one). */
  readonly violations: readonly Violation[];
}

/**
 * An exchange of `operation` the fake answered with its output (HTTP 200): the request passed
 * every check, so its body is the operation's input, in the wire shape.
 */
export interface AnsweredImportExchange<O extends ImportOperation = ImportOperation> extends ExchangeBase {
  readonly operation: O;
  readonly status: 200;
  readonly requestBody: FakeWireInputs[O];
  /** The output, as sent: timestamps in epoch seconds. */
  readonly responseBody: FakeOutputs<number>[O];
}

/** The body of an awsJson1_1 error answer. */
export interface ImportErrorBody {
  /** The exception's name. */
  readonly __type: string;
  readonly message: string;
}

/** An exchange refused with an error: its request body is whatever was sent. */
export interface RefusedImportExchange extends ExchangeBase {
  /** The operation the `X-Amz-Target` named; undefined when it named none. */
  readonly operation: ImportOperation | undefined;
  readonly status: ErrorStatus;
  /** The request body parsed as JSON, or the raw text when it is not JSON. */
  readonly requestBody: unknown;
  readonly responseBody: ImportErrorBody;
}

/**
 * One HTTP exchange the import handlers answered: narrow on `status` (200 or an error) and then on
 * `operation` to read the bodies with their model types.
 *
 * @example
 * const [first] = recorder.exchanges;
 * if (first?.status === 200 && first.operation === 'StartImport') first.requestBody.ImportId; // string | undefined
 */
export type RecordedImportExchange = { readonly [O in ImportOperation]: AnsweredImportExchange<O> }[ImportOperation] | RefusedImportExchange;

const RECORDER = Symbol.for('cloudtrail-import-contract.recorder');

/** Captures the exchanges of `cloudTrailImportHandlers({ recorder })`, for assertions. */
export interface ImportExchangeRecorder {
  readonly [RECORDER]: true;
  /** Every exchange so far, oldest first. */
  readonly exchanges: readonly RecordedImportExchange[];
  /** The exchanges of one operation: an answered one's bodies have that operation's types. */
  of<O extends ImportOperation>(operation: O): readonly (AnsweredImportExchange<O> | RefusedImportExchange)[];
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
    // An exchange whose operation is O is an answered exchange of O or a refused one; TypeScript cannot narrow a union by a type parameter.
    of: <O extends ImportOperation>(operation: O) =>
      exchanges.filter((exchange) => exchange.operation === operation) as readonly (AnsweredImportExchange<O> | RefusedImportExchange)[],
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
