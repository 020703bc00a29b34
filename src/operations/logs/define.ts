/**
 * A CloudWatch Logs import-task operation's contracts (input and output), compiled from the
 * generated botocore model (`LOGS_MODEL`), the Logs shape codes and its semantic checks when the
 * operation is first validated (`contractsOf` in validate-import.ts).
 */
import type { LogsImportOperation } from '../../contract/operations.js';
import type { SemanticCheck } from '../../core/check.js';
import { compileOperation } from '../../core/contract.js';
import type { Decoded } from '../../core/structural.js';
import { LOGS_MODEL } from '../../generated/logs-model.js';
import type { OperationDefinition } from '../define.js';
import { LOGS_SHAPE_CODES } from './codes.js';

/** The statuses of the model's `ImportStatus`. */
export const LOGS_IMPORT_STATUSES: readonly string[] = LOGS_MODEL.shapes.ImportStatus.values;

/** The contracts of `operation` from the Logs model, with the semantic checks of its input and output, compiled when called. */
export function defineLogsOperation(
  operation: LogsImportOperation,
  semantic: { readonly request: readonly SemanticCheck<Decoded>[]; readonly response: readonly SemanticCheck<Decoded>[] },
): OperationDefinition {
  return () => compileOperation(LOGS_MODEL, operation, LOGS_SHAPE_CODES, semantic);
}
