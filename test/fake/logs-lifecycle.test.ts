import { describe, expect, it } from 'vitest';
import { createFakeEventDataStores, createLogsImportFake, type LogsImportFake } from '../../src/fake/index.js';
import { createRequest, errorOf, hourlyEvents, MINUTE, NOW, outputOf, storeArn } from './logs-helpers.js';

const JANUARY = new Date('2026-01-10T00:00:00Z');

/** A fake whose store holds 3 hourly events (3 batches), each batch taking a minute. */
function threeBatches(): { fake: LogsImportFake; importId: string } {
  const stores = createFakeEventDataStores({ eventDataStores: [{ eventDataStore: storeArn(), events: hourlyEvents(JANUARY, 3) }] });
  const fake = createLogsImportFake({ stores, now: NOW });
  const { importId } = outputOf(fake.handle('CreateImportTask', createRequest()));
  return { fake, importId: importId ?? '' };
}

function statusOf(fake: LogsImportFake, importId: string): string | undefined {
  return outputOf(fake.handle('DescribeImportTasks', { importId })).imports?.[0]?.importStatus;
}

function batchStatuses(fake: LogsImportFake, importId: string): (string | undefined)[] {
  return (outputOf(fake.handle('DescribeImportTaskBatches', { importId })).importBatches ?? []).map((batch) => batch.status);
}

describe('createLogsImportFake: the life of an import task on the fake clock', () => {
  it('completes its batches one after another, one batchDuration each, then the task', () => {
    const { fake, importId } = threeBatches();
    expect(batchStatuses(fake, importId)).toEqual(['IN_PROGRESS', 'IN_PROGRESS', 'IN_PROGRESS']);
    fake.clock.advanceBy(MINUTE);
    expect(batchStatuses(fake, importId)).toEqual(['COMPLETED', 'IN_PROGRESS', 'IN_PROGRESS']);
    expect(statusOf(fake, importId)).toBe('IN_PROGRESS');
    fake.clock.advanceBy(2 * MINUTE - 1);
    expect(statusOf(fake, importId)).toBe('IN_PROGRESS');
    fake.clock.advanceBy(1);
    expect(batchStatuses(fake, importId)).toEqual(['COMPLETED', 'COMPLETED', 'COMPLETED']);
    const [task] = outputOf(fake.handle('DescribeImportTasks', { importId })).imports ?? [];
    expect(task).toMatchObject({ importStatus: 'COMPLETED', creationTime: NOW.getTime(), lastUpdatedTime: NOW.getTime() + 3 * MINUTE });
    expect(task?.importStatistics?.bytesImported).toBeGreaterThan(0);
    expect(task).not.toHaveProperty('errorMessage');
  });

  it('puts the imported events in the managed log group as their batches complete', () => {
    const { fake } = threeBatches();
    fake.clock.advanceBy(2 * MINUTE);
    expect(fake.logGroups()[0]?.events.map((event) => event.eventTime)).toEqual(hourlyEvents(JANUARY, 2).map((event) => event.eventTime));
  });

  it('counts bytesImported as its batches complete', () => {
    const { fake, importId } = threeBatches();
    const bytes = (): number | undefined => outputOf(fake.handle('DescribeImportTasks', { importId })).imports?.[0]?.importStatistics?.bytesImported;
    expect(bytes()).toBe(0);
    fake.clock.advanceBy(MINUTE);
    const one = bytes() ?? 0;
    fake.clock.advanceBy(2 * MINUTE);
    expect(bytes()).toBe(3 * one);
  });

  it('completes a task without events after one batchDuration', () => {
    const fake = createLogsImportFake({ now: NOW, batchDuration: 5 * MINUTE });
    const { importId = '' } = outputOf(fake.handle('CreateImportTask', createRequest()));
    fake.clock.advanceBy(5 * MINUTE - 1);
    expect(statusOf(fake, importId)).toBe('IN_PROGRESS');
    fake.clock.advanceBy(1);
    expect(statusOf(fake, importId)).toBe('COMPLETED');
    expect(batchStatuses(fake, importId)).toEqual([]);
  });

  it('ends FAILED, with the error of the failed batch, when a batch fails; the other batches still run', () => {
    const { fake, importId } = threeBatches();
    const [, second] = fake.importTasks()[0]?.batches ?? [];
    fake.failBatch(importId, second?.batchId, 'AccessDenied on kms:Decrypt');
    fake.clock.advanceBy(3 * MINUTE);
    const batches = outputOf(fake.handle('DescribeImportTaskBatches', { importId })).importBatches;
    expect(batches?.map((batch) => batch.status)).toEqual(['COMPLETED', 'FAILED', 'COMPLETED']);
    expect(batches?.[1]).toEqual({ batchId: second?.batchId, status: 'FAILED', errorMessage: 'AccessDenied on kms:Decrypt' });
    const [task] = outputOf(fake.handle('DescribeImportTasks', { importId })).imports ?? [];
    expect(task?.importStatus).toBe('FAILED');
    expect(task?.errorMessage).toContain('1 of 3 batches failed: AccessDenied on kms:Decrypt');
  });

  it('fails the first batch still in progress when failBatch names none', () => {
    const { fake, importId } = threeBatches();
    fake.clock.advanceBy(MINUTE);
    fake.failBatch(importId);
    fake.clock.advanceBy(MINUTE);
    expect(batchStatuses(fake, importId)).toEqual(['COMPLETED', 'FAILED', 'IN_PROGRESS']);
  });

  it('throws a TypeError from failBatch for an unknown task or batch, or one that has ended', () => {
    const { fake, importId } = threeBatches();
    expect(() => { fake.failBatch('nope'); }).toThrow(/no import task 'nope'/);
    expect(() => { fake.failBatch(importId, 'no-such-batch'); }).toThrow(/has no batch 'no-such-batch'/);
    fake.clock.advanceBy(MINUTE);
    expect(() => { fake.failBatch(importId, '2026-01-10T00:00:00.000Z'); }).toThrow(/is COMPLETED/);
    fake.clock.advanceBy(10 * MINUTE);
    expect(() => { fake.failBatch(importId); }).toThrow(/is COMPLETED; only a batch of a task in progress/);
  });

  // Each of these threw the engine's "Cannot convert a Symbol value to a string" or "…object to primitive value".
  it('names an id, a time or a step that cannot be made text, in failBatch and the clock', () => {
    const { fake, importId } = threeBatches();
    expect(() => { fake.failBatch(Symbol('task') as never); }).toThrow(new TypeError('failBatch: importId must be a string, an importId the fake gave (got a symbol)'));
    expect(() => { fake.failBatch(importId, Object.create(null) as never); }).toThrow(new TypeError(`failBatch('${importId}', …): batchId must be a string (got an object)`));
    expect(() => { fake.clock.set(Object.create(null) as never); }).toThrow(new TypeError('clock.set(time) must be a valid Date, a date string or epoch milliseconds (got an object)'));
    expect(() => { fake.clock.set(Symbol('now') as never); }).toThrow(new TypeError('clock.set(time) must be a valid Date, a date string or epoch milliseconds (got a symbol)'));
    expect(() => { fake.clock.advanceBy(Symbol('step') as never); }).toThrow(new TypeError('clock.advanceBy(milliseconds) needs a finite number ≥ 0 (got a symbol)'));
    // Strings, numbers and Dates still show as they print.
    expect(() => { fake.clock.set('soon'); }).toThrow(new TypeError("clock.set(time) must be a valid Date, a date string or epoch milliseconds (got 'soon')"));
    expect(() => { fake.clock.advanceBy(-1); }).toThrow(new TypeError('clock.advanceBy(milliseconds) needs a finite number ≥ 0 (got -1)'));
  });

  it('cancels a task in progress: it and its batches still in progress become CANCELLED, the completed ones stay', () => {
    const { fake, importId } = threeBatches();
    fake.clock.advanceBy(MINUTE);
    const output = outputOf(fake.handle('CancelImportTask', { importId }));
    expect(output).toEqual({ importId, importStatus: 'CANCELLED', importStatistics: { bytesImported: expect.any(Number) as number }, creationTime: NOW.getTime(), lastUpdatedTime: NOW.getTime() + MINUTE });
    fake.clock.advanceBy(10 * MINUTE);
    expect(statusOf(fake, importId)).toBe('CANCELLED');
    expect(batchStatuses(fake, importId)).toEqual(['COMPLETED', 'CANCELLED', 'CANCELLED']);
  });

  it.each([
    ['COMPLETED', 10 * MINUTE],
    ['CANCELLED', 0],
  ])('rejects cancelling a %s task with InvalidOperationException', (status, wait) => {
    const { fake, importId } = threeBatches();
    if (status === 'CANCELLED') fake.handle('CancelImportTask', { importId });
    fake.clock.advanceBy(wait);
    const error = errorOf(fake.handle('CancelImportTask', { importId }));
    expect(error.name).toBe('InvalidOperationException');
    expect(error.message).toContain(`is ${status}`);
  });

  it('rejects an importId it does not know with ResourceNotFoundException, in all three operations that take one', () => {
    const { fake } = threeBatches();
    for (const operation of ['DescribeImportTasks', 'DescribeImportTaskBatches', 'CancelImportTask'] as const) {
      expect(errorOf(fake.handle(operation, { importId: 'unknown-task' })).name).toBe('ResourceNotFoundException');
    }
  });

  it('does not find a task from another Region\'s endpoint', () => {
    const { fake, importId } = threeBatches();
    expect(errorOf(fake.handle('CancelImportTask', { importId }, { region: 'eu-west-1' })).name).toBe('ResourceNotFoundException');
  });

  it('moves with a clock it shares: another fake moving it moves the tasks', () => {
    const stores = createFakeEventDataStores();
    const first = createLogsImportFake({ stores, now: NOW });
    const second = createLogsImportFake({ stores, clock: first.clock });
    const { importId = '' } = outputOf(second.handle('CreateImportTask', createRequest()));
    first.clock.advanceBy(MINUTE);
    expect(statusOf(second, importId)).toBe('COMPLETED');
  });
});

describe('createLogsImportFake: failNext', () => {
  it('answers the next calls of an operation with the queued faults, in order, before any check', () => {
    const fake = createLogsImportFake({ now: NOW });
    fake.failNext('DescribeImportTasks', 'ThrottlingException');
    fake.failNext('DescribeImportTasks', 'AccessDeniedException', 'no logs:DescribeImportTasks');
    expect(errorOf(fake.handle('DescribeImportTasks', { limit: 0 }))).toMatchObject({ name: 'ThrottlingException', message: 'The request was throttled because of quota limits.', status: 400 });
    expect(errorOf(fake.handle('DescribeImportTasks', {})).message).toBe('no logs:DescribeImportTasks');
    expect(fake.handle('DescribeImportTasks', {}).ok).toBe(true);
    expect(fake.handle('CancelImportTask', { importId: 'x' }).ok).toBe(false);
  });

  it('rejects its promise methods with an Error named as the exception, with $fault and the status', async () => {
    const fake = createLogsImportFake({ now: NOW });
    fake.failNext('DescribeImportTasks', 'ServiceUnavailable');
    await expect(fake.describeImportTasks()).rejects.toMatchObject({ name: 'ServiceUnavailable', $fault: 'server', $metadata: { httpStatusCode: 503 } });
    await expect(fake.cancelImportTask({ importId: 'nope' })).rejects.toMatchObject({ name: 'ResourceNotFoundException', $fault: 'client', $metadata: { httpStatusCode: 400 } });
  });

  it('throws a TypeError for an operation or exception it does not have', () => {
    const fake = createLogsImportFake({ now: NOW });
    // What a JavaScript caller might pass.
    expect(() => {
      fake.failNext('StartImport' as 'CancelImportTask', 'ThrottlingException');
    }).toThrow(/'StartImport' is not an import-task operation/);
    expect(() => {
      fake.failNext('CancelImportTask', 'ImportNotFoundException' as 'ThrottlingException');
    }).toThrow(/'ImportNotFoundException' is not an exception of the import-task operations/);
  });
});
