import type { Home, StoreRegistry } from '../event-data-stores.js';
import type { IssuedTokens } from '../pagination.js';
import type { FakeClock } from '../types.js';
import type { HeldLogGroup, HeldTask, TaskStore } from './tasks.js';

/** What the operations of one Logs fake share. */
export interface LogsContext {
  /** The fake's account, and its Region (that of a call whose endpoint is unknown). */
  readonly home: Home;
  readonly registry: StoreRegistry;
  readonly tasks: TaskStore;
  /** The managed log groups, by ARN. */
  readonly logGroups: Map<string, HeldLogGroup>;
  readonly clock: FakeClock;
  readonly nextId: () => string;
  readonly batchDuration: number;
  readonly batchSpan: number;
  /** The nextTokens this fake issued: it takes back no other. */
  readonly issuedTokens: IssuedTokens;
}

/** One call: the shape of its input and the Region of the endpoint called. */
export interface LogsCall {
  readonly shape: 'sdk' | 'wire';
  readonly region: string;
}

/** The fake's clock now, after moving every task in progress on to it. */
export function settle(context: LogsContext): number {
  const now = context.clock.now().getTime();
  context.tasks.progressAll(now, context.batchDuration);
  return now;
}

/**
 * The task `id` as seen from the endpoint called. Assumed: import tasks are regional, like the log
 * groups they create, so another Region's endpoint does not find them.
 */
export function findTask(context: LogsContext, id: string, call: LogsCall): HeldTask | undefined {
  const task = context.tasks.get(id);
  return task !== undefined && task.region === call.region ? task : undefined;
}
