import {
  AccountHasOngoingImportException,
  CloudTrailServiceException,
  EventDataStoreNotFoundException,
  ImportNotFoundException,
  InvalidParameterException,
} from '@aws-sdk/client-cloudtrail';
import { describe, expect, it } from 'vitest';
import { EXCEPTION_MESSAGES, type ExceptionName, type ImportOperation } from '../../src/contract/operations.js';
import { createFakeCloudTrailImports } from '../../src/fake/index.js';
import { errorOf, idOf, NOW, newRequest, outputOf, storeArn, OTHER_STORE_ID } from './helpers.js';

describe('FakeCloudTrailImports.failNext', () => {
  it("answers the next call of the operation with the exception and its model message, before validating", () => {
    const fake = createFakeCloudTrailImports();
    fake.failNext('StartImport', 'InsufficientEncryptionPolicyException');
    expect(errorOf(fake.handle('StartImport', 'not even a request'))).toEqual({
      name: 'InsufficientEncryptionPolicyException',
      message: EXCEPTION_MESSAGES.InsufficientEncryptionPolicyException,
      status: 400,
      violations: [],
    });
    expect(errorOf(fake.handle('StartImport', 'not even a request')).name).toBe('InvalidParameterException');
  });

  it('queues faults per operation, first queued first answered, and consumes nothing else', () => {
    const fake = createFakeCloudTrailImports();
    fake.failNext('GetImport', 'OperationNotPermittedException', 'first');
    fake.failNext('GetImport', 'ImportNotFoundException', 'second');
    fake.failNext('StartImport', 'UnsupportedOperationException');
    fake.failNext('ListImports', 'InvalidParameterException');
    expect(errorOf(fake.handle('StartImport', newRequest())).name).toBe('UnsupportedOperationException');
    const id = idOf(fake.handle('StartImport', newRequest()));
    expect(fake.imports()).toHaveLength(1);
    expect(errorOf(fake.handle('GetImport', { ImportId: id }))).toMatchObject({ name: 'OperationNotPermittedException', message: 'first' });
    expect(errorOf(fake.handle('GetImport', { ImportId: id }))).toMatchObject({ name: 'ImportNotFoundException', message: 'second', status: 404 });
    expect(outputOf(fake.handle('GetImport', { ImportId: id }))['ImportId']).toBe(id);
    expect(errorOf(fake.handle('ListImports', {})).name).toBe('InvalidParameterException');
  });

  it('allows any exception of the import operations, also one the model does not list for that operation', () => {
    const fake = createFakeCloudTrailImports();
    fake.failNext('ListImportFailures', 'AccountHasOngoingImportException');
    fake.failNext('StopImport', 'SerializationException');
    expect(errorOf(fake.handle('ListImportFailures', {})).name).toBe('AccountHasOngoingImportException');
    expect(errorOf(fake.handle('StopImport', {})).name).toBe('SerializationException');
  });

  it('throws a TypeError for an unknown exception name or operation', () => {
    const fake = createFakeCloudTrailImports();
    expect(() => {
      fake.failNext('StartImport', 'ValidationException' as ExceptionName);
    }).toThrow(/'ValidationException' is not an exception of the import operations/);
    expect(() => {
      fake.failNext('DescribeImport' as ImportOperation, 'InvalidParameterException');
    }).toThrow(/'DescribeImport' is not an import operation/);
  });
});

describe('FakeCloudTrailImports.handle', () => {
  it('answers an operation it does not know with UnknownOperationException', () => {
    expect(errorOf(createFakeCloudTrailImports().handle('DescribeImport' as ImportOperation, {})).name).toBe('UnknownOperationException');
  });

  it('throws a TypeError for a shape other than sdk or wire', () => {
    expect(() => createFakeCloudTrailImports().handle('ListImports', {}, { shape: 'cli' as 'sdk' })).toThrow(/options\.shape must be 'sdk' or 'wire'/);
  });
});

describe('FakeCloudTrailImports sdk-shaped methods', () => {
  it('resolve with the output', async () => {
    const fake = createFakeCloudTrailImports({ now: NOW });
    const started = await fake.startImport(newRequest());
    expect(started).toMatchObject({ ImportStatus: 'INITIALIZING', CreatedTimestamp: NOW });
    const ImportId = started.ImportId;
    expect(await fake.getImport({ ImportId })).toMatchObject({ ImportId, ImportStatistics: { EventsCompleted: 0 } });
    expect(await fake.listImports()).toMatchObject({ Imports: [{ ImportId }] });
    expect(await fake.stopImport({ ImportId })).toMatchObject({ ImportStatus: 'STOPPED' });
    expect(await fake.listImportFailures({ ImportId })).toEqual({ Failures: [] });
  });

  it("reject with the SDK's own exception classes and the model's HTTP status", async () => {
    const fake = createFakeCloudTrailImports({ eventDataStores: [{ eventDataStore: storeArn() }] });
    const invalid = await fake.startImport({ ImportId: 'x' }).catch((error: unknown) => error);
    expect(invalid).toBeInstanceOf(InvalidParameterException);
    expect(invalid).toMatchObject({ name: 'InvalidParameterException', $fault: 'client', $metadata: { httpStatusCode: 400 } });
    expect((invalid as Error).message).toMatch(/\/ImportId error import-id-invalid/);
    const missing = await fake.startImport(newRequest(storeArn(OTHER_STORE_ID))).catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(EventDataStoreNotFoundException);
    expect(missing).toMatchObject({ $metadata: { httpStatusCode: 404 } });
    await expect(fake.getImport({ ImportId: '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b' })).rejects.toBeInstanceOf(ImportNotFoundException);
  });

  it('reject a protocol fault with a CloudTrailServiceException of that name', async () => {
    const fake = createFakeCloudTrailImports();
    fake.failNext('ListImports', 'SerializationException');
    const error = await fake.listImports({}).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CloudTrailServiceException);
    expect(error).toMatchObject({ name: 'SerializationException', $metadata: { httpStatusCode: 400 } });
  });

  it('give exactly one success to 20 StartImports sent in parallel to one account and Region, and 19 AccountHasOngoingImportException', async () => {
    const fake = createFakeCloudTrailImports();
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => fake.startImport(newRequest()).then((output) => output, (error: unknown) => error)));
    const failures = outcomes.filter((outcome) => outcome instanceof Error);
    expect(outcomes.length - failures.length).toBe(1);
    expect(failures).toHaveLength(19);
    for (const failure of failures) expect(failure).toBeInstanceOf(AccountHasOngoingImportException);
    expect(fake.imports()).toHaveLength(1);
  });
});

describe('FakeCloudTrailImports snapshots and outputs', () => {
  it('shares no mutable object with its state', () => {
    const fake = createFakeCloudTrailImports({ now: NOW });
    const request = newRequest();
    const output = outputOf(fake.handle('StartImport', request)) as { ImportId: string; Destinations: string[]; ImportSource: { S3: { S3BucketRegion: string } }; CreatedTimestamp: Date };
    output.Destinations.push('changed');
    output.ImportSource.S3.S3BucketRegion = 'changed';
    output.CreatedTimestamp.setTime(0);
    request.Destinations?.push('changed');
    const record = fake.getRecord(output.ImportId);
    (record?.ImportStatistics as { EventsCompleted: number }).EventsCompleted = 99;
    (fake.imports()[0]?.Destinations as string[]).push('changed');
    expect(outputOf(fake.handle('GetImport', { ImportId: output.ImportId }))).toMatchObject({
      Destinations: [storeArn()],
      ImportSource: { S3: { S3BucketRegion: 'us-east-1' } },
      CreatedTimestamp: NOW,
      ImportStatistics: { EventsCompleted: 0 },
    });
  });

  it('answers getRecord for an unknown id with undefined', () => {
    expect(createFakeCloudTrailImports().getRecord('4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b')).toBeUndefined();
  });

  it('throws a TypeError naming a malformed option', () => {
    expect(() => createFakeCloudTrailImports({ accountId: '1234' })).toThrow(/options\.accountId must be a 12-digit account id/);
    expect(() => createFakeCloudTrailImports({ region: 'US-EAST-1' })).toThrow(/options\.region must be an AWS Region code/);
    expect(() => createFakeCloudTrailImports({ importIds: 'abc' as unknown as () => string })).toThrow(/options\.importIds must be a function/);
  });
});
