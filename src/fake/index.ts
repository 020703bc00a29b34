/** The stateful in-memory fake of CloudTrail Lake's five import operations. */
export { createFakeCloudTrailImports } from './fake.js';
export { createFakeEventDataStores } from './stores.js';
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
