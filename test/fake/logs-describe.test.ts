import { describe, expect, it } from 'vitest';
import { createFakeEventDataStores, createLogsImportFake, type LogsImportFake } from '../../src/fake/index.js';
import { LOGS_NEXT_TOKEN_LIFETIME_MS } from '../../src/fake/logs/read-operations.js';
import { createRequest, errorOf, hourlyEvents, MINUTE, NOW, outputOf, storeArn, storeId } from './logs-helpers.js';

/** A fake with `count` tasks from stores 1…count, each moved on by the clock to its end but the last two. */
function withTasks(count: number): LogsImportFake {
  const fake = createLogsImportFake({ now: NOW });
  for (let n = 1; n <= count; n += 1) {
    fake.handle('CreateImportTask', createRequest(storeArn(storeId(n))));
    if (n <= count - 2) fake.clock.advanceBy(MINUTE);
  }
  return fake;
}

function ids(fake: LogsImportFake, input: Parameters<LogsImportFake['describeImportTasks']>[0] = {}): (string | undefined)[] {
  return (outputOf(fake.handle('DescribeImportTasks', input)).imports ?? []).map((task) => task.importId);
}

describe('createLogsImportFake: DescribeImportTasks', () => {
  it('lists every task, oldest first, each with its source, destination, filter and times', () => {
    const fake = createLogsImportFake({ now: NOW });
    fake.handle('CreateImportTask', createRequest(storeArn(), { startEventTime: 1_767_225_600_000 }));
    const [task] = outputOf(fake.handle('DescribeImportTasks', {})).imports ?? [];
    expect(task).toEqual({
      importId: '00000000-0000-4000-9000-000000000001',
      importSourceArn: storeArn(),
      importStatus: 'IN_PROGRESS',
      importDestinationArn: expect.stringMatching(/:log-group:\/aws\/cloudtrail\//) as string,
      importStatistics: { bytesImported: 0 },
      importFilter: { startEventTime: 1_767_225_600_000 },
      creationTime: NOW.getTime(),
      lastUpdatedTime: NOW.getTime(),
    });
  });

  it('filters by importStatus, importSourceArn and importId', () => {
    const fake = withTasks(4);
    expect(ids(fake, { importStatus: 'IN_PROGRESS' })).toHaveLength(2);
    expect(ids(fake, { importStatus: 'COMPLETED' })).toHaveLength(2);
    expect(ids(fake, { importStatus: 'FAILED' })).toEqual([]);
    expect(ids(fake, { importSourceArn: storeArn(storeId(3)) })).toEqual(['00000000-0000-4000-9000-000000000003']);
    expect(ids(fake, { importId: '00000000-0000-4000-9000-000000000002' })).toEqual(['00000000-0000-4000-9000-000000000002']);
  });

  it('pages by limit with the nextToken it issued, to the last page, which has none', () => {
    const fake = withTasks(5);
    const first = outputOf(fake.handle('DescribeImportTasks', { limit: 2 }));
    expect(first.imports).toHaveLength(2);
    const second = outputOf(fake.handle('DescribeImportTasks', { limit: 2, nextToken: first.nextToken }));
    const third = outputOf(fake.handle('DescribeImportTasks', { limit: 2, nextToken: second.nextToken }));
    expect([...(first.imports ?? []), ...(second.imports ?? []), ...(third.imports ?? [])].map((task) => task.importId)).toEqual(ids(fake));
    expect(third.nextToken).toBeUndefined();
  });

  it('answers 50 tasks a page without a limit (the documented default)', () => {
    const fake = createLogsImportFake({ now: NOW, batchDuration: 1 });
    for (let n = 0; n < 51; n += 1) {
      fake.handle('CreateImportTask', createRequest(storeArn(storeId(n))));
      fake.clock.advanceBy(1);
    }
    const page = outputOf(fake.handle('DescribeImportTasks', {}));
    expect(page.imports).toHaveLength(50);
    expect(page.nextToken).toBeDefined();
  });

  it('rejects a forged nextToken, and one issued for other filters, with InvalidParameterException', () => {
    const fake = withTasks(3);
    const { nextToken } = outputOf(fake.handle('DescribeImportTasks', { limit: 1 }));
    expect(errorOf(fake.handle('DescribeImportTasks', { limit: 1, nextToken: 'forged' })).name).toBe('InvalidParameterException');
    expect(errorOf(fake.handle('DescribeImportTasks', { limit: 1, nextToken, importStatus: 'COMPLETED' })).message).toContain('nextToken was not issued');
    // Well-formed, for this operation and these filters, but a position the fake never issued.
    const forged = Buffer.from(JSON.stringify({ operation: 'DescribeImportTasks', filter: '[null,null,null]', after: 1 })).toString('base64url');
    expect(errorOf(fake.handle('DescribeImportTasks', { nextToken: forged })).name).toBe('InvalidParameterException');
    expect(fake.handle('DescribeImportTasks', { limit: 1, nextToken }).ok).toBe(true);
  });

  it("expires a nextToken 24 hours after it was issued, on the fake's clock (the model: \"The token expires after 24 hours.\")", () => {
    const fake = withTasks(3);
    const { nextToken } = outputOf(fake.handle('DescribeImportTasks', { limit: 1 }));
    fake.clock.advanceBy(LOGS_NEXT_TOKEN_LIFETIME_MS - 1);
    expect(fake.handle('DescribeImportTasks', { limit: 1, nextToken }).ok).toBe(true);
    fake.clock.advanceBy(1);
    const expired = errorOf(fake.handle('DescribeImportTasks', { limit: 1, nextToken }));
    expect(expired).toMatchObject({ name: 'InvalidParameterException', status: 400 });
    expect(expired.message).toContain('nextToken has expired');
    // A token issued now lives its own 24 hours.
    const fresh = outputOf(fake.handle('DescribeImportTasks', { limit: 1 })).nextToken;
    expect(fake.handle('DescribeImportTasks', { limit: 1, nextToken: fresh }).ok).toBe(true);
  });

  it('still expires a token when the same page is asked for again later: that page gets a token of its own', () => {
    const fake = withTasks(3);
    const { nextToken: first } = outputOf(fake.handle('DescribeImportTasks', { limit: 1 }));
    fake.clock.advanceBy(LOGS_NEXT_TOKEN_LIFETIME_MS + 1);
    const { nextToken: again } = outputOf(fake.handle('DescribeImportTasks', { limit: 1 }));
    expect(again).toBeDefined();
    expect(again).not.toBe(first);
    expect(errorOf(fake.handle('DescribeImportTasks', { limit: 1, nextToken: first })).message).toContain('nextToken has expired');
    expect(fake.handle('DescribeImportTasks', { limit: 1, nextToken: again }).ok).toBe(true);
  });

  it('rejects a nextToken of DescribeImportTasks given to DescribeImportTaskBatches', () => {
    const fake = withTasks(3);
    const { nextToken } = outputOf(fake.handle('DescribeImportTasks', { limit: 1 }));
    expect(errorOf(fake.handle('DescribeImportTaskBatches', { importId: '00000000-0000-4000-9000-000000000001', nextToken })).name).toBe('InvalidParameterException');
  });

  it('rejects a limit outside 1–50 with InvalidParameterException', () => {
    const fake = withTasks(1);
    for (const limit of [0, 51, 1.5]) expect(errorOf(fake.handle('DescribeImportTasks', { limit })).name).toBe('InvalidParameterException');
  });
});

describe('createLogsImportFake: DescribeImportTaskBatches', () => {
  const JANUARY = new Date('2026-01-10T00:00:00Z');
  function withBatches(count: number): { fake: LogsImportFake; importId: string } {
    const stores = createFakeEventDataStores({ eventDataStores: [{ eventDataStore: storeArn(), events: hourlyEvents(JANUARY, count) }] });
    const fake = createLogsImportFake({ stores, now: NOW });
    return { fake, importId: outputOf(fake.handle('CreateImportTask', createRequest())).importId ?? '' };
  }

  it("expires a nextToken 24 hours after it was issued, as DescribeImportTasks' does", () => {
    const { fake, importId } = withBatches(3);
    const { nextToken } = outputOf(fake.handle('DescribeImportTaskBatches', { importId, limit: 1 }));
    expect(nextToken).toBeDefined();
    fake.clock.advanceBy(LOGS_NEXT_TOKEN_LIFETIME_MS);
    expect(errorOf(fake.handle('DescribeImportTaskBatches', { importId, limit: 1, nextToken })).message).toContain('nextToken has expired');
  });

  it('answers the task id and source with its batches', () => {
    const { fake, importId } = withBatches(2);
    expect(outputOf(fake.handle('DescribeImportTaskBatches', { importId }))).toEqual({
      importSourceArn: storeArn(),
      importId,
      importBatches: [
        { batchId: '2026-01-10T00:00:00.000Z', status: 'IN_PROGRESS' },
        { batchId: '2026-01-10T01:00:00.000Z', status: 'IN_PROGRESS' },
      ],
    });
  });

  it('filters by any of batchImportStatus', () => {
    const { fake, importId } = withBatches(4);
    fake.failBatch(importId, '2026-01-10T01:00:00.000Z');
    fake.clock.advanceBy(2 * MINUTE);
    const of = (batchImportStatus: ('COMPLETED' | 'FAILED' | 'IN_PROGRESS' | 'CANCELLED')[]): (string | undefined)[] =>
      (outputOf(fake.handle('DescribeImportTaskBatches', { importId, batchImportStatus })).importBatches ?? []).map((batch) => batch.batchId.slice(11, 13));
    expect(of(['COMPLETED'])).toEqual(['00']);
    expect(of(['FAILED', 'IN_PROGRESS'])).toEqual(['01', '02', '03']);
    expect(of([])).toEqual([]);
  });

  it('pages 10 batches by default, and by limit with the nextToken it issued', () => {
    const { fake, importId } = withBatches(12);
    const first = outputOf(fake.handle('DescribeImportTaskBatches', { importId }));
    expect(first.importBatches).toHaveLength(10);
    const rest = outputOf(fake.handle('DescribeImportTaskBatches', { importId, nextToken: first.nextToken }));
    expect(rest.importBatches).toHaveLength(2);
    expect(rest.nextToken).toBeUndefined();
    const small = outputOf(fake.handle('DescribeImportTaskBatches', { importId, limit: 5 }));
    expect(errorOf(fake.handle('DescribeImportTaskBatches', { importId, limit: 5, nextToken: small.nextToken, batchImportStatus: ['FAILED'] })).name).toBe('InvalidParameterException');
  });

  it('rejects a request without importId with InvalidParameterException', () => {
    const { fake } = withBatches(1);
    expect(errorOf(fake.handle('DescribeImportTaskBatches', {})).message).toContain('importId');
  });
});
