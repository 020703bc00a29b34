import { describe, expect, it, vi } from 'vitest';
import type * as Sdk from '../../src/contract/sdk.js';
import { createFakeCloudTrailImports } from '../../src/fake/index.js';
import { newRequest } from './helpers.js';

// As when @aws-sdk/client-cloudtrail, an optional peer dependency, is not installed.
vi.mock('../../src/contract/sdk.js', async (importOriginal) => ({
  ...(await importOriginal<typeof Sdk>()),
  clientException: (_client: unknown, who: string): never => {
    throw new Error(`${who} needs @aws-sdk/client-cloudtrail, which cannot be loaded: install it`);
  },
}));

describe('FakeCloudTrailImports sdk-shaped methods without the SDK', () => {
  it('reject with a plain Error of the exception name, with $fault and $metadata', async () => {
    const fake = createFakeCloudTrailImports();
    await fake.startImport(newRequest());
    const error = await fake.startImport(newRequest()).catch((caught: unknown) => caught);
    expect(Object.getPrototypeOf(error)).toBe(Error.prototype);
    expect(error).toMatchObject({ name: 'AccountHasOngoingImportException', $fault: 'client', $metadata: { httpStatusCode: 400 } });
    await expect(fake.getImport({ ImportId: '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b' })).rejects.toMatchObject({
      name: 'ImportNotFoundException',
      $metadata: { httpStatusCode: 404 },
    });
  });

  it('reject a 5xx error as a server fault, as the SDK would', async () => {
    const fake = createFakeCloudTrailImports();
    fake.failNext('StartImport', 'ServiceUnavailable');
    const error = await fake.startImport(newRequest()).catch((caught: unknown) => caught);
    expect(Object.getPrototypeOf(error)).toBe(Error.prototype);
    expect(error).toMatchObject({ name: 'ServiceUnavailable', $fault: 'server', $metadata: { httpStatusCode: 503 } });
  });
});
