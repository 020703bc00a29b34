/**
 * The import tasks of the CloudWatch Logs fake and how they move on its clock. A task imports its
 * batches one after another, each taking `batchDuration`; a batch ends COMPLETED, or FAILED when
 * the test said so (`failBatch`). When every batch has ended the task is COMPLETED, or FAILED if
 * one failed (assumed: the service documents no order or timing; a failed batch does not stop the others).
 * A task without events ends COMPLETED after one `batchDuration`.
 */
import { sizeOf, type HeldEvent } from '../trail-events.js';
import type { LogsImportFilter, LogsImportStatus } from './types.js';

/** A batch as held. */
export interface HeldBatch {
  readonly id: string;
  readonly events: readonly HeldEvent[];
  status: LogsImportStatus;
  /** The error it will fail with when its turn ends (set by failBatch). */
  failWith: string | undefined;
  errorMessage: string | undefined;
}

/** A managed log group as held. */
export interface HeldLogGroup {
  readonly name: string;
  readonly arn: string;
  readonly created: number;
  readonly events: HeldEvent[];
}

/** A task as held; times in epoch milliseconds. */
export interface HeldTask {
  readonly seq: number;
  readonly id: string;
  readonly sourceArn: string;
  readonly roleArn: string;
  readonly filter: LogsImportFilter | undefined;
  readonly logGroup: HeldLogGroup;
  readonly created: number;
  readonly accountId: string;
  readonly region: string;
  readonly batches: readonly HeldBatch[];
  status: LogsImportStatus;
  updated: number;
  bytesImported: number;
  errorMessage: string | undefined;
}

/** The batches of `events` (ordered by time): one per `span` milliseconds of eventTime that holds events, named by its start. */
export function batchesOf(events: readonly HeldEvent[], span: number): HeldBatch[] {
  const groups = new Map<number, HeldEvent[]>();
  for (const event of events) {
    const key = Math.floor(event.eventTime / span) * span;
    const group = groups.get(key) ?? [];
    group.push(event);
    groups.set(key, group);
  }
  return [...groups].map(([start, grouped]) => ({ id: new Date(start).toISOString(), events: grouped, status: 'IN_PROGRESS', failWith: undefined, errorMessage: undefined }));
}

function end(task: HeldTask): void {
  const failed = task.batches.filter((batch) => batch.status === 'FAILED');
  task.status = failed.length === 0 ? 'COMPLETED' : 'FAILED';
  if (failed.length > 0) task.errorMessage = `${failed.length} of ${task.batches.length} batches failed: ${failed[0]?.errorMessage ?? ''}`;
}

/** Moves a task in progress on to `now`: the batches whose turn has ended, then the task when all have. */
export function progress(task: HeldTask, now: number, duration: number): void {
  if (task.status !== 'IN_PROGRESS') return;
  task.batches.forEach((batch, index) => {
    const done = task.created + (index + 1) * duration;
    if (batch.status !== 'IN_PROGRESS' || done > now) return;
    if (batch.failWith === undefined) {
      batch.status = 'COMPLETED';
      task.bytesImported += batch.events.reduce((sum, event) => sum + sizeOf(event), 0);
      task.logGroup.events.push(...batch.events);
    } else {
      batch.status = 'FAILED';
      batch.errorMessage = batch.failWith;
    }
    task.updated = done;
  });
  const finished = task.created + Math.max(task.batches.length, 1) * duration;
  if (finished > now) return;
  task.updated = finished;
  end(task);
}

/** Cancels a task in progress at `now`: it and its batches still in progress become CANCELLED. */
export function cancel(task: HeldTask, now: number): void {
  for (const batch of task.batches) if (batch.status === 'IN_PROGRESS') batch.status = 'CANCELLED';
  task.status = 'CANCELLED';
  task.updated = now;
}

/** The tasks of one fake, and those in progress (kept apart so the 3-active limit does not scan every task). */
export class TaskStore {
  private readonly byId = new Map<string, HeldTask>();
  private readonly running = new Set<HeldTask>();

  add(task: Omit<HeldTask, 'seq'>): HeldTask {
    const held: HeldTask = { ...task, seq: this.byId.size };
    this.byId.set(held.id, held);
    this.running.add(held);
    return held;
  }

  get(id: string): HeldTask | undefined {
    return this.byId.get(id);
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  all(): HeldTask[] {
    return [...this.byId.values()];
  }

  /** Moves every task in progress on to `now`. */
  progressAll(now: number, duration: number): void {
    for (const task of this.running) {
      progress(task, now, duration);
      if (task.status !== 'IN_PROGRESS') this.running.delete(task);
    }
  }

  /** The tasks in progress in `accountId` (call progressAll first). */
  active(accountId: string): HeldTask[] {
    return [...this.running].filter((task) => task.status === 'IN_PROGRESS' && task.accountId === accountId);
  }
}
