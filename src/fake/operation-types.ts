/** The inputs and outputs of the CloudTrail fake's five operations. */
import type { ImportStatus } from '../contract/model.js';
import type { ImportFailureStatus } from '../contract/operations.js';
import type { ImportSource, StartImportWireRequest } from '../validate/index.js';
import type { FakeTime, ImportStatistics } from './types.js';

/** Inputs of the five operations in the sdk shape. */
export interface GetImportInput {
  ImportId: string | undefined;
}
export interface ListImportsInput {
  MaxResults?: number | undefined;
  Destination?: string | undefined;
  ImportStatus?: ImportStatus | undefined;
  NextToken?: string | undefined;
}
export interface StopImportInput {
  ImportId: string | undefined;
}
export interface ListImportFailuresInput {
  ImportId: string | undefined;
  MaxResults?: number | undefined;
  NextToken?: string | undefined;
}

/** An import as StartImport, GetImport and StopImport answer; `Time` is `Date` in the sdk shape, `number` in the wire shape. */
export interface ImportOutput<Time extends FakeTime = Date> {
  ImportId?: string;
  Destinations?: string[];
  ImportSource?: ImportSource;
  StartEventTime?: Time;
  EndEventTime?: Time;
  ImportStatus?: ImportStatus;
  CreatedTimestamp?: Time;
  UpdatedTimestamp?: Time;
}
export interface GetImportOutput<Time extends FakeTime = Date> extends ImportOutput<Time> {
  ImportStatistics?: ImportStatistics;
}
export interface StopImportOutput<Time extends FakeTime = Date> extends ImportOutput<Time> {
  ImportStatistics?: ImportStatistics;
}
export interface ImportsListItem<Time extends FakeTime = Date> {
  ImportId?: string;
  ImportStatus?: ImportStatus;
  Destinations?: string[];
  CreatedTimestamp?: Time;
  UpdatedTimestamp?: Time;
}
export interface ListImportsOutput<Time extends FakeTime = Date> {
  Imports?: ImportsListItem<Time>[];
  NextToken?: string;
}
export interface ImportFailureListItem<Time extends FakeTime = Date> {
  Location?: string;
  Status?: ImportFailureStatus;
  ErrorType?: string;
  ErrorMessage?: string;
  LastUpdatedTime?: Time;
}
export interface ListImportFailuresOutput<Time extends FakeTime = Date> {
  Failures?: ImportFailureListItem<Time>[];
  NextToken?: string;
}

/** The input of each operation as a valid request's awsJson1_1 body holds it (StartImport's timestamps are epoch seconds). */
export interface FakeWireInputs {
  readonly StartImport: StartImportWireRequest;
  readonly GetImport: GetImportInput;
  readonly ListImports: ListImportsInput;
  readonly StopImport: StopImportInput;
  readonly ListImportFailures: ListImportFailuresInput;
}

