/**
 * The fake's answers in the shape asked for: `sdk` (timestamps as Dates, as the JS SDK hands them
 * to the caller) or `wire` (epoch seconds, as awsJson1_1 sends them). Every answer is built from
 * fresh objects, so a caller cannot change the fake's state through it.
 */
import type { StoredFailure, StoredImport } from './state.js';
import type { FakeTime, GetImportOutput, ImportFailureListItem, ImportOutput, ImportsListItem } from './types.js';

/** The shape of an answer. */
export type OutputShape = 'sdk' | 'wire';

function fromSeconds(seconds: number, shape: OutputShape): FakeTime {
  return shape === 'wire' ? seconds : new Date(seconds * 1000);
}

function fromMilliseconds(ms: number, shape: OutputShape): FakeTime {
  return shape === 'wire' ? ms / 1000 : new Date(ms);
}

/** An import as StartImport answers: the import without its statistics. */
export function importOutput(stored: StoredImport, shape: OutputShape): ImportOutput<FakeTime> {
  const out: ImportOutput<FakeTime> = { ImportId: stored.id, Destinations: [...stored.destinations], ImportSource: { S3: { ...stored.source } } };
  if (stored.start !== undefined) out.StartEventTime = fromSeconds(stored.start, shape);
  if (stored.end !== undefined) out.EndEventTime = fromSeconds(stored.end, shape);
  out.ImportStatus = stored.status;
  out.CreatedTimestamp = fromMilliseconds(stored.created, shape);
  out.UpdatedTimestamp = fromMilliseconds(stored.updated, shape);
  return out;
}

/** An import as GetImport and StopImport answer: with its ImportStatistics. */
export function importWithStatistics(stored: StoredImport, shape: OutputShape): GetImportOutput<FakeTime> {
  return { ...importOutput(stored, shape), ImportStatistics: { ...stored.statistics } };
}

/** An `ImportsListItem` of ListImports. */
export function importsListItem(stored: StoredImport, shape: OutputShape): ImportsListItem<FakeTime> {
  return {
    ImportId: stored.id,
    ImportStatus: stored.status,
    Destinations: [...stored.destinations],
    CreatedTimestamp: fromMilliseconds(stored.created, shape),
    UpdatedTimestamp: fromMilliseconds(stored.updated, shape),
  };
}

/** An `ImportFailureListItem` of ListImportFailures. */
export function failureListItem(failure: StoredFailure, shape: OutputShape): ImportFailureListItem<FakeTime> {
  return { ...failure, LastUpdatedTime: fromMilliseconds(failure.LastUpdatedTime, shape) };
}

/** A list answer: its items under `key`, and NextToken when there are more. */
export function listOutput<K extends 'Imports' | 'Failures', T>(key: K, items: T[], nextToken: string | undefined): { [P in K]: T[] } & { NextToken?: string } {
  const out = { [key]: items } as { [P in K]: T[] } & { NextToken?: string };
  if (nextToken !== undefined) out.NextToken = nextToken;
  return out;
}
