/**
 * The recorder of the msw handlers, one implementation for both services: CloudTrail's import
 * exchanges (`createImportRecorder`) and CloudWatch Logs' import-task exchanges
 * (`createLogsImportRecorder`), each typed by its operations' wire inputs and outputs.
 */
import { IMPORT_OPERATIONS, LOGS_IMPORT_OPERATIONS, notAnOperation, type ContractService, type ErrorStatus, type ImportOperation } from '../contract/operations.js';
import { describe } from '../contract/timestamps.js';
import type { FakeOutputs, FakeWireInputs } from '../fake/index.js';
import type { Violation } from '../rules/index.js';

/** What every recorded exchange has. */
interface ExchangeBase {
  readonly url: string;
  /** The `X-Amz-Target` header as sent (undefined when absent). */
  readonly target: string | undefined;
  /**
   * What the handlers found in the request: an answered one's warnings (empty when it has none), an
   * invalid one's every violation (the wire checks' or the input's), none for a refusal of the fake's
   * state (not found, an ongoing import) or an injected fault.
   */
  readonly violations: readonly Violation[];
}

/** The operations of a service whose exchanges have `Inputs` and `Outputs`. */
type OperationOf<Inputs, Outputs> = keyof Inputs & keyof Outputs & string;

/**
 * An exchange of `O` the fake answered with its output (HTTP 200): the request passed every check,
 * so its body is the operation's input, in the wire shape.
 */
export interface AnsweredExchange<Inputs, Outputs, O extends OperationOf<Inputs, Outputs>> extends ExchangeBase {
  readonly operation: O;
  readonly status: 200;
  readonly requestBody: Inputs[O];
  /** The output, as sent. */
  readonly responseBody: Outputs[O];
}

/** The body of an awsJson1_1 error answer. */
export interface ImportErrorBody {
  /** The exception's name. */
  readonly __type: string;
  readonly message: string;
}

/** An exchange refused with an error: its request body is whatever was sent. */
export interface RefusedExchange<Operation extends string> extends ExchangeBase {
  /** The operation the `X-Amz-Target` named; undefined when it named none. */
  readonly operation: Operation | undefined;
  readonly status: ErrorStatus;
  /** The request body parsed as JSON, or the raw text when it is not JSON. */
  readonly requestBody: unknown;
  readonly responseBody: ImportErrorBody;
}

/** One exchange: narrow on `status` (200 or an error) and then on `operation` to read the bodies with their model types. */
export type RecordedExchange<Inputs, Outputs> =
  | { readonly [O in OperationOf<Inputs, Outputs>]: AnsweredExchange<Inputs, Outputs, O> }[OperationOf<Inputs, Outputs>]
  | RefusedExchange<OperationOf<Inputs, Outputs>>;

const RECORDER = Symbol.for('cloudtrail-import-contract.recorder');

/** The service whose handlers a recorder is for: the handlers of the other refuse it. */
export type RecordedService = ContractService;

/** Captures the exchanges of one service's handlers, for assertions. */
export interface ExchangeRecorder<Inputs, Outputs> {
  readonly [RECORDER]: RecordedService;
  /** Every exchange so far, oldest first. */
  readonly exchanges: readonly RecordedExchange<Inputs, Outputs>[];
  /** The exchanges of one operation: an answered one's bodies have that operation's types. */
  of<O extends OperationOf<Inputs, Outputs>>(operation: O): readonly (AnsweredExchange<Inputs, Outputs, O> | RefusedExchange<OperationOf<Inputs, Outputs>>)[];
  record(exchange: RecordedExchange<Inputs, Outputs>): void;
  clear(): void;
}

/** Each service's operations, and what `recorder.of` calls one. */
const SERVICE_OPERATIONS: Readonly<Record<RecordedService, { readonly operations: readonly string[]; readonly kind: string }>> = {
  CloudTrail: { operations: IMPORT_OPERATIONS, kind: 'a CloudTrail import operation' },
  CloudWatchLogs: { operations: LOGS_IMPORT_OPERATIONS, kind: 'a CloudWatch Logs import-task operation' },
};

/**
 * Throws a TypeError unless `exchange` reads as a recorded exchange of the service (an object with
 * its `status`, its `violations` and an operation of the service or none): the matchers read every
 * recorded exchange, and one that is not would fail them with the engine's message.
 */
function checkExchange(exchange: unknown, operations: readonly string[]): void {
  const { operation, status, violations } = (typeof exchange === 'object' && exchange !== null ? exchange : {}) as Readonly<Record<string, unknown>>;
  const known = operation === undefined || operations.includes(operation as string);
  if (!known || typeof status !== 'number' || !Array.isArray(violations)) {
    throw new TypeError(`recorder.record: exchange must be an exchange the handlers record, with an operation of ${operations.join(', ')} (or none), a status and its violations (got ${describe(exchange)})`);
  }
}

/** A recorder for the handlers of `service`. */
export function createRecorder<Inputs, Outputs>(service: RecordedService): ExchangeRecorder<Inputs, Outputs> {
  type Operation = OperationOf<Inputs, Outputs>;
  const exchanges: RecordedExchange<Inputs, Outputs>[] = [];
  const { operations, kind } = SERVICE_OPERATIONS[service];
  return {
    [RECORDER]: service,
    exchanges,
    // An exchange whose operation is O is an answered exchange of O or a refused one; TypeScript cannot narrow a union by a type parameter.
    of: <O extends Operation>(operation: O) => {
      // A misspelt name would give no exchange: an assertion of none would pass.
      if (!operations.includes(operation)) throw notAnOperation('recorder.of', operation, operations, kind);
      return exchanges.filter((exchange) => exchange.operation === operation) as readonly (AnsweredExchange<Inputs, Outputs, O> | RefusedExchange<Operation>)[];
    },
    record: (exchange) => {
      checkExchange(exchange, operations);
      exchanges.push(exchange);
    },
    clear: () => {
      exchanges.length = 0;
    },
  };
}

/** Whether `value` is a recorder made for the handlers of `service`. */
export function isRecorderOf(value: unknown, service: RecordedService): boolean {
  return typeof value === 'object' && value !== null && (value as Partial<Record<typeof RECORDER, unknown>>)[RECORDER] === service;
}

/** An exchange of a CloudTrail import operation the fake answered (timestamps of the output in epoch seconds). */
export type AnsweredImportExchange<O extends ImportOperation = ImportOperation> = AnsweredExchange<FakeWireInputs, FakeOutputs<number>, O>;

/** A CloudTrail import exchange refused with an error. */
export type RefusedImportExchange = RefusedExchange<ImportOperation>;

/**
 * One HTTP exchange the import handlers answered: narrow on `status` (200 or an error) and then on
 * `operation` to read the bodies with their model types.
 *
 * @example
 * const [first] = recorder.exchanges;
 * if (first?.status === 200 && first.operation === 'StartImport') first.requestBody.ImportId; // string | undefined
 */
export type RecordedImportExchange = RecordedExchange<FakeWireInputs, FakeOutputs<number>>;

/** Captures the exchanges of `cloudTrailImportHandlers({ recorder })`, for assertions. */
export type ImportExchangeRecorder = ExchangeRecorder<FakeWireInputs, FakeOutputs<number>>;

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
  return createRecorder('CloudTrail');
}

/** Whether `value` is a recorder made by `createImportRecorder`. */
export function isImportExchangeRecorder(value: unknown): value is ImportExchangeRecorder {
  return isRecorderOf(value, 'CloudTrail');
}
