/**
 * AWS's common errors through the handlers, as a real CloudTrailClient meets them: the SDK's own
 * retry strategy retries ThrottlingException, InternalFailure and ServiceUnavailable and then
 * succeeds, while an error it classifies as the caller's (AccessDeniedException) is not retried.
 * The back-off is made zero (ConfiguredRetryStrategy, the SDK's StandardRetryStrategy with a
 * chosen delay) so the test waits for nothing; which errors are retried stays the SDK's decision.
 */
import { CloudTrailServiceException, GetImportCommand, StartImportCommand } from '@aws-sdk/client-cloudtrail';
import { ConfiguredRetryStrategy } from '@smithy/core/retry';
import { describe, expect, it } from 'vitest';
import { createFakeCloudTrailImports } from '../../src/fake/index.js';
import { cloudTrailImportHandlers, createImportRecorder, type ImportExchangeRecorder } from '../../src/msw/index.js';
import { cloudTrailClient, newImport, NOW, useServer } from './support.js';

const server = useServer();
const client = cloudTrailClient({ retryStrategy: new ConfiguredRetryStrategy(3, () => 0) });

function serve(): { fake: ReturnType<typeof createFakeCloudTrailImports>; recorder: ImportExchangeRecorder } {
  const fake = createFakeCloudTrailImports({ now: NOW });
  const recorder = createImportRecorder();
  server.use(...cloudTrailImportHandlers({ fake, recorder }));
  return { fake, recorder };
}

describe("cloudTrailImportHandlers with AWS's common errors", () => {
  it.each([
    ['ThrottlingException', 400],
    ['InternalFailure', 500],
    ['ServiceUnavailable', 503],
  ] as const)('answers %s (HTTP %i) twice, and the SDK retries until the third request succeeds', async (name, status) => {
    const { fake, recorder } = serve();
    fake.failNext('StartImport', name);
    fake.failNext('StartImport', name);
    const output = await client.send(new StartImportCommand(newImport()));
    expect(output.ImportStatus).toBe('INITIALIZING');
    expect(output.$metadata.attempts).toBe(3);
    expect(recorder.of('StartImport').map((exchange) => exchange.status)).toEqual([status, status, 200]);
    expect(recorder.exchanges[0]?.responseBody).toMatchObject({ __type: name });
    expect(fake.imports()).toHaveLength(1);
  });

  it('gives up after the attempts the client allows, throwing the last error with its status', async () => {
    const { fake, recorder } = serve();
    for (let i = 0; i < 3; i += 1) fake.failNext('GetImport', 'ServiceUnavailable');
    const error: unknown = await client.send(new GetImportCommand({ ImportId: '6a1d3e5f-8b2c-4d7e-9f0a-1b2c3d4e5f60' })).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(CloudTrailServiceException);
    expect(error).toMatchObject({ name: 'ServiceUnavailable', $fault: 'server', $metadata: { httpStatusCode: 503, attempts: 3 } });
    expect(recorder.exchanges).toHaveLength(3);
  });

  it('does not retry AccessDeniedException, an error of the caller', async () => {
    const { fake, recorder } = serve();
    fake.failNext('StartImport', 'AccessDeniedException');
    await expect(client.send(new StartImportCommand(newImport()))).rejects.toMatchObject({ name: 'AccessDeniedException', $metadata: { httpStatusCode: 400, attempts: 1 } });
    expect(recorder.exchanges).toHaveLength(1);
    expect(fake.imports()).toHaveLength(0);
  });
});
