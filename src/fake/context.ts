import type { Home, StoreRegistry } from './event-data-stores.js';
import type { OutputShape } from './serialise.js';
import type { ImportStore, StoredImport } from './state.js';
import type { ReadOptions } from './options.js';
import type { internalsOf } from './stores.js';
import type { IssuedTokens } from './pagination.js';
import type { FakeClock } from './types.js';

/** What the operations of one fake share. */
export interface FakeContext {
  readonly home: Home;
  readonly store: ImportStore;
  readonly eventDataStores: StoreRegistry;
  /** The shared registry's internals: its stores and trail log files. */
  readonly stores: NonNullable<ReturnType<typeof internalsOf>>;
  readonly clock: FakeClock;
  /** The next import id (checked valid and new). */
  readonly nextId: () => string;
  /** Auto mode's outcome, or undefined when imports move only by `advance`. */
  readonly autoOutcome: 'COMPLETED' | 'FAILED' | undefined;
  /** The organisation policy StartImport is checked against, and the exception it refuses with. */
  readonly policy: ReadOptions['policy'];
  /** The NextTokens this fake issued: it takes back no other. */
  readonly issuedTokens: IssuedTokens;
}

/** One call: its input's shape, and the Region of the endpoint called, when known. */
export interface Call {
  readonly shape: OutputShape;
  readonly endpointRegion: string | undefined;
}

/**
 * Whether an import can be seen from the endpoint called. Assumed: imports are regional, like the
 * event data stores they go to, so another Region's endpoint neither finds nor lists them. A call
 * whose Region is unknown sees every import.
 */
export function isVisible(stored: StoredImport, call: Call): boolean {
  return call.endpointRegion === undefined || stored.region === call.endpointRegion;
}

/**
 * The account and Region a bare event data store ID is read in: the fake's account, and the
 * Region of the endpoint called (where the service would look it up), else the fake's Region.
 */
export function homeOf(context: FakeContext, call: Call): Home {
  return call.endpointRegion === undefined ? context.home : { accountId: context.home.accountId, region: call.endpointRegion };
}

/** The import `id` as seen from the endpoint called, or undefined. */
export function findImport(context: FakeContext, id: string, call: Call): StoredImport | undefined {
  const stored = context.store.get(id);
  return stored !== undefined && isVisible(stored, call) ? stored : undefined;
}
