/**
 * The exceptions the CloudWatch Logs import-task operations are modeled to answer with, their HTTP
 * status (400 each: the model gives none, see docs/contract.md) and their documentation as the
 * model words it; for client mocks and the fake.
 */
import { COMMON_ERRORS, type CommonErrorName, type ErrorStatus, type LogsImportOperation } from '../../contract/operations.js';
import { LOGS_MODEL } from '../../generated/logs-model.js';

/** Every exception an import-task operation is modeled to answer with, with its HTTP status. */
export const LOGS_ERRORS = LOGS_MODEL.errors;
export type LogsErrorName = keyof typeof LOGS_ERRORS;

/** An error an import-task operation can answer with: modeled, or one of AWS's common errors. */
export type LogsAnswerableErrorName = LogsErrorName | CommonErrorName;

/** The model's documentation of each exception. */
export const LOGS_EXCEPTION_MESSAGES: Readonly<Record<LogsErrorName, string>> = {
  AccessDeniedException: "You don't have sufficient permissions to perform this action.",
  ConflictException: 'This operation attempted to create a resource that already exists.',
  InvalidParameterException: 'A parameter is specified incorrectly.',
  ResourceNotFoundException: 'The specified resource does not exist.',
  ThrottlingException: 'The request was throttled because of quota limits.',
  ValidationException: 'One of the parameters for the request is not valid.',
  InvalidOperationException: 'The operation is not valid on the specified resource.',
};

/** Whether `operation` can answer with `name`: its model lists it, or it is one of AWS's common errors. */
export function canLogsAnswerWith(operation: LogsImportOperation, name: string): name is LogsAnswerableErrorName {
  return Object.prototype.hasOwnProperty.call(COMMON_ERRORS, name) || (LOGS_MODEL.operations[operation].errors as readonly string[]).includes(name);
}

/** The HTTP status `name` is answered with. */
export function statusOfLogsException(name: LogsAnswerableErrorName): ErrorStatus {
  if (Object.hasOwn(LOGS_ERRORS, name)) return LOGS_ERRORS[name as LogsErrorName];
  // Any other name from JavaScript (`toString` included) is answered as an unknown one: 400.
  return Object.hasOwn(COMMON_ERRORS, name) ? COMMON_ERRORS[name as CommonErrorName] : 400;
}
