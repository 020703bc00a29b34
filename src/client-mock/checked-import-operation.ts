import {
  GetImportCommand,
  ListImportFailuresCommand,
  ListImportsCommand,
  StopImportCommand,
  type GetImportCommandInput,
  type GetImportCommandOutput,
  type ListImportFailuresCommandInput,
  type ListImportFailuresCommandOutput,
  type ListImportsCommandInput,
  type ListImportsCommandOutput,
  type StopImportCommandInput,
  type StopImportCommandOutput,
} from '@aws-sdk/client-cloudtrail';
import { CONTRACT_OPERATIONS, EXCEPTION_MESSAGES, isLogsImportOperation, notAnOperation, type AnswerableErrorName, type CommonErrorName, type ImportOperation, type LogsImportOperation } from '../contract/operations.js';
import type { CLOUDTRAIL_MODEL } from '../generated/cloudtrail-model.js';
import type { LOGS_MODEL } from '../generated/logs-model.js';
import { sdkException } from '../contract/sdk.js';
import type { StructureShape } from '../core/model.js';
import { operationContracts, validateImportError, validateImportResponse, type CompiledOperation } from '../operations/index.js';
import { LOGS_EXCEPTION_MESSAGES, type LogsAnswerableErrorName } from '../operations/logs/errors.js';
import type { Violation } from '../rules/index.js';
import { formatViolations } from '../validate/index.js';
import { logsSdk, logsSdkException } from './logs-sdk.js';
import type { CloudWatchLogsMock, LogsOperationTypes } from './logs-types.js';
import { checkInput, checkRejection, checkStub, type CloudTrailMock } from './stub.js';

/** Each read operation's SDK input and output. */
export interface ReadOperationTypes {
  readonly GetImport: { input: GetImportCommandInput; output: GetImportCommandOutput };
  readonly ListImports: { input: ListImportsCommandInput; output: ListImportsCommandOutput };
  readonly StopImport: { input: StopImportCommandInput; output: StopImportCommandOutput };
  readonly ListImportFailures: { input: ListImportFailuresCommandInput; output: ListImportFailuresCommandOutput };
}

/** Each operation's SDK input and output: the read operations' and the CloudWatch Logs import tasks'. */
export type ImportOperationTypes = ReadOperationTypes & LogsOperationTypes;

/** The stub an operation is mocked on: `CloudWatchLogsClient`'s for the import tasks, else `CloudTrailClient`'s. */
export type MockOf<Op extends CompiledOperation> = Op extends LogsImportOperation ? CloudWatchLogsMock : CloudTrailMock;

/**
 * An error `Op` can answer with: one `Op`'s model lists, or one of AWS's common errors (what
 * `rejectsWith` accepts at run time). `AnswerableErrorOf<'GetImport'>` has no
 * `InvalidNextTokenException`, which only the two listing operations are modeled to answer with.
 */
export type AnswerableErrorOf<Op extends CompiledOperation> = Op extends LogsImportOperation
  ? (typeof LOGS_MODEL.operations)[Op]['errors'][number] | CommonErrorName
  : Op extends ImportOperation
    ? (typeof CLOUDTRAIL_MODEL.operations)[Op]['errors'][number] | CommonErrorName
    : never;

const COMMANDS = { GetImport: GetImportCommand, ListImports: ListImportsCommand, StopImport: StopImportCommand, ListImportFailures: ListImportFailuresCommand } as const;

/** Thrown when a test defines a mocked answer to an import operation that AWS would never give. */
export class ImportContractError extends Error {
  override readonly name = 'ImportContractError';
  /** Every violation found (warnings included); at least one is an error. */
  readonly violations: readonly Violation[];

  constructor(what: string, violations: readonly Violation[]) {
    super(`${what}:\n${formatViolations(violations)}`);
    this.violations = violations;
  }
}

/** The output a test may mock: the SDK's, with `$metadata` optional. */
export type MockedOutput<Op extends CompiledOperation> = Omit<ImportOperationTypes[Op]['output'], '$metadata'> & Partial<Pick<ImportOperationTypes[Op]['output'], '$metadata'>>;

/** Mocked answers of one operation, checked against its contract when they are defined. */
export interface CheckedImportOperation<Op extends CompiledOperation> {
  /** Answers every matching call with `output`, once it passes `validateImportResponse(operation, output)`. */
  resolves(output: MockedOutput<Op>): MockOf<Op>;
  /** As `resolves`, for the next matching call only (chainable). */
  resolvesOnce(output: MockedOutput<Op>): CheckedImportOperation<Op>;
  /** Rejects every matching call with `error`, once it is one of the operation's modeled exceptions or AWS's common errors, with the right status. */
  rejects(error: Error): MockOf<Op>;
  /** As `rejects`, for the next matching call only (chainable). */
  rejectsOnce(error: Error): CheckedImportOperation<Op>;
  /** Rejects every matching call with the exception `name` as the SDK throws it, with its HTTP status. */
  rejectsWith(name: AnswerableErrorOf<Op>, message?: string): MockOf<Op>;
}

/** The operations `checkedImportOperation` answers: every one but StartImport (`checkedStartImport`'s). */
const STUBBED_OPERATIONS = CONTRACT_OPERATIONS.filter((operation) => operation !== 'StartImport');

/** The operation's command class; the stub's `on` takes any command of its client. A Logs command class is the project's own, loaded on first need. */
function commandOf(who: string, operation: CompiledOperation): Parameters<CloudTrailMock['on']>[0] {
  const Command = isLogsImportOperation(operation) ? logsSdk(who)[`${operation}Command`] : COMMANDS[operation];
  return Command as Parameters<CloudTrailMock['on']>[0];
}

/**
 * Mocks one of GetImport, ListImports, StopImport and ListImportFailures on an aws-sdk-client-mock
 * stub of `CloudTrailClient`, or one of CloudWatch Logs' CreateImportTask, DescribeImportTasks,
 * DescribeImportTaskBatches and CancelImportTask on a stub of `CloudWatchLogsClient`, checking each
 * mocked answer when it is defined, as `checkedStartImport` does for StartImport: an output AWS
 * would never return (a status it does not have, a string timestamp, a CancelImportTask answer that
 * is not CANCELLED, an unknown member) or an error the operation cannot answer with throws an
 * `ImportContractError` with the formatted violations. With `input`, only matching calls are
 * answered (as `mock.on(Command, input)`). The stub is never reset or restored.
 *
 * @example
 * checkedImportOperation(cloudTrailMock, 'GetImport', { ImportId }).resolves({ ImportId, ImportStatus: 'COMPLETED' });
 * checkedImportOperation(cloudTrailMock, 'ListImports').rejectsWith('InvalidNextTokenException');
 * checkedImportOperation(logsMock, 'CancelImportTask', { importId }).resolves({ importId, importStatus: 'CANCELLED' });
 *
 * @remarks Since 0.1.0
 */
export function checkedImportOperation<Op extends CompiledOperation>(mock: MockOf<Op>, operation: Op, input?: ImportOperationTypes[Op]['input']): CheckedImportOperation<Op> {
  if (!(STUBBED_OPERATIONS as readonly unknown[]).includes(operation)) {
    throw notAnOperation('checkedImportOperation', operation, STUBBED_OPERATIONS, 'an operation it answers', '; StartImport has checkedStartImport');
  }
  const logs = isLogsImportOperation(operation);
  // Named only once known to be an operation's name (a symbol would not make a string).
  const who = `checkedImportOperation(${operation})`;
  checkStub(who, mock, logs ? 'CloudWatchLogsClient' : 'CloudTrailClient');
  const { shapes, root } = operationContracts(operation).request;
  checkInput(who, operation, input, Object.keys((shapes[root] as StructureShape).members));
  const Command = commandOf(who, operation);
  const stub = mock as CloudTrailMock;
  // Made on the first answer that passes: a refused answer must leave the stub as it was.
  let made: ReturnType<CloudTrailMock['on']> | undefined;
  const behavior = (): ReturnType<CloudTrailMock['on']> => (made ??= input === undefined ? stub.on(Command) : stub.on(Command, input as never));
  const output = (answer: MockedOutput<Op>): ImportOperationTypes[Op]['output'] => {
    const { valid, violations } = validateImportResponse(operation, answer, { shape: 'sdk' });
    if (!valid) throw new ImportContractError(`${who}: the mocked output is not a ${operation} response AWS would give`, violations);
    return { $metadata: {}, ...answer };
  };
  const error = (answer: Error): Error => {
    const { violations } = validateImportError(operation, answer);
    if (violations.length > 0) throw new ImportContractError(`${who}: the mocked error is not one ${operation} can answer with`, violations);
    return answer;
  };
  const exception = (name: AnswerableErrorOf<Op>, message: string | undefined): Error => {
    if (logs) {
      const logsName = name as LogsAnswerableErrorName;
      return logsSdkException(who, logsName, message ?? (LOGS_EXCEPTION_MESSAGES as Readonly<Record<string, string>>)[logsName] ?? EXCEPTION_MESSAGES[logsName as AnswerableErrorName]);
    }
    return sdkException(who, name as AnswerableErrorName, message ?? EXCEPTION_MESSAGES[name as AnswerableErrorName]);
  };
  // The stub's methods return the stub itself: the mock the caller passed.
  const checked: CheckedImportOperation<Op> = {
    resolves: (answer) => behavior().resolves(output(answer)),
    resolvesOnce: (answer) => {
      behavior().resolvesOnce(output(answer));
      return checked;
    },
    rejects: (answer) => behavior().rejects(error(answer)),
    rejectsOnce: (answer) => {
      behavior().rejectsOnce(error(answer));
      return checked;
    },
    rejectsWith: (name, message) => {
      checkRejection(who, name, message);
      return behavior().rejects(error(exception(name, message)));
    },
  };
  return checked;
}
