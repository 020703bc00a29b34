/**
 * `importTrailHistory` against the fake import service itself: the fake has the aggregated
 * client's import methods, so the code under test takes it in place of `new CloudTrail(...)`.
 * The test drives the import's lifecycle from inside the poll loop.
 * In your project, import from 'cloudtrail-import-contract/fake'.
 */
import { AccountHasOngoingImportException, InvalidImportSourceException } from '@aws-sdk/client-cloudtrail';
import { describe, expect, it } from 'vitest';
import { createFakeCloudTrailImports, type FakeCloudTrailImports } from '../src/fake/index.js';
import { importTrailHistory, type PollOptions } from './import-trail-history.js';
import type { ImportPlan } from './start-import-builder.js';

const plan: ImportPlan = {
  eventDataStoreArn: 'arn:aws:cloudtrail:us-west-2:111122223333:eventdatastore/3f4e2d1c-0b9a-4876-9543-210fedcba987',
  bucket: 'org-log-archive',
  prefix: 'AWSLogs/111122223333/CloudTrail/',
  region: 'us-west-2',
  roleArn: 'arn:aws:iam::111122223333:role/CloudTrailLakeImport',
  from: new Date('2023-01-01T00:00:00Z'),
  to: new Date('2024-01-01T00:00:00Z'),
};

/** A poll loop whose waits move the import on, one scripted step per wait, and move the clock by the interval. */
function scripted(fake: FakeCloudTrailImports, steps: readonly ((importId: string) => void)[]): PollOptions {
  let step = 0;
  return {
    intervalMs: 60_000,
    sleep: (ms) => {
      const [record] = fake.imports();
      if (record !== undefined) steps[step]?.(record.ImportId);
      step += 1;
      fake.clock.advanceBy(ms);
      return Promise.resolve();
    },
  };
}

describe('importTrailHistory, with the fake import service', () => {
  it('returns the events imported once the import completes', async () => {
    const fake = createFakeCloudTrailImports({ now: '2025-01-01T00:00:00Z' });
    const poll = scripted(fake, [
      (id) => {
        fake.advance(id, 'IN_PROGRESS', { statistics: { PrefixesFound: 12 } });
      },
      (id) => {
        fake.advance(id, 'COMPLETED', { statistics: { PrefixesCompleted: 12, FilesCompleted: 3400, EventsCompleted: 125_000 } });
      },
    ]);
    await expect(importTrailHistory(fake, plan, poll)).resolves.toMatchObject({ status: 'COMPLETED', eventsImported: 125_000, failures: [] });
    const [record] = fake.imports();
    expect(record?.UpdatedTimestamp.toISOString()).toBe('2025-01-01T00:01:00.000Z');
  });

  it('lists the failures of a failed import', async () => {
    const fake = createFakeCloudTrailImports({ now: '2025-01-01T00:00:00Z' });
    const failure = { Location: 's3://org-log-archive/AWSLogs/111122223333/CloudTrail/us-west-2/2023/05/01/', ErrorType: 'AccessDenied', ErrorMessage: 'Access Denied' };
    const poll = scripted(fake, [(id) => { fake.advance(id, 'FAILED', { failures: [failure] }); }]);
    const outcome = await importTrailHistory(fake, plan, poll);
    expect(outcome.status).toBe('FAILED');
    expect(outcome.failures).toEqual([expect.objectContaining({ ...failure, Status: 'FAILED' })]);
  });

  it('is refused a second import while the first runs in the same account and Region', async () => {
    const fake = createFakeCloudTrailImports({ now: '2025-01-01T00:00:00Z' });
    await expect(importTrailHistory(fake, plan, { maxPolls: 1, sleep: () => Promise.resolve() })).rejects.toThrow(/still INITIALIZING/);
    await expect(importTrailHistory(fake, plan)).rejects.toBeInstanceOf(AccountHasOngoingImportException);
  });

  it('is refused a plan AWS would refuse, with the violations in the message', async () => {
    const fake = createFakeCloudTrailImports({ now: '2025-01-01T00:00:00Z' });
    const error: unknown = await importTrailHistory(fake, { ...plan, region: 'us-west2' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidImportSourceException);
    expect((error as Error).message).toContain('s3-bucket-region-invalid');
  });
});
