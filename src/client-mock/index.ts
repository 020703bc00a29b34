/**
 * Helpers over an aws-sdk-client-mock stub of `CloudTrailClient`: route the import commands to
 * the fake import service, and mock StartImport with answers checked against the contract.
 */
import './peer.js';
export { checkedStartImport, StartImportContractError } from './checked-start-import.js';
export type { CheckedStartImport, MockedStartImportOutput } from './checked-start-import.js';
export type { CloudTrailMock } from './stub.js';
export { useFakeCloudTrailImports } from './use-fake.js';
export { checkedImportOperation, ImportContractError } from './checked-import-operation.js';
export type { CheckedImportOperation, MockedOutput, ReadOperationTypes } from './checked-import-operation.js';
