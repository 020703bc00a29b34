/**
 * `validateImportRequest` and `validateImportResponse`: any operation's input or output, by
 * operation name: CloudTrail's import operations and CloudWatch Logs' import tasks.
 * StartImport's go to its own validators; the others run their compiled contracts.
 */
import { checkOptionsObject, type OptionNames } from '../contract/options.js';
import { notAnOperation, type ContractOperation, type ImportOperation } from '../contract/operations.js';
import { SYSTEM_CLOCK, type CheckContext } from '../core/check.js';
import { runContract, type OperationContract, type OperationResult } from '../core/contract.js';
import { REQUEST_CHECKS, RESPONSE_CHECKS } from '../rules/index.js';
import { checkClock, ValidationClock } from '../validate/run.js';
import { shapeOption } from '../validate/normalise.js';
import type { Clock, ShapeOption, ValidationResult } from '../validate/types.js';
import { validateStartImportRequest } from '../validate/validate-request.js';
import { validateStartImportResponse } from '../validate/validate-response.js';
import type { OperationContracts, OperationDefinition } from './define.js';
import { getImport } from './get-import/index.js';
import { listImportFailures } from './list-import-failures/index.js';
import { listImports } from './list-imports/index.js';
import { stopImport } from './stop-import/index.js';
import { cancelImportTask } from './logs/cancel-import-task/index.js';
import { createImportTask } from './logs/create-import-task/index.js';
import { describeImportTaskBatches } from './logs/describe-import-task-batches/index.js';
import { describeImportTasks } from './logs/describe-import-tasks/index.js';

/** The import operations other than StartImport: they read or stop an import. */
export type ReadOperation = Exclude<ImportOperation, 'StartImport'>;

/** The operations whose contracts are compiled from their model (every one but StartImport). */
export type CompiledOperation = Exclude<ContractOperation, 'StartImport'>;

/** Options of `validateImportRequest` and `validateImportResponse`. */
export interface ImportValidationOptions {
  /**
   * The encoding of the value; default `sdk` (Dates, as the SDK's command input and output).
   * `wire`: epoch-second numbers; `cli`: ISO-8601 strings or numbers; `auto`: `sdk` when a
   * timestamp is a Date or the value has `$metadata`, else `cli`. CloudWatch Logs' times are
   * epoch-millisecond numbers in every encoding.
   */
  readonly shape?: ShapeOption | undefined;
  /** "Now" (read once per validation), for `time-range-in-future` and the CloudWatch Logs filter times' checks; default the system clock. */
  readonly now?: Clock | undefined;
}

const IMPORT_OPTIONS = { shape: true, now: true } as const satisfies OptionNames<ImportValidationOptions>;

const DEFINITIONS: Readonly<Record<CompiledOperation, OperationDefinition>> = {
  GetImport: getImport,
  ListImports: listImports,
  StopImport: stopImport,
  ListImportFailures: listImportFailures,
  CreateImportTask: createImportTask,
  DescribeImportTasks: describeImportTasks,
  DescribeImportTaskBatches: describeImportTaskBatches,
  CancelImportTask: cancelImportTask,
};

const DEFINED: ReadonlyMap<string, OperationDefinition> = new Map(Object.entries(DEFINITIONS));

/**
 * The compiled contracts by operation name, each compiled on the operation's first validation: a
 * process compiles only the operations it checks (compiling all eight at import was about a
 * third of the package's load, bench/cold-start.bench.ts). One lookup per validation; the
 * contracts are plain objects of one shape, so the request path reads `.request` as before (lazy
 * getters on them instead cost about a tenth of a request's check).
 */
const COMPILED = new Map<string, OperationContracts>();

/** The clock of one validation (read once, when a check first asks); none is made for a contract no check of which could ask. */
function contextOf(contract: OperationContract, options: ImportValidationOptions): CheckContext {
  // A bad `now` is a TypeError whether or not a check reads the clock.
  checkClock(options.now);
  // Only a semantic check reads the clock: a contract without one is given the system clock, which no check reads.
  return contract.semantic.length > 0 ? new ValidationClock(options.now) : SYSTEM_CLOCK;
}

/** `operation`'s compiled contracts (`undefined` for StartImport, whose validators are its own); a TypeError naming `who` for a name that is no operation. */
function contractsOf(operation: ContractOperation, who: string): OperationContracts | undefined {
  const compiled = COMPILED.get(operation);
  if (compiled !== undefined) return compiled;
  const define = DEFINED.get(operation);
  if (define !== undefined) {
    const contracts = define();
    COMPILED.set(operation, contracts);
    return contracts;
  }
  if (operation === 'StartImport') return undefined;
  throw notAnOperation(who, operation);
}

/**
 * Whether a check of an operation's input (`request`) or output (`response`) reads the clock
 * (`Check.readsClock`): whether a `now` option can change what validating it finds. StartImport's
 * request (time-range-in-future) and CreateImportTask's (its filter times) do.
 */
export function contractReadsClock(operation: ContractOperation, subject: 'request' | 'response'): boolean {
  const contracts = contractsOf(operation, 'contractReadsClock');
  const checks: readonly { readonly readsClock?: boolean }[] = contracts === undefined ? (subject === 'request' ? REQUEST_CHECKS : RESPONSE_CHECKS) : contracts[subject].checks;
  return checks.some((check) => check.readsClock === true);
}

/**
 * Checks the input of any import operation against its contract: the model's structural checks
 * (unknown member, type, required member, length, pattern, enum, range) and the operation's
 * documented checks. For `StartImport` it returns exactly what `validateStartImportRequest`
 * returns; for the others, the decoded input (`value`, wire shape) beside the violations.
 * Takes any value; never throws for one (an unknown operation name is a TypeError).
 *
 * @example
 * const result = validateImportRequest('ListImports', { MaxResults: 0 });
 * result.valid; // false
 * result.violations[0]?.code; // 'max-results-out-of-range'
 * validateImportRequest('CreateImportTask', { importSourceArn: arn, importRoleArn: role, importFilter: { startEventTime: 1_700_000_000 } })
 *   .violations[0]?.code; // 'logs-time-in-seconds'
 */
export function validateImportRequest(operation: 'StartImport', value: unknown, options?: ImportValidationOptions): ValidationResult;
export function validateImportRequest(operation: CompiledOperation, value: unknown, options?: ImportValidationOptions): OperationResult;
export function validateImportRequest(operation: ContractOperation, value: unknown, options?: ImportValidationOptions): ValidationResult | OperationResult;
export function validateImportRequest(operation: ContractOperation, value: unknown, options: ImportValidationOptions = {}): ValidationResult | OperationResult {
  checkOptionsObject('validateImportRequest', options, IMPORT_OPTIONS);
  const contracts = contractsOf(operation, 'validateImportRequest');
  if (contracts === undefined) return validateStartImportRequest(value, options);
  return runContract(contracts.request, value, shapeOption(options.shape), contextOf(contracts.request, options));
}

/**
 * Checks the output of any import operation against its contract: the model's structural checks
 * (timestamps, ImportStatus and failure Status enums, list sizes) and the documented checks of the
 * ids and event data stores it names. For `StartImport` it returns exactly what
 * `validateStartImportResponse` returns. Takes any value; never throws for one.
 *
 * @example
 * const result = validateImportResponse('GetImport', { ImportStatus: 'DONE' }, { shape: 'wire' });
 * result.violations[0]?.code; // 'response-import-status-invalid'
 */
export function validateImportResponse(operation: 'StartImport', value: unknown, options?: ImportValidationOptions): ValidationResult<'response'>;
export function validateImportResponse(operation: CompiledOperation, value: unknown, options?: ImportValidationOptions): OperationResult;
export function validateImportResponse(operation: ContractOperation, value: unknown, options?: ImportValidationOptions): ValidationResult<'response'> | OperationResult;
export function validateImportResponse(operation: ContractOperation, value: unknown, options: ImportValidationOptions = {}): ValidationResult<'response'> | OperationResult {
  checkOptionsObject('validateImportResponse', options, IMPORT_OPTIONS);
  const contracts = contractsOf(operation, 'validateImportResponse');
  if (contracts === undefined) {
    // validateStartImportResponse reads no clock; a bad `now` is a TypeError here all the same, as for every other operation.
    checkClock(options.now);
    return validateStartImportResponse(value, options.shape === undefined ? {} : { shape: options.shape });
  }
  return runContract(contracts.response, value, shapeOption(options.shape), contextOf(contracts.response, options));
}

/** The compiled contracts of every operation but StartImport (for surfaces generic over operations), compiled on first use; a TypeError names an unknown operation. */
export function operationContracts(operation: CompiledOperation): OperationContracts {
  return contractsOf(operation, 'operationContracts') as OperationContracts;
}
