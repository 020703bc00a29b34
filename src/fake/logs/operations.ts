/**
 * The exceptions the CloudWatch Logs fake answers with: the model's errors of the four
 * import-task operations (all HTTP 400 in awsJson1_1), each with its documentation as the
 * message, and the two protocol errors the msw handlers need.
 */
import { LOGS_IMPORT_OPERATIONS, type LogsImportOperation } from '../../contract/operations.js';
import type { LOGS_MODEL } from '../../generated/logs-model.js';

export type { LogsImportOperation } from '../../contract/operations.js';

export const LOGS_IMPORT_EXCEPTIONS = {
  AccessDeniedException: "You don't have sufficient permissions to perform this action.",
  ConflictException: 'This operation attempted to create a resource that already exists.',
  InvalidParameterException: 'A parameter is specified incorrectly.',
  ResourceNotFoundException: 'The specified resource does not exist.',
  ThrottlingException: 'The request was throttled because of quota limits.',
  ValidationException: 'One of the parameters for the request is not valid.',
  InvalidOperationException: 'The operation is not valid on the specified resource.',
  UnknownOperationException: 'The X-Amz-Target header does not name an operation of this service.',
  SerializationException: 'The request body could not be deserialized.',
} as const satisfies Record<keyof (typeof LOGS_MODEL)['errors'] | 'UnknownOperationException' | 'SerializationException', string>;
export type LogsImportExceptionName = keyof typeof LOGS_IMPORT_EXCEPTIONS;

/** Whether `value` is one of the four operations. */
export function isLogsImportOperation(value: unknown): value is LogsImportOperation {
  return typeof value === 'string' && (LOGS_IMPORT_OPERATIONS as readonly string[]).includes(value);
}
