/**
 * The Logs fake against a reference model: any sequence of CreateImportTask, DescribeImportTasks,
 * DescribeImportTaskBatches, CancelImportTask, failBatch and clock moves answers as the model
 * predicts — at most 3 tasks in progress per account, IN_PROGRESS → COMPLETED / FAILED on the
 * clock, CANCELLED only from IN_PROGRESS, each batch's status.
 */
import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { LOGS_IMPORT_STATUSES, type LogsImportOperation } from '../../src/contract/operations.js';
import { LOGS_MODEL } from '../../src/generated/logs-model.js';
import { validateImportResponse } from '../../src/operations/index.js';
import { createFakeEventDataStores, createLogsImportFake, type LogsImportFake, type LogsImportStatus } from '../../src/fake/index.js';
import { createRequest, errorOf, hourlyEvents, MINUTE, NOW, outputOf, storeArn, storeId } from './logs-helpers.js';

/** The events (one batch each) of the stores the runs import from. */
const BATCHES = [0, 1, 2, 5];
const DURATION = MINUTE;

interface ModelTask {
  readonly id: string;
  readonly created: number;
  readonly batches: number;
  readonly failing: Set<number>;
  cancelledAt: number | undefined;
}
interface Model {
  now: number;
  readonly tasks: ModelTask[];
}

const doneAt = (task: ModelTask, index: number): number => task.created + (index + 1) * DURATION;

function statusOf(task: ModelTask, now: number): string {
  if (task.cancelledAt !== undefined) return 'CANCELLED';
  if (now < task.created + Math.max(task.batches, 1) * DURATION) return 'IN_PROGRESS';
  return task.failing.size > 0 ? 'FAILED' : 'COMPLETED';
}

function batchStatusOf(task: ModelTask, index: number, now: number): string {
  const done = doneAt(task, index);
  if (task.cancelledAt !== undefined && task.cancelledAt < done) return 'CANCELLED';
  if (now < done) return 'IN_PROGRESS';
  return task.failing.has(index) ? 'FAILED' : 'COMPLETED';
}

type Command = fc.Command<Model, LogsImportFake>;

/** Fails the test unless `output` is a response of `operation` the contract accepts. */
function expectValidResponse(operation: LogsImportOperation, output: unknown): void {
  expect(validateImportResponse(operation, output, { shape: 'wire' }).violations).toEqual([]);
}
const pick = <T>(items: readonly T[], n: number): T | undefined => items[n % Math.max(items.length, 1)];

class Create implements Command {
  constructor(readonly store: number) {}
  check = (): boolean => true;
  run(model: Model, real: LogsImportFake): void {
    const active = model.tasks.filter((task) => statusOf(task, model.now) === 'IN_PROGRESS').length;
    const outcome = real.handle('CreateImportTask', createRequest(storeArn(storeId(this.store))));
    if (active >= 3) {
      expect(errorOf(outcome).name).toBe('ThrottlingException');
      return;
    }
    const output = outputOf(outcome);
    expectValidResponse('CreateImportTask', output);
    const id = output.importId ?? '';
    model.tasks.push({ id, created: model.now, batches: BATCHES[this.store] ?? 0, failing: new Set(), cancelledAt: undefined });
  }
  toString = (): string => `Create(store ${this.store})`;
}

class Advance implements Command {
  constructor(readonly ms: number) {}
  check = (): boolean => true;
  run(model: Model, real: LogsImportFake): void {
    model.now += this.ms;
    real.clock.advanceBy(this.ms);
  }
  toString = (): string => `Advance(${this.ms})`;
}

class Cancel implements Command {
  constructor(readonly n: number) {}
  check = (model: Readonly<Model>): boolean => model.tasks.length > 0;
  run(model: Model, real: LogsImportFake): void {
    const task = pick(model.tasks, this.n) as ModelTask;
    const outcome = real.handle('CancelImportTask', { importId: task.id });
    if (statusOf(task, model.now) !== 'IN_PROGRESS') {
      expect(errorOf(outcome).name).toBe('InvalidOperationException');
      return;
    }
    const output = outputOf(outcome);
    expectValidResponse('CancelImportTask', output);
    expect(output).toMatchObject({ importId: task.id, importStatus: 'CANCELLED', lastUpdatedTime: model.now });
    task.cancelledAt = model.now;
  }
  toString = (): string => `Cancel(${this.n})`;
}

class FailBatch implements Command {
  constructor(readonly n: number) {}
  check = (model: Readonly<Model>): boolean => model.tasks.length > 0;
  run(model: Model, real: LogsImportFake): void {
    const task = pick(model.tasks, this.n) as ModelTask;
    const next = Array.from({ length: task.batches }, (_, i) => i).find((i) => batchStatusOf(task, i, model.now) === 'IN_PROGRESS');
    if (statusOf(task, model.now) !== 'IN_PROGRESS' || next === undefined) {
      expect(() => { real.failBatch(task.id); }).toThrow(TypeError);
      return;
    }
    real.failBatch(task.id);
    task.failing.add(next);
  }
  toString = (): string => `FailBatch(${this.n})`;
}

class Describe implements Command {
  constructor(readonly n: number) {}
  check = (model: Readonly<Model>): boolean => model.tasks.length > 0;
  run(model: Model, real: LogsImportFake): void {
    const task = pick(model.tasks, this.n) as ModelTask;
    const tasks = outputOf(real.handle('DescribeImportTasks', { importId: task.id }));
    expectValidResponse('DescribeImportTasks', tasks);
    const [described] = tasks.imports ?? [];
    expect(described?.importStatus).toBe(statusOf(task, model.now));
    expect(described?.errorMessage !== undefined).toBe(described?.importStatus === 'FAILED');
    const answer = outputOf(real.handle('DescribeImportTaskBatches', { importId: task.id, limit: 50 }));
    expectValidResponse('DescribeImportTaskBatches', answer);
    const batches = answer.importBatches ?? [];
    expect(batches.map((batch) => batch.status)).toEqual(Array.from({ length: task.batches }, (_, i) => batchStatusOf(task, i, model.now)));
  }
  toString = (): string => `Describe(${this.n})`;
}

class DescribeAll implements Command {
  check = (): boolean => true;
  run(model: Model, real: LogsImportFake): void {
    const listed = outputOf(real.handle('DescribeImportTasks', { limit: 50 })).imports ?? [];
    expect(listed.map((task) => [task.importId, task.importStatus])).toEqual(model.tasks.map((task) => [task.id, statusOf(task, model.now)]));
    expect(listed.filter((task) => task.importStatus === 'IN_PROGRESS').length).toBeLessThanOrEqual(3);
  }
  toString = (): string => 'DescribeAll';
}

/** Every status the fake reported in a run: in its answers and in its snapshots. */
const reported = new Set<string>();

class Statuses implements Command {
  check = (): boolean => true;
  run(_model: Model, real: LogsImportFake): void {
    const listed = outputOf(real.handle('DescribeImportTasks', { limit: 50 })).imports ?? [];
    const batches = listed.flatMap((task) => outputOf(real.handle('DescribeImportTaskBatches', { importId: task.importId, limit: 50 })).importBatches ?? []);
    const snapshots = real.importTasks();
    const statuses = [
      ...listed.map((task) => task.importStatus),
      ...batches.map((batch) => batch.status),
      ...snapshots.flatMap((task) => [task.importStatus, ...task.batches.map((batch) => batch.status)]),
    ];
    for (const status of statuses) {
      expect(LOGS_MODEL.shapes.ImportStatus.values).toContain(status);
      reported.add(String(status));
    }
  }
  toString = (): string => 'Statuses';
}

const commands = [
  fc.nat({ max: BATCHES.length - 1 }).map((store) => new Create(store)),
  fc.constantFrom(1, DURATION - 1, DURATION, 2 * DURATION, 7 * DURATION).map((ms) => new Advance(ms)),
  fc.nat({ max: 20 }).map((n) => new Cancel(n)),
  fc.nat({ max: 20 }).map((n) => new FailBatch(n)),
  fc.nat({ max: 20 }).map((n) => new Describe(n)),
  fc.constant(new DescribeAll()),
  fc.constant(new Statuses()),
];

function newFake(): LogsImportFake {
  const from = new Date('2026-02-01T00:00:00Z');
  const stores = createFakeEventDataStores({ eventDataStores: BATCHES.map((count, n) => ({ eventDataStore: storeArn(storeId(n)), events: hourlyEvents(from, count) })) });
  return createLogsImportFake({ stores, now: NOW, batchDuration: DURATION });
}

describe('createLogsImportFake against a reference model', () => {
  it('answers every sequence of create, describe, cancel, failBatch and clock moves as the model predicts', () => {
    fc.assert(
      fc.property(fc.commands(commands, { maxCommands: 40, size: 'max' }), (sequence) => {
        fc.modelRun(() => ({ model: { now: NOW.getTime(), tasks: [] }, real: newFake() }), sequence);
      }),
      { numRuns: 300 },
    );
  });

  it("reports only statuses of the model's ImportStatus enum, and every one of them", () => {
    reported.clear();
    fc.assert(
      fc.property(fc.commands(commands, { maxCommands: 40, size: 'max' }), (sequence) => {
        fc.modelRun(() => ({ model: { now: NOW.getTime(), tasks: [] }, real: newFake() }), sequence);
      }),
      { numRuns: 100, seed: 1 },
    );
    expect([...reported].sort()).toEqual([...LOGS_MODEL.shapes.ImportStatus.values].sort());
  });

  it("types a status as the model's ImportStatus enum", () => {
    expect(LOGS_IMPORT_STATUSES).toBe(LOGS_MODEL.shapes.ImportStatus.values);
    expectTypeOf<LogsImportStatus>().toEqualTypeOf<(typeof LOGS_MODEL.shapes.ImportStatus.values)[number]>();
  });
});
