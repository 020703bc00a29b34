/**
 * cloudTrailImportHandlers(fake, { recorder }): the CloudTrail handlers also take a fake first, as
 * the CloudWatch Logs handlers are called. Before, a fake given so was read as the options to make
 * another fake from (its methods no option), and the handlers answered from a fake the test never
 * saw: its imports, `advance` and `failNext` had no effect.
 */
import { GetImportCommand, StartImportCommand } from '@aws-sdk/client-cloudtrail';
import { describe, expect, it } from 'vitest';
import { createFakeCloudTrailImports } from '../../src/fake/index.js';
import { cloudTrailImportHandlers, createImportRecorder, createLogsImportRecorder } from '../../src/msw/index.js';
import { ACCOUNT, cloudTrailClient, newImport, NOW, useServer } from './support.js';

const server = useServer();

describe('cloudTrailImportHandlers(fake, options?)', () => {
  it('answers from the fake given first, and records with the recorder beside it', async () => {
    const fake = createFakeCloudTrailImports({ accountId: ACCOUNT, region: 'eu-west-1', now: NOW });
    const recorder = createImportRecorder();
    server.use(...cloudTrailImportHandlers(fake, { recorder }));
    const client = cloudTrailClient();
    const { ImportId } = await client.send(new StartImportCommand(newImport()));
    expect(ImportId).toBeDefined();
    fake.advance(ImportId as string, 'COMPLETED');
    expect((await client.send(new GetImportCommand({ ImportId }))).ImportStatus).toBe('COMPLETED');
    expect(recorder.exchanges.map((exchange) => [exchange.operation, exchange.status])).toEqual([
      ['StartImport', 200],
      ['GetImport', 200],
    ]);
  });

  it('answers from the fake given first with no options, as from { fake }', async () => {
    const fake = createFakeCloudTrailImports({ accountId: ACCOUNT, region: 'eu-west-1', now: NOW });
    fake.failNext('StartImport', 'ThrottlingException');
    server.use(...cloudTrailImportHandlers(fake));
    await expect(cloudTrailClient().send(new StartImportCommand(newImport()))).rejects.toMatchObject({ name: 'ThrottlingException' });
  });

  it('refuses, naming what is wrong, options beside a fake that are not { recorder }, and a second argument after options', () => {
    const fake = createFakeCloudTrailImports();
    expect(() => cloudTrailImportHandlers(fake, { now: NOW } as never)).toThrow('cloudTrailImportHandlers: beside a fake, the options take only recorder (got now)');
    expect(() => cloudTrailImportHandlers(fake, null as never)).toThrow('cloudTrailImportHandlers: options must be an object (got null)');
    expect(() => cloudTrailImportHandlers(fake, { recorder: createLogsImportRecorder() as never })).toThrow(/options\.recorder must be a recorder made by createImportRecorder/);
    // From JavaScript (TypeScript's overloads refuse it): options, then a second argument.
    const untyped = cloudTrailImportHandlers as (first: unknown, second: unknown) => unknown;
    expect(() => untyped({ fake }, { recorder: createImportRecorder() })).toThrow(/a second argument \(\{ recorder \}\) goes beside a fake given first/);
  });
});
