/**
 * The CloudWatch Logs import-task operations and the exceptions the fake answers with: the
 * model's errors (all HTTP 400 in awsJson1_1) and the two protocol errors the msw handlers need.
 */
export const LOGS_IMPORT_OPERATIONS = ['CreateImportTask', 'DescribeImportTasks', 'DescribeImportTaskBatches', 'CancelImportTask'] as const;
export type LogsImportOperation = (typeof LOGS_IMPORT_OPERATIONS)[number];

/** The model's errors of the four operations, with their documentation as the message. */
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
} as const;
export type LogsImportExceptionName = keyof typeof LOGS_IMPORT_EXCEPTIONS;

/** Whether `value` is one of the four operations. */
export function isLogsImportOperation(value: unknown): value is LogsImportOperation {
  return typeof value === 'string' && (LOGS_IMPORT_OPERATIONS as readonly string[]).includes(value);
}
