/**
 * The import operations as the SDK names them: each operation's command class
 * (`GetImportCommand`, `CreateImportTaskCommand`), its method on its service's aggregated client
 * (`getImport` on `CloudTrail`, `createImportTask` on `CloudWatchLogs`) and its input's type names
 * (`GetImportCommandInput`, `GetImportRequest`). The two services' export names never collide, so
 * a name alone says which operation (and which module) it is.
 */
import { IMPORT_OPERATIONS, LOGS_IMPORT_OPERATIONS, type ContractOperation } from '../../contract/operations.js';

const lowerFirst = (name: string): string => name.charAt(0).toLowerCase() + name.slice(1);

/** The SDK modules whose imports are followed, and the operations of each one's client. */
export const SDK_SERVICES: readonly { readonly module: string; readonly client: string; readonly operations: readonly ContractOperation[] }[] = [
  { module: '@aws-sdk/client-cloudtrail', client: 'CloudTrail', operations: IMPORT_OPERATIONS },
  { module: '@aws-sdk/client-cloudwatch-logs', client: 'CloudWatchLogs', operations: LOGS_IMPORT_OPERATIONS },
];

const ALL = SDK_SERVICES.flatMap((service) => service.operations);

/** The operation of each command class name. */
export const OPERATION_OF_COMMAND: ReadonlyMap<string, ContractOperation> = new Map(ALL.map((op) => [`${op}Command`, op]));

/** The operation of each method name of the aggregated clients. */
export const OPERATION_OF_METHOD: ReadonlyMap<string, ContractOperation> = new Map(ALL.map((op) => [lowerFirst(op), op]));

/** The method names of the aggregated clients that take an import operation's input. */
export const IMPORT_METHODS: ReadonlySet<string> = new Set(OPERATION_OF_METHOD.keys());

/** The aggregated clients' class names, and the operations each one's methods take. */
export const CLIENT_OPERATIONS: ReadonlyMap<string, ReadonlySet<ContractOperation>> = new Map(SDK_SERVICES.map((service) => [service.client, new Set(service.operations)]));

/** The SDK type names of each operation's input: `<Operation>CommandInput` and `<Operation>Request`. */
export const REQUEST_TYPES_OF: ReadonlyMap<ContractOperation, ReadonlySet<string>> = new Map(ALL.map((op) => [op, new Set([`${op}CommandInput`, `${op}Request`])]));
