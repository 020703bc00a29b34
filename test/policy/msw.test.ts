import { OperationNotPermittedException, StartImportCommand } from '@aws-sdk/client-cloudtrail';
import { describe, expect, it } from 'vitest';
import { cloudTrailImportHandlers } from '../../src/msw/index.js';
import { cloudTrailClient, newImport, NOW, useServer } from '../msw/support.js';
import { policyOf } from './support.js';

const server = useServer();
const client = cloudTrailClient();

describe('cloudTrailImportHandlers with a policy', () => {
  it('answers a StartImport outside the policy with OperationNotPermittedException, as the SDK throws it', async () => {
    server.use(...cloudTrailImportHandlers({ now: NOW, policy: policyOf({ 'allowed-regions': { regions: ['us-east-1'] } }) }));
    const error: unknown = await client.send(new StartImportCommand(newImport())).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OperationNotPermittedException);
    expect((error as Error).message).toContain('policy/allowed-regions');
  });

  it('starts a StartImport within the policy', async () => {
    server.use(...cloudTrailImportHandlers({ now: NOW, policy: policyOf({ 'allowed-regions': { regions: ['eu-west-1'] } }) }));
    await expect(client.send(new StartImportCommand(newImport()))).resolves.toMatchObject({ ImportStatus: 'INITIALIZING' });
  });
});
