import { describe, expect, it, vi } from 'vitest';
import type * as Sdk from '../../src/contract/sdk.js';
import { createLogsImportFake } from '../../src/fake/index.js';
import { NOW } from './logs-helpers.js';

// As when @aws-sdk/client-cloudwatch-logs, an optional peer dependency, is not installed.
vi.mock('../../src/contract/sdk.js', async (importOriginal) => ({
  ...(await importOriginal<typeof Sdk>()),
  clientException: (_client: unknown, who: string): never => {
    throw new Error(`${who} needs @aws-sdk/client-cloudwatch-logs, which cannot be loaded: install it`);
  },
}));

describe('createLogsImportFake: its promise methods without the SDK', () => {
  it('reject with a plain Error of the exception name, with $fault and $metadata', async () => {
    const fake = createLogsImportFake({ now: NOW });
    const error: unknown = await fake.cancelImportTask({ importId: 'no-such-task' }).catch((caught: unknown) => caught);
    expect(Object.getPrototypeOf(error)).toBe(Error.prototype);
    expect(error).toMatchObject({ name: 'ResourceNotFoundException', $fault: 'client', $metadata: { httpStatusCode: 400 } });
  });

  it('reject a 5xx error as a server fault', async () => {
    const fake = createLogsImportFake({ now: NOW });
    fake.failNext('CancelImportTask', 'InternalFailure');
    await expect(fake.cancelImportTask({ importId: 'x' })).rejects.toMatchObject({ name: 'InternalFailure', $fault: 'server', $metadata: { httpStatusCode: 500 } });
  });
});
