/**
 * Helpers over an aws-sdk-client-mock stub of `CloudTrailClient`: route the import commands to
 * the fake import service, and mock StartImport with answers checked against the contract; and of
 * `CloudWatchLogsClient`: mock the import-task operations with checked answers.
 */
import './peer.js';
export { checkedStartImport, StartImportContractError } from './checked-start-import.js';
export type { CheckedStartImport, MockedStartImportOutput } from './checked-start-import.js';
export type { CloudTrailMock } from './stub.js';
export { useFakeCloudTrailImports } from './use-fake.js';
export { useLogsImportFake } from './use-logs-fake.js';
export { checkedImportOperation, ImportContractError } from './checked-import-operation.js';
export type { AnswerableErrorOf, CheckedImportOperation, ImportOperationTypes, MockedOutput, MockOf, ReadOperationTypes } from './checked-import-operation.js';
export type { CloudWatchLogsMock, LogsImport, LogsImportBatch, LogsImportFilter, LogsImportStatistics, LogsImportStatus, LogsOperationTypes, LogsResponseMetadata } from './logs-types.js';
