/**
 * The reference model of the fake's import lifecycle: the status of each import and the slot
 * (account and Region) it counts against, checked against the real fake by model-based tests.
 */
import { expect } from 'vitest';
import type { ImportStatus } from '../../../src/contract/model.js';
import type { FakeCloudTrailImports, FakeOutcome } from '../../../src/fake/index.js';
import { ACCOUNT, OTHER_STORE_ID, storeArn, STORE_ID } from '../helpers.js';

/** A destination the commands use, with the store it names and the slot an import to it takes. */
export interface Destination {
  readonly destination: string;
  readonly store: string;
  readonly slot: string;
}

const EAST = `${ACCOUNT} us-east-1`;

/** Two names of one store (ARN and bare ID), another store in the same slot, and two other slots. */
export const DESTINATIONS: readonly Destination[] = [
  { destination: storeArn(), store: storeArn(), slot: EAST },
  { destination: STORE_ID, store: storeArn(), slot: EAST },
  { destination: storeArn(OTHER_STORE_ID), store: storeArn(OTHER_STORE_ID), slot: EAST },
  { destination: storeArn(STORE_ID, 'eu-west-1'), store: storeArn(STORE_ID, 'eu-west-1'), slot: `${ACCOUNT} eu-west-1` },
  { destination: storeArn(STORE_ID, 'us-east-1', '210987654321'), store: storeArn(STORE_ID, 'us-east-1', '210987654321'), slot: '210987654321 us-east-1' },
];

export interface ModelImport {
  status: ImportStatus;
  readonly slot: string;
  readonly store: string;
}

/** The reference model: imports in creation order. */
export interface Model {
  readonly imports: Map<string, ModelImport>;
}

export function emptyModel(): Model {
  return { imports: new Map() };
}

export function inProgress(status: ImportStatus): boolean {
  return status === 'INITIALIZING' || status === 'IN_PROGRESS';
}

/** Whether an import is in progress in `slot`. */
export function slotBusy(model: Model, slot: string): boolean {
  return [...model.imports.values()].some((entry) => entry.slot === slot && inProgress(entry.status));
}

/** The id of the `pick`-th import (modulo their number), or `fallback` when there is none. */
export function pickId(model: Model, pick: number, fallback: string): string {
  const ids = [...model.imports.keys()];
  return ids.length === 0 ? fallback : (ids[pick % ids.length] ?? fallback);
}

/** What the model expects of a call: `ok`, or the name of the exception. */
export type Expected = string;

/** Asserts an outcome is what the model expects. */
export function expectOutcome(outcome: FakeOutcome, expected: Expected, what: string): void {
  expect(outcome.ok ? 'ok' : outcome.error.name, what).toBe(expected);
}

/** Asserts the fake holds exactly the model's imports, with the model's statuses, oldest first. */
export function expectSameStatuses(model: Model, real: FakeCloudTrailImports): void {
  const actual = real.imports().map((record) => [record.ImportId, record.ImportStatus]);
  expect(actual).toEqual([...model.imports].map(([id, entry]) => [id, entry.status]));
}
