/**
 * The import operations as the SDK names them: each operation's command class
 * (`GetImportCommand`), its method on the aggregated `CloudTrail` client (`getImport`) and its
 * input's type names (`GetImportCommandInput`, `GetImportRequest`).
 */
import { IMPORT_OPERATIONS, type ImportOperation } from '../../contract/operations.js';

const lowerFirst = (name: string): string => name.charAt(0).toLowerCase() + name.slice(1);

/** The operation of each command class name. */
export const OPERATION_OF_COMMAND: ReadonlyMap<string, ImportOperation> = new Map(IMPORT_OPERATIONS.map((op) => [`${op}Command`, op]));

/** The operation of each method name of the aggregated client. */
export const OPERATION_OF_METHOD: ReadonlyMap<string, ImportOperation> = new Map(IMPORT_OPERATIONS.map((op) => [lowerFirst(op), op]));

/** The method names of the aggregated client that take an import operation's input. */
export const IMPORT_METHODS: ReadonlySet<string> = new Set(OPERATION_OF_METHOD.keys());

/** The SDK type names of each operation's input: `<Operation>CommandInput` and `<Operation>Request`. */
export const REQUEST_TYPES_OF: ReadonlyMap<ImportOperation, ReadonlySet<string>> = new Map(
  IMPORT_OPERATIONS.map((op) => [op, new Set([`${op}CommandInput`, `${op}Request`])]),
);
