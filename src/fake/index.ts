/** The stateful in-memory fakes of CloudTrail Lake's five import operations and CloudWatch Logs' four import-task operations, sharing event data stores. */
export { createFakeCloudTrailImports } from './fake.js';
export { createFakeEventDataStores } from './stores.js';
export { createLogsImportFake } from './logs/fake.js';
export type {
  FakeLogGroup,
  FakeLogsImportBatch,
  FakeLogsImportTask,
  LogsImport,
  LogsImportBatch,
  LogsImportFake,
  LogsImportFakeOptions,
  LogsImportFilter,
  LogsImportHandleOptions,
  LogsImportInputs,
  LogsImportOutcome,
  LogsImportOutputs,
  LogsImportServiceError,
  LogsImportStatus,
} from './logs/types.js';
export type { LogsImportExceptionName } from './logs/operations.js';
export type { FakeEventDataStores, FakeEventDataStoresOptions, FakeEventDataStoreState, FakeStoredEvent, FakeTrailEvent, FakeTrailLog } from './store-types.js';
export type {
  AdvanceDetails,
  AdvanceStatus,
  EventDataStoreCategory,
  EventDataStoreStatus,
  FakeClock,
  FakeCloudTrailImports,
  FakeCloudTrailImportsOptions,
  FakeEventDataStore,
  FakeImportFailure,
  FakeImportRecord,
  FakeOutcome,
  FakeOutputs,
  FakeServiceError,
  FakeTime,
  FakeWireInputs,
  GetImportInput,
  GetImportOutput,
  HandleOptions,
  ImportFailureListItem,
  ImportOutput,
  ImportsListItem,
  ImportStatistics,
  ListImportFailuresInput,
  ListImportFailuresOutput,
  ListImportsInput,
  ListImportsOutput,
  StopImportInput,
  StopImportOutput,
} from './types.js';
