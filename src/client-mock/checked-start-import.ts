import { StartImportCommand, type StartImportCommandInput, type StartImportCommandOutput } from '@aws-sdk/client-cloudtrail';
import { START_IMPORT_REQUEST_MEMBERS, type StartImportErrorName } from '../contract/model.js';
import { EXCEPTION_MESSAGES, type CommonErrorName } from '../contract/operations.js';
import { sdkException } from '../contract/sdk.js';
import type { Violation } from '../rules/index.js';
import { formatViolations, validateStartImportError, validateStartImportResponse } from '../validate/index.js';
import { checkInput, checkRejection, checkStub, type CloudTrailMock } from './stub.js';

/** Thrown when a test defines a mocked answer to StartImport that AWS would never give. */
export class StartImportContractError extends Error {
  override readonly name = 'StartImportContractError';
  /** Every violation found (warnings included); at least one is an error. */
  readonly violations: readonly Violation[];

  constructor(what: string, violations: readonly Violation[]) {
    super(`${what}:\n${formatViolations(violations)}`);
    this.violations = violations;
  }
}

/** The output a test may mock: the SDK's, with `$metadata` optional. */
export type MockedStartImportOutput = Omit<StartImportCommandOutput, '$metadata'> & Partial<Pick<StartImportCommandOutput, '$metadata'>>;

/** Mocked StartImport answers that are checked against the contract when they are defined. */
export interface CheckedStartImport {
  /** Answers every matching StartImport with `output`, once it passes `validateStartImportResponse` (echo checks too when an input was given). */
  resolves(output: MockedStartImportOutput): CloudTrailMock;
  /** As `resolves`, for the next matching call only (chainable). */
  resolvesOnce(output: MockedStartImportOutput): CheckedStartImport;
  /** Rejects every matching StartImport with `error`, once it is one of StartImport's modeled exceptions or AWS's common errors, with the right status. */
  rejects(error: Error): CloudTrailMock;
  /** As `rejects`, for the next matching call only (chainable). */
  rejectsOnce(error: Error): CheckedStartImport;
  /**
   * Rejects every matching StartImport with the exception `name` as the SDK throws it, with its
   * HTTP status: the SDK's own class, or for a common error it has no class for
   * (`ServiceUnavailable`, …) a `CloudTrailServiceException` of that name.
   */
  rejectsWith(name: StartImportErrorName | CommonErrorName, message?: string): CloudTrailMock;
}

const WHO = 'checkedStartImport';

function checkedOutput(output: MockedStartImportOutput, input: StartImportCommandInput | undefined): StartImportCommandOutput {
  const { violations, valid } = validateStartImportResponse(output, input === undefined ? { shape: 'sdk' } : { shape: 'sdk', request: input });
  if (!valid) throw new StartImportContractError(`${WHO}: the mocked output is not a StartImport response AWS would give${input === undefined ? '' : ' to this input'}`, violations);
  return { $metadata: {}, ...output };
}

function checkedError(error: Error): Error {
  const { violations, valid } = validateStartImportError(error);
  if (!valid) throw new StartImportContractError(`${WHO}: the mocked error is not one StartImport can answer with`, violations);
  return error;
}

/**
 * Mocks StartImport on an aws-sdk-client-mock stub, checking each mocked answer when it is
 * defined: an output with an error violation (a string timestamp, a status that is not modeled,
 * or one that does not echo `input`; a missing ImportId is the warning `response-missing-import-id`,
 * not refused, as the model requires no member) or an error StartImport cannot answer
 * with (a plain `Error`, which fails `instanceof InvalidParameterException` in the code under
 * test) throws a `StartImportContractError` with the formatted violations. With `input`, only
 * matching calls are answered (as `cloudTrailMock.on(StartImportCommand, input)`). The stub is
 * never reset or restored.
 *
 * @example
 * checkedStartImport(cloudTrailMock, input).resolves({ ImportId, ImportStatus: 'INITIALIZING', ...input });
 * checkedStartImport(cloudTrailMock).rejectsWith('AccountHasOngoingImportException');
 * checkedStartImport(cloudTrailMock).rejectsOnce(new ThrottlingException({ message: 'Rate exceeded', $metadata: {} }));
 *
 * @remarks Since 0.1.0
 */
export function checkedStartImport(cloudTrailMock: CloudTrailMock, input?: StartImportCommandInput): CheckedStartImport {
  checkStub(WHO, cloudTrailMock, 'CloudTrailClient');
  checkInput(WHO, 'StartImport', input, START_IMPORT_REQUEST_MEMBERS);
  // Made on the first answer that passes: a refused answer must leave the stub as it was (an
  // `on()` without a response would answer matching calls with undefined).
  let made: ReturnType<CloudTrailMock['on']> | undefined;
  const behavior = (): ReturnType<CloudTrailMock['on']> =>
    (made ??= input === undefined ? cloudTrailMock.on(StartImportCommand) : cloudTrailMock.on(StartImportCommand, input));
  const checked: CheckedStartImport = {
    resolves: (output) => {
      const answer = checkedOutput(output, input);
      return behavior().resolves(answer);
    },
    resolvesOnce: (output) => {
      const answer = checkedOutput(output, input);
      behavior().resolvesOnce(answer);
      return checked;
    },
    rejects: (error) => {
      const answer = checkedError(error);
      return behavior().rejects(answer);
    },
    rejectsOnce: (error) => {
      const answer = checkedError(error);
      behavior().rejectsOnce(answer);
      return checked;
    },
    rejectsWith: (name, message) => {
      checkRejection(WHO, name, message);
      const answer = checkedError(sdkException(WHO, name, message ?? EXCEPTION_MESSAGES[name]));
      return behavior().rejects(answer);
    },
  };
  return checked;
}
