/**
 * AWS's common errors and the account Lake no longer takes, as the fake answers them: queued with
 * `failNext` on any operation with their listed statuses, and, opt in, every operation refused.
 */
import { CloudTrailServiceException, OperationNotPermittedException, ThrottlingException } from '@aws-sdk/client-cloudtrail';
import { describe, expect, it } from 'vitest';
import { type ExceptionName, IMPORT_OPERATIONS } from '../../src/contract/operations.js';
import { createFakeCloudTrailImports, type FakeCloudTrailImportsOptions } from '../../src/fake/index.js';
import { DOCUMENTED_COMMON_ERRORS } from '../support/common-errors.js';
import { errorOf, idOf, newRequest, NOW } from './helpers.js';

describe("FakeCloudTrailImports.failNext with AWS's common errors", () => {
  it.each(DOCUMENTED_COMMON_ERRORS)('answers %s with HTTP %i on every operation', (name, status) => {
    const fake = createFakeCloudTrailImports();
    for (const operation of IMPORT_OPERATIONS) {
      fake.failNext(operation, name);
      expect(errorOf(fake.handle(operation, {}))).toMatchObject({ name, status, violations: [] });
    }
  });

  it("rejects the sdk-shaped call with the SDK's class, or its service exception of that name, a server fault for a 5xx", async () => {
    const fake = createFakeCloudTrailImports({ now: NOW });
    fake.failNext('StartImport', 'ThrottlingException');
    fake.failNext('StartImport', 'InternalFailure');
    await expect(fake.startImport(newRequest())).rejects.toBeInstanceOf(ThrottlingException);
    const failure: unknown = await fake.startImport(newRequest()).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(CloudTrailServiceException);
    expect(failure).toMatchObject({ name: 'InternalFailure', $fault: 'server', $metadata: { httpStatusCode: 500 } });
  });

  it('still refuses a name no AWS service answers', () => {
    expect(() => {
      createFakeCloudTrailImports().failNext('StartImport', 'ThrottlingError' as ExceptionName);
    }).toThrow(/'ThrottlingError' is not an exception of the import operations/);
  });
});

describe('createFakeCloudTrailImports({ closedToNewCustomers })', () => {
  it('refuses every import operation as Lake refuses an account it no longer takes', () => {
    const fake = createFakeCloudTrailImports({ closedToNewCustomers: true });
    for (const operation of IMPORT_OPERATIONS) {
      expect(errorOf(fake.handle(operation, operation === 'StartImport' ? newRequest() : {}))).toEqual({
        name: 'OperationNotPermittedException',
        message: 'CloudTrail Lake is no longer accepting new customers.',
        status: 400,
        violations: [],
      });
    }
    expect(fake.imports()).toEqual([]);
  });

  it("rejects the sdk-shaped call with the SDK's OperationNotPermittedException", async () => {
    await expect(createFakeCloudTrailImports({ closedToNewCustomers: true }).startImport(newRequest())).rejects.toBeInstanceOf(OperationNotPermittedException);
  });

  it('answers queued faults first, and is off by default', () => {
    const closed = createFakeCloudTrailImports({ closedToNewCustomers: true });
    closed.failNext('StartImport', 'ServiceUnavailable');
    expect(errorOf(closed.handle('StartImport', newRequest())).name).toBe('ServiceUnavailable');
    expect(errorOf(closed.handle('StartImport', newRequest())).name).toBe('OperationNotPermittedException');
    expect(idOf(createFakeCloudTrailImports().handle('StartImport', newRequest()))).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('throws a TypeError for a value that is not a boolean', () => {
    expect(() => createFakeCloudTrailImports({ closedToNewCustomers: 'yes' } as unknown as FakeCloudTrailImportsOptions)).toThrow(
      "options.closedToNewCustomers must be a boolean (got the string 'yes')",
    );
  });
});
