/** CreateImportTask: an import of an event data store's events into a managed log group. */
import { parseEventDataStore } from '../../contract/arn.js';
import { isActive, type HeldStore } from '../event-data-stores.js';
import type { HeldEvent } from '../trail-events.js';
import { settle, type LogsCall, type LogsContext } from './context.js';
import { refuseState, type Refusal } from './errors.js';
import { batchesOf, type HeldLogGroup } from './tasks.js';
import type { LogsImportFilter, LogsImportInputs, LogsImportOutcome } from './types.js';

/** "There can be no more than 3 active imports per account at a given time." */
export const MAX_ACTIVE_IMPORTS = 3;
const DAY = 86_400_000;

/** The store a source ARN names, as seen from the Region called; or why there is none to import from. */
function sourceOf(context: LogsContext, arn: string, call: LogsCall): HeldStore | Refusal {
  const ref = parseEventDataStore(arn);
  if (ref?.form !== 'arn') return refuseState('ResourceNotFoundException', `${arn} is not an event data store ARN`);
  // Assumed: a task reads a store of its own account and Region (the log group it creates is there).
  if (ref.region !== call.region) return refuseState('ResourceNotFoundException', `${arn} is not in ${call.region}, the Region called`);
  if (ref.accountId !== context.home.accountId) return refuseState('ResourceNotFoundException', `${arn} is not in account ${context.home.accountId}`);
  const store = context.registry.find({ arn, accountId: ref.accountId, region: ref.region });
  if (store === undefined) return refuseState('ResourceNotFoundException', `no event data store ${arn}`);
  if (!isActive(store)) return refuseState('InvalidOperationException', `${arn} is ${store.status}; the source must be ACTIVE (ENABLED, or with its ingestion stopped)`);
  return store;
}

/** Refuses a time of the filter earlier than the store keeps events (its retention period before now). */
function retentionRefusal(store: HeldStore, filter: LogsImportFilter | undefined, now: number): Refusal | undefined {
  const earliest = now - store.retentionPeriod * DAY;
  for (const name of ['startEventTime', 'endEventTime'] as const) {
    const time = filter?.[name];
    if (time !== undefined && time < earliest) {
      return refuseState('InvalidParameterException', `importFilter.${name} ${time} is outside the retention period of ${store.arn} (${store.retentionPeriod} days: not before ${earliest}, ${new Date(earliest).toISOString()})`);
    }
  }
  return undefined;
}

/** The filter as asked (members absent or null in the sdk shape left out), or undefined without one. */
function filterOf(given: LogsImportFilter | null | undefined): LogsImportFilter | undefined {
  if (given === undefined || given === null) return undefined;
  const filter: LogsImportFilter = {};
  if (typeof given.startEventTime === 'number') filter.startEventTime = given.startEventTime;
  if (typeof given.endEventTime === 'number') filter.endEventTime = given.endEventTime;
  return filter;
}

function logGroupOf(context: LogsContext, store: HeldStore, partition: string, now: number): HeldLogGroup {
  const name = `/aws/cloudtrail/${store.arn.slice(store.arn.lastIndexOf('/') + 1)}`;
  const arn = `arn:${partition}:logs:${store.region}:${store.accountId}:log-group:${name}`;
  const existing = context.logGroups.get(arn);
  if (existing !== undefined) return existing;
  const made: HeldLogGroup = { name, arn, created: now, events: [] };
  context.logGroups.set(arn, made);
  return made;
}

function inRange(filter: LogsImportFilter | undefined): (event: HeldEvent) => boolean {
  const start = filter?.startEventTime;
  const stop = filter?.endEventTime;
  return (event) => (start === undefined || event.eventTime >= start) && (stop === undefined || event.eventTime <= stop);
}

/**
 * Creates a task (the input is valid). Checked in this order (assumed): the source exists in the
 * account and Region called (ResourceNotFoundException) and is active (InvalidOperationException),
 * the filter is within its retention period (InvalidParameterException), fewer than 3 tasks are
 * in progress in the account (ThrottlingException: the model lists no LimitExceededException, and
 * its ThrottlingException is "throttled because of quota limits" — a guess).
 */
export function createImportTask(context: LogsContext, input: LogsImportInputs['CreateImportTask'], call: LogsCall): LogsImportOutcome<'CreateImportTask'> {
  const now = settle(context);
  const sourceArn = input.importSourceArn ?? '';
  const store = sourceOf(context, sourceArn, call);
  if ('ok' in store) return store;
  const filter = filterOf(input.importFilter);
  const refusal = retentionRefusal(store, filter, now);
  if (refusal !== undefined) return refusal;
  const active = context.tasks.active(context.home.accountId);
  if (active.length >= MAX_ACTIVE_IMPORTS) {
    return refuseState('ThrottlingException', `${active.length} import tasks are IN_PROGRESS in account ${context.home.accountId} (${active.map((task) => task.id).join(', ')}); at most ${MAX_ACTIVE_IMPORTS} may be active`);
  }
  const events = [...store.events.values()].filter(inRange(filter)).sort((a, b) => a.eventTime - b.eventTime);
  const partition = sourceArn.split(':')[1] ?? 'aws';
  const task = context.tasks.add({
    id: context.nextId(),
    sourceArn,
    roleArn: input.importRoleArn ?? '',
    filter,
    logGroup: logGroupOf(context, store, partition, now),
    created: now,
    accountId: store.accountId,
    region: store.region,
    batches: batchesOf(events, context.batchSpan),
    status: 'IN_PROGRESS',
    updated: now,
    bytesImported: 0,
    errorMessage: undefined,
  });
  return { ok: true, output: { importId: task.id, importDestinationArn: task.logGroup.arn, creationTime: task.created } };
}
