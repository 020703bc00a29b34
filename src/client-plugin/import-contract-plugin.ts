import { checkOptionsObject, type OptionNames } from '../contract/options.js';
import { describe } from '../contract/timestamps.js';
import { IMPORT_OPERATIONS, LOGS_IMPORT_OPERATIONS, type ContractOperation } from '../contract/operations.js';
import { loadImportPolicy } from '../policy/index.js';
import type { ImportPolicy } from '../policy/types.js';
import type { Clock } from '../validate/index.js';
import { checkClock } from '../validate/run.js';
import { checkImportInput, type InputCheckOptions } from './check-input.js';
import type { ClientPlugin, CommandContext, InitializeMiddleware, InitializeMiddlewareOptions } from './stack.js';
import { ImportContractViolationError } from './violation-error.js';

/** Where the plugin writes what it does not throw: `console` by default. */
export interface ImportContractLogger {
  warn(message: string): void;
}

/** Options of `importContractPlugin`. */
export interface ImportContractPluginOptions {
  /**
   * What an input with an error does: `'throw'` (default) rejects the call with an
   * `ImportContractViolationError` before anything is sent; `'warn'` logs it and sends it.
   * Warnings never throw: they are logged in both modes.
   */
  readonly onViolation?: 'throw' | 'warn' | undefined;
  /** Receives the warnings (and, with `onViolation: 'warn'`, the errors); default `console`. */
  readonly logger?: ImportContractLogger | undefined;
  /** An organisation policy (a policy object or `loadImportPolicy`'s result), checked on StartImport; loaded when the plugin is made. */
  readonly policy?: ImportPolicy | undefined;
  /** "Now", for `time-range-in-future` and CreateImportTask's filter-time checks: a `Date` or a `() => Date`; default the system clock. */
  readonly now?: Clock | undefined;
}

const PLUGIN_OPTIONS = { onViolation: true, logger: true, policy: true, now: true } as const satisfies OptionNames<ImportContractPluginOptions>;

/** The middleware's name in the stack: applying the plugin again replaces it. */
export const IMPORT_CONTRACT_MIDDLEWARE = 'cloudtrailImportContractMiddleware';
const COMMAND_SUFFIX = 'Command';

/** A client whose import commands are checked: its operations, and the name of the contract its messages give. */
interface CheckedClient {
  readonly operations: readonly ContractOperation[];
  readonly contract: string;
}

/** By the `clientName` the SDK gives a command's context. Other clients have operations of the same names (DynamoDB's ListImports): only these are checked. */
const CLIENTS: ReadonlyMap<string, CheckedClient> = new Map([
  ['CloudTrailClient', { operations: IMPORT_OPERATIONS, contract: 'CloudTrail import contract' }],
  ['CloudWatchLogsClient', { operations: LOGS_IMPORT_OPERATIONS, contract: 'CloudWatch Logs import contract' }],
]);

/** The import operation a command context names (and its client's contract), or undefined for any other client or command. */
function operationOf(context: CommandContext): { readonly operation: ContractOperation; readonly contract: string } | undefined {
  const { clientName, commandName } = context;
  const client = clientName === undefined ? undefined : CLIENTS.get(clientName);
  if (client === undefined || commandName === undefined || !commandName.endsWith(COMMAND_SUFFIX)) return undefined;
  const name = commandName.slice(0, -COMMAND_SUFFIX.length);
  const operation = client.operations.find((known) => known === name);
  return operation === undefined ? undefined : { operation, contract: client.contract };
}

function readCheckOptions(options: ImportContractPluginOptions): InputCheckOptions {
  const { now, policy } = options;
  checkClock(now, 'importContractPlugin');
  // A bad policy throws its PolicyError here, when the plugin is made, not at the first call.
  return { ...(now === undefined ? {} : { now }), ...(policy === undefined ? {} : { policy: loadImportPolicy(policy) }) };
}

/**
 * A client plugin that checks the input of every CloudTrail import command (StartImport,
 * GetImport, ListImports, StopImport, ListImportFailures) and, on a CloudWatchLogsClient, of the
 * CloudWatch Logs import tasks (CreateImportTask, DescribeImportTasks, DescribeImportTaskBatches,
 * CancelImportTask) before the SDK serialises and sends it, so runs against real AWS, an emulator
 * or msw handlers are checked too. StartImport is checked by `validateStartImportRequest` in the
 * `sdk` shape (with `policy` and `now`), the others against their contracts (with `now`) as the
 * fakes check them. An input with an error is
 * refused with an `ImportContractViolationError` (or, with `onViolation: 'warn'`, logged and
 * sent); warnings are logged and the call goes on. Other commands, and other clients' commands,
 * pass through untouched. It needs neither `@smithy/types` nor the SDK at run time.
 *
 * It cannot run under aws-sdk-client-mock, which stubs `send` and so skips the middleware
 * stack: there, use `toHaveSentOnlyValidStartImportRequests` or `useFakeCloudTrailImports`.
 *
 * @throws TypeError for an `onViolation`, `logger` or `now` it cannot use; PolicyError for a bad `policy`.
 * @example
 * import { CloudTrailClient, StartImportCommand } from '@aws-sdk/client-cloudtrail';
 * import { importContractPlugin } from 'cloudtrail-import-contract/client-plugin';
 *
 * const client = new CloudTrailClient({ region: 'eu-west-1' });
 * client.middlewareStack.use(importContractPlugin({ onViolation: 'throw' }));
 * await client.send(new StartImportCommand({ ImportId: 'ABC' }));
 * // rejects with ImportContractViolationError: StartImport input breaks the CloudTrail import contract, not sent:
 * // /ImportId error import-id-invalid: must be 36 characters of a-f, 0-9 and - (got 'ABC')
 *
 * @remarks Since 0.1.0
 */
export function importContractPlugin(options: ImportContractPluginOptions = {}): ClientPlugin {
  checkOptionsObject('importContractPlugin', options, PLUGIN_OPTIONS);
  // Only undefined is "not given": null is a value it cannot use, as `now: null` is.
  const onViolation: unknown = options.onViolation === undefined ? 'throw' : options.onViolation;
  if (onViolation !== 'throw' && onViolation !== 'warn') throw new TypeError(`importContractPlugin: options.onViolation must be 'throw' or 'warn' (got ${describe(onViolation)})`);
  const logger: ImportContractLogger = options.logger === undefined ? console : options.logger;
  if (typeof (logger as Partial<ImportContractLogger> | null)?.warn !== 'function') {
    throw new TypeError(`importContractPlugin: options.logger must have a warn(message) method (got ${describe(logger)})`);
  }
  const checkOptions = readCheckOptions(options);

  const middleware: InitializeMiddleware = (next, context) => {
    const command = operationOf(context);
    if (command === undefined) return next;
    const { operation, contract } = command;
    return async (args) => {
      const { refused, violations, text } = checkImportInput(operation, args.input, checkOptions);
      if (refused && onViolation === 'throw') {
        throw new ImportContractViolationError(operation, `${operation} input breaks the ${contract}, not sent:\n${text}`, violations);
      }
      if (refused) logger.warn(`${operation} input breaks the ${contract}, sent anyway:\n${text}`);
      else if (text !== '') logger.warn(`${operation} input has ${contract} warnings, sent:\n${text}`);
      return next(args);
    };
  };
  const placement: InitializeMiddlewareOptions = { step: 'initialize', name: IMPORT_CONTRACT_MIDDLEWARE, override: true };
  return {
    applyToStack: (stack) => {
      stack.add(middleware, placement);
    },
  };
}
