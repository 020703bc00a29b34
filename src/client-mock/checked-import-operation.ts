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
import { canAnswerWith, EXCEPTION_MESSAGES, IMPORT_OPERATIONS, statusOfException, type AnswerableErrorName } from '../contract/operations.js';
import { sdkException } from '../contract/sdk.js';
import { clip } from '../contract/timestamps.js';
import { validateImportResponse, type ReadOperation } from '../operations/index.js';
import { violation, type Violation } from '../rules/index.js';
import { formatViolations } from '../validate/index.js';
import type { CloudTrailMock } from './stub.js';

/** Each read operation's SDK input and output. */
export interface ReadOperationTypes {
  readonly GetImport: { input: GetImportCommandInput; output: GetImportCommandOutput };
  readonly ListImports: { input: ListImportsCommandInput; output: ListImportsCommandOutput };
  readonly StopImport: { input: StopImportCommandInput; output: StopImportCommandOutput };
  readonly ListImportFailures: { input: ListImportFailuresCommandInput; output: ListImportFailuresCommandOutput };
}

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
export type MockedOutput<Op extends ReadOperation> = Omit<ReadOperationTypes[Op]['output'], '$metadata'> & Partial<Pick<ReadOperationTypes[Op]['output'], '$metadata'>>;

/** Mocked answers of one read operation, checked against its contract when they are defined. */
export interface CheckedImportOperation<Op extends ReadOperation> {
  /** Answers every matching call with `output`, once it passes `validateImportResponse(operation, output)`. */
  resolves(output: MockedOutput<Op>): CloudTrailMock;
  /** As `resolves`, for the next matching call only (chainable). */
  resolvesOnce(output: MockedOutput<Op>): CheckedImportOperation<Op>;
  /** Rejects every matching call with `error`, once it is one of the operation's modeled exceptions or AWS's common errors, with the right status. */
  rejects(error: Error): CloudTrailMock;
  /** As `rejects`, for the next matching call only (chainable). */
  rejectsOnce(error: Error): CheckedImportOperation<Op>;
  /** Rejects every matching call with the exception `name` as the SDK throws it, with its HTTP status. */
  rejectsWith(name: AnswerableErrorName, message?: string): CloudTrailMock;
}

function errorViolations(operation: ReadOperation, error: Error): Violation[] {
  const name: unknown = error.name;
  if (typeof name !== 'string' || !canAnswerWith(operation, name)) {
    const got = typeof name === 'string' ? `'${clip(name)}'` : `a ${typeof name}`;
    return [violation('error-not-modeled', '/name', `must be one of ${operation}'s modeled exceptions or AWS's common errors (got ${got})`)];
  }
  const status: unknown = (error as { $metadata?: { httpStatusCode?: unknown } }).$metadata?.httpStatusCode;
  const expected = statusOfException(name);
  if (typeof status !== 'number' || status === expected) return [];
  return [violation('error-status-mismatch', '', `must be answered with HTTP ${String(expected)} for ${name} (got ${String(status)})`)];
}

/**
 * Mocks one of GetImport, ListImports, StopImport and ListImportFailures on an aws-sdk-client-mock
 * stub, checking each mocked answer when it is defined, as `checkedStartImport` does for
 * StartImport: an output AWS would never return (an ImportStatus or failure Status it does not
 * have, a string timestamp, an unknown member) or an error the operation cannot answer with throws
 * an `ImportContractError` with the formatted violations. With `input`, only matching calls are
 * answered (as `cloudTrailMock.on(Command, input)`). The stub is never reset or restored.
 *
 * @example
 * checkedImportOperation(cloudTrailMock, 'GetImport', { ImportId }).resolves({ ImportId, ImportStatus: 'COMPLETED' });
 * checkedImportOperation(cloudTrailMock, 'ListImports').rejectsWith('InvalidNextTokenException');
 *
 * @remarks Since 0.1.0
 */
export function checkedImportOperation<Op extends ReadOperation>(cloudTrailMock: CloudTrailMock, operation: Op, input?: ReadOperationTypes[Op]['input']): CheckedImportOperation<Op> {
  const who = `checkedImportOperation(${operation})`;
  if (operation === ('StartImport' as string) || !(IMPORT_OPERATIONS as readonly string[]).includes(operation)) {
    throw new TypeError(`${who}: not one of GetImport, ListImports, StopImport, ListImportFailures (StartImport has checkedStartImport)`);
  }
  // One command class of the four; the stub's `on` takes any command of the client.
  const Command = COMMANDS[operation] as Parameters<CloudTrailMock['on']>[0];
  // Made on the first answer that passes: a refused answer must leave the stub as it was.
  let made: ReturnType<CloudTrailMock['on']> | undefined;
  const behavior = (): ReturnType<CloudTrailMock['on']> => (made ??= input === undefined ? cloudTrailMock.on(Command) : cloudTrailMock.on(Command, input));
  const output = (answer: MockedOutput<Op>): ReadOperationTypes[Op]['output'] => {
    const { valid, violations } = validateImportResponse(operation, answer, { shape: 'sdk' });
    if (!valid) throw new ImportContractError(`${who}: the mocked output is not a ${operation} response AWS would give`, violations);
    return { $metadata: {}, ...answer };
  };
  const error = (answer: Error): Error => {
    const violations = errorViolations(operation, answer);
    if (violations.length > 0) throw new ImportContractError(`${who}: the mocked error is not one ${operation} can answer with`, violations);
    return answer;
  };
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
    rejectsWith: (name, message = EXCEPTION_MESSAGES[name]) => behavior().rejects(error(sdkException(who, name, message))),
  };
  return checked;
}
