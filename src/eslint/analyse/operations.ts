/**
 * The import operations as the SDK names them: each operation's command class
 * (`GetImportCommand`) and its method on the aggregated `CloudTrail` client (`getImport`).
 */
import { IMPORT_OPERATIONS, type ImportOperation } from '../../contract/operations.js';

const lowerFirst = (name: string): string => name.charAt(0).toLowerCase() + name.slice(1);

/** The operation of each command class name. */
export const OPERATION_OF_COMMAND: ReadonlyMap<string, ImportOperation> = new Map(IMPORT_OPERATIONS.map((op) => [`${op}Command`, op]));

/** The operation of each method name of the aggregated client. */
export const OPERATION_OF_METHOD: ReadonlyMap<string, ImportOperation> = new Map(IMPORT_OPERATIONS.map((op) => [lowerFirst(op), op]));

/** The method names of the aggregated client that take an import operation's input. */
export const IMPORT_METHODS: ReadonlySet<string> = new Set(OPERATION_OF_METHOD.keys());
