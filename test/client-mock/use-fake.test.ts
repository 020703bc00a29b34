import {
  CloudTrail,
  CloudTrailClient,
  GetImportCommand,
  ImportNotFoundException,
  InvalidParameterException,
  ListImportFailuresCommand,
  ListImportsCommand,
  StartImportCommand,
  StopImportCommand,
} from '@aws-sdk/client-cloudtrail';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { useFakeCloudTrailImports } from '../../src/client-mock/index.js';
import { createFakeCloudTrailImports } from '../../src/fake/index.js';
import { input } from './support.js';

const cloudTrailMock = mockClient(CloudTrailClient);
const client = new CloudTrailClient({ region: 'us-east-1' });
afterEach(() => {
  cloudTrailMock.reset();
});


describe('useFakeCloudTrailImports', () => {
  it('runs the five import commands through the fake, across the lifecycle', async () => {
    const fake = useFakeCloudTrailImports(cloudTrailMock, createFakeCloudTrailImports({ now: '2025-01-01T00:00:00Z' }));
    const started = await client.send(new StartImportCommand(input));
    expect(started).toMatchObject({ ImportStatus: 'INITIALIZING', Destinations: input.Destinations, StartEventTime: input.StartEventTime });
    expect(started.$metadata).toMatchObject({ httpStatusCode: 200 });
    const importId = started.ImportId ?? '';
    expect(fake.getRecord(importId)?.ImportStatus).toBe('INITIALIZING');

    fake.advance(importId, 'FAILED', { failures: [{ Location: 's3://log-archive/AWSLogs/123456789012/CloudTrail/us-east-1/2024/01/02/' }] });
    await expect(client.send(new GetImportCommand({ ImportId: importId }))).resolves.toMatchObject({ ImportStatus: 'FAILED', ImportStatistics: { FailedEntries: 1 } });
    await expect(client.send(new ListImportsCommand({ ImportStatus: 'FAILED' }))).resolves.toMatchObject({ Imports: [{ ImportId: importId }] });
    await expect(client.send(new ListImportFailuresCommand({ ImportId: importId }))).resolves.toMatchObject({ Failures: [{ Status: 'FAILED' }] });
    await expect(client.send(new StartImportCommand({ ImportId: importId }))).resolves.toMatchObject({ ImportId: importId, ImportStatus: 'INITIALIZING' });
    await expect(client.send(new StopImportCommand({ ImportId: importId }))).resolves.toMatchObject({ ImportStatus: 'STOPPED' });
  });

  it("rejects with the SDK's own exception classes and the model's HTTP status", async () => {
    useFakeCloudTrailImports(cloudTrailMock);
    const notFound: unknown = await client.send(new GetImportCommand({ ImportId: '00000000-0000-4000-8000-000000000000' })).catch((e: unknown) => e);
    expect(notFound).toBeInstanceOf(ImportNotFoundException);
    expect(notFound).toMatchObject({ $metadata: { httpStatusCode: 404 } });
    const invalid: unknown = await client.send(new StartImportCommand({ ...input, StartEventTime: '2024-01-01' as unknown as Date })).catch((e: unknown) => e);
    expect(invalid).toBeInstanceOf(InvalidParameterException);
    expect((invalid as Error).message).toContain('/StartEventTime error timestamp-invalid');
  });

  it('serves the aggregated CloudTrail client too', async () => {
    useFakeCloudTrailImports(cloudTrailMock);
    const cloudTrail = new CloudTrail({ region: 'us-east-1' });
    const { ImportId } = await cloudTrail.startImport(input);
    await expect(cloudTrail.getImport({ ImportId })).resolves.toMatchObject({ ImportId, ImportStatus: 'INITIALIZING' });
  });

  it('creates a fake when none is given, and returns it', async () => {
    const fake = useFakeCloudTrailImports(cloudTrailMock);
    await client.send(new StartImportCommand(input));
    expect(fake.imports()).toHaveLength(1);
  });

  it('never resets the stub: earlier calls stay recorded, and answers pinned afterwards for a specific input win', async () => {
    await client.send(new ListImportsCommand({}));
    useFakeCloudTrailImports(cloudTrailMock);
    cloudTrailMock.on(GetImportCommand, { ImportId: 'pinned-by-the-test' }).resolves({ ImportId: 'pinned-by-the-test', ImportStatus: 'COMPLETED' });
    await expect(client.send(new GetImportCommand({ ImportId: 'pinned-by-the-test' }))).resolves.toMatchObject({ ImportStatus: 'COMPLETED' });
    await expect(client.send(new GetImportCommand({ ImportId: '00000000-0000-4000-8000-000000000000' }))).rejects.toBeInstanceOf(ImportNotFoundException);
    expect(cloudTrailMock.commandCalls(ListImportsCommand)).toHaveLength(1);
  });
});
