/**
 * End to end: a real CloudTrailClient through `cloudTrailImportHandlers` over a whole import's
 * lifecycle, from StartImport to a stopped retry, with the SDK's own paginators and Dates.
 */
import {
  GetImportCommand,
  ListImportsCommand,
  paginateListImportFailures,
  paginateListImports,
  StartImportCommand,
  StopImportCommand,
  type ImportFailureListItem,
  type ImportsListItem,
} from '@aws-sdk/client-cloudtrail';
import { describe, expect, it } from 'vitest';
import { createFakeCloudTrailImports } from '../../src/fake/index.js';
import { cloudTrailImportHandlers } from '../../src/msw/index.js';
import { cloudTrailClient, eventDataStoreArn, newImport, NOW, useServer } from './support.js';

const server = useServer();
const client = cloudTrailClient();
const MINUTE = 60_000;

async function collect<T>(pages: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const page of pages) out.push(page);
  return out;
}

describe('cloudTrailImportHandlers', () => {
  it('carries an import through its whole lifecycle for a real CloudTrailClient', async () => {
    const fake = createFakeCloudTrailImports({ now: NOW });
    server.use(...cloudTrailImportHandlers({ fake }));
    const at = (minutes: number): Date => new Date(NOW.getTime() + minutes * MINUTE);

    // Four earlier imports, completed, two of them into another event data store.
    const earlier: string[] = [];
    for (const n of [1, 1, 2, 2]) {
      const { ImportId = '' } = await client.send(new StartImportCommand(newImport(eventDataStoreArn('eu-west-1', n))));
      fake.advance(ImportId, 'COMPLETED');
      earlier.push(ImportId);
    }

    fake.clock.advanceBy(MINUTE);
    const request = newImport();
    const started = await client.send(new StartImportCommand(request));
    expect(started).toMatchObject({
      Destinations: request.Destinations,
      ImportSource: request.ImportSource,
      StartEventTime: request.StartEventTime,
      EndEventTime: request.EndEventTime,
      ImportStatus: 'INITIALIZING',
      CreatedTimestamp: at(1),
      UpdatedTimestamp: at(1),
    });
    expect(started.StartEventTime).toBeInstanceOf(Date);
    expect(started.$metadata).toMatchObject({ httpStatusCode: 200, requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) as unknown });
    const importId = started.ImportId ?? '';

    await expect(client.send(new GetImportCommand({ ImportId: importId }))).resolves.toMatchObject({ ImportId: importId, ImportStatus: 'INITIALIZING' });

    fake.clock.advanceBy(MINUTE);
    fake.advance(importId, 'IN_PROGRESS', { statistics: { PrefixesFound: 3, FilesCompleted: 10 } });
    const running = await client.send(new GetImportCommand({ ImportId: importId }));
    expect(running).toMatchObject({ ImportStatus: 'IN_PROGRESS', CreatedTimestamp: at(1), UpdatedTimestamp: at(2) });
    expect(running.ImportStatistics).toMatchObject({ PrefixesFound: 3, FilesCompleted: 10 });

    // ListImports: every import over pages of two, then the filters.
    const pages = await collect(paginateListImports({ client, pageSize: 2 }, {}));
    expect(pages.map((page) => page.Imports?.length)).toEqual([2, 2, 1]);
    const listed = pages.flatMap((page) => page.Imports ?? []);
    expect(new Set(listed.map((item) => item.ImportId))).toEqual(new Set([...earlier, importId]));
    expect(listed.every((item: ImportsListItem) => item.CreatedTimestamp instanceof Date)).toBe(true);
    const inProgress = await client.send(new ListImportsCommand({ ImportStatus: 'IN_PROGRESS' }));
    expect(inProgress.Imports?.map((item) => item.ImportId)).toEqual([importId]);
    const intoSecond = await client.send(new ListImportsCommand({ Destination: eventDataStoreArn('eu-west-1', 2) }));
    expect(intoSecond.Imports?.map((item) => item.ImportId).sort()).toEqual(earlier.slice(2).sort());

    // It fails on three files; ListImportFailures pages through them.
    fake.clock.advanceBy(MINUTE);
    const failures = [1, 2, 3].map((n) => ({ Location: `s3://org-log-archive/AWSLogs/111122223333/CloudTrail/eu-west-1/2025/01/0${n}/file.json.gz`, ErrorType: 'AccessDenied' }));
    fake.advance(importId, 'FAILED', { failures });
    const failurePages = await collect(paginateListImportFailures({ client, pageSize: 2 }, { ImportId: importId }));
    const failed: ImportFailureListItem[] = failurePages.flatMap((page) => page.Failures ?? []);
    expect(failurePages).toHaveLength(2);
    expect(failed.map((f) => f.Location)).toEqual(failures.map((f) => f.Location));
    expect(failed[0]).toMatchObject({ Status: 'FAILED', ErrorType: 'AccessDenied', LastUpdatedTime: at(3) });

    // The retry: the same import, INITIALIZING again; then stopped.
    fake.clock.advanceBy(MINUTE);
    const retried = await client.send(new StartImportCommand({ ImportId: importId }));
    expect(retried).toMatchObject({ ImportId: importId, ImportStatus: 'INITIALIZING', Destinations: request.Destinations, UpdatedTimestamp: at(4) });
    const stopped = await client.send(new StopImportCommand({ ImportId: importId }));
    expect(stopped).toMatchObject({ ImportId: importId, ImportStatus: 'STOPPED' });
    await expect(client.send(new GetImportCommand({ ImportId: importId }))).resolves.toMatchObject({ ImportStatus: 'STOPPED', CreatedTimestamp: at(1) });
    expect(fake.imports()).toHaveLength(5);
  });

  it('answers from a fake of its own when given none, with every well-formed destination existing', async () => {
    server.use(...cloudTrailImportHandlers());
    const started = await client.send(new StartImportCommand(newImport()));
    expect(started.ImportStatus).toBe('INITIALIZING');
    await expect(client.send(new GetImportCommand({ ImportId: started.ImportId }))).resolves.toMatchObject({ ImportId: started.ImportId });
  });

  it('lets a test override the handlers of the file, msw-style, with server.use', async () => {
    server.use(...cloudTrailImportHandlers({ now: NOW }));
    const first = await client.send(new StartImportCommand(newImport()));
    server.use(...cloudTrailImportHandlers({ now: NOW }));
    const second = await client.send(new StartImportCommand(newImport()));
    // The newest handlers answer, from their own fake: the same first id, no ongoing import.
    expect(second.ImportId).toBe(first.ImportId);
  });
});
