/**
 * `validateImportError`: an error answered to any operation of the contract, checked against the
 * exceptions that operation is modeled to answer with (and AWS's common errors).
 */
import { isContractOperation, notAnOperation, isLogsImportOperation, type ContractOperation } from '../contract/operations.js';
import { LOGS_MODEL } from '../generated/logs-model.js';
import type { ErrorValidationOptions, ValidationResult } from '../validate/types.js';
import { cloudTrailErrors, validateErrorOf, type AnswerableErrors } from '../validate/validate-error.js';
import { canLogsAnswerWith, statusOfLogsException } from './logs/errors.js';

function answerableErrors(operation: ContractOperation): AnswerableErrors {
  if (isLogsImportOperation(operation)) {
    return {
      statusOf: (name) => (canLogsAnswerWith(operation, name) ? statusOfLogsException(name) : undefined),
      named: `${operation}'s ${String(LOGS_MODEL.operations[operation].errors.length)} modeled exceptions`,
      messageLength: false,
    };
  }
  return cloudTrailErrors(operation);
}

const ANSWERABLE = new Map<ContractOperation, AnswerableErrors>();

/**
 * Checks an error answered to `operation` (any of CloudTrail's import operations or CloudWatch
 * Logs' import tasks): a thrown or mocked `Error` (its `name`) or an awsJson error body
 * (`{"__type", "message"}`), with its HTTP status when known (`options.status`, else
 * `$metadata.httpStatusCode`). The operation's modeled exceptions and AWS's common errors are
 * accepted, each with its own status (CloudWatch Logs answers each of its exceptions with 400).
 * For `'StartImport'` it returns exactly what `validateStartImportError` returns.
 * Takes any value; never throws for one and never changes it (an unknown operation name is a TypeError).
 *
 * @example
 * validateImportError('ListImports', { __type: 'InvalidNextTokenException', message: 'bad token' }).valid; // true
 * validateImportError('GetImport', { __type: 'InvalidNextTokenException' }).violations[0]?.code; // 'error-not-modeled'
 * validateImportError('CancelImportTask', { __type: 'ResourceNotFoundException' }, { status: 400 }).valid; // true
 *
 * @remarks Since 0.1.0
 */
export function validateImportError(operation: ContractOperation, value: unknown, options: ErrorValidationOptions = {}): ValidationResult<'error'> {
  // As validateImportRequest: a name that is no operation (`constructor` included) is the caller's TypeError, never a check of nothing.
  if (!isContractOperation(operation)) {
    throw notAnOperation('validateImportError', operation);
  }
  let errors = ANSWERABLE.get(operation);
  if (errors === undefined) {
    errors = answerableErrors(operation);
    ANSWERABLE.set(operation, errors);
  }
  return validateErrorOf('validateImportError', errors, value, options);
}
