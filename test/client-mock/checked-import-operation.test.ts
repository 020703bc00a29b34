import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import {
  CloudTrail,
  CloudTrailClient,
  GetImportCommand,
  ImportNotFoundException,
  InvalidNextTokenException,
  ListImportFailuresCommand,
  ListImportsCommand,
  StopImportCommand,
} from '@aws-sdk/client-cloudtrail';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, expectTypeOf, it } from 'vitest';
import { checkedImportOperation, ImportContractError, type AnswerableErrorOf } from '../../src/client-mock/index.js';
import { canAnswerWith, IMPORT_OPERATIONS, isCommonErrorName, OPERATION_ERRORS } from '../../src/contract/operations.js';
import { canLogsAnswerWith, LOGS_ERRORS } from '../../src/operations/logs/errors.js';

const cloudTrailMock = mockClient(CloudTrailClient);
const client = new CloudTrailClient({ region: 'us-east-1' });
afterEach(() => {
  cloudTrailMock.reset();
});

const IMPORT_ID = '6b9f1c2e-4a5d-4e3f-8a7b-1c2d3e4f5a6b';

function thrown(define: () => unknown): ImportContractError {
  try {
    define();
  } catch (error) {
    if (error instanceof ImportContractError) return error;
    throw error;
  }
  throw new Error('expected the definition to throw an ImportContractError');
}

describe('checkedImportOperation', () => {
  it('answers matching calls with a valid output, with $metadata', async () => {
    checkedImportOperation(cloudTrailMock, 'GetImport', { ImportId: IMPORT_ID }).resolves({ ImportId: IMPORT_ID, ImportStatus: 'COMPLETED' });
    await expect(client.send(new GetImportCommand({ ImportId: IMPORT_ID }))).resolves.toEqual({ $metadata: {}, ImportId: IMPORT_ID, ImportStatus: 'COMPLETED' });
    // An unmatched call gets no answer from the stub.
    expect(await client.send(new GetImportCommand({ ImportId: '00000000-0000-4000-8000-000000000000' }))).toBeUndefined();
  });

  it('answers through the aggregated client, once then every time', async () => {
    checkedImportOperation(cloudTrailMock, 'ListImports')
      .resolvesOnce({ Imports: [{ ImportId: IMPORT_ID, ImportStatus: 'FAILED' }], NextToken: 'next' })
      .resolves({ Imports: [] });
    const aggregated = new CloudTrail({ region: 'us-east-1' });
    await expect(aggregated.listImports({})).resolves.toMatchObject({ NextToken: 'next' });
    await expect(aggregated.listImports({ NextToken: 'next' })).resolves.toEqual({ $metadata: {}, Imports: [] });
  });

  it('refuses an output AWS would never give, naming every violation, and leaves the stub as it was', async () => {
    const error = thrown(() => checkedImportOperation(cloudTrailMock, 'ListImportFailures').resolves({ Failures: [{ Status: 'BROKEN' as never, LastUpdatedTime: '2024-01-01' as never }] }));
    expect(error.message).toMatchInlineSnapshot(`
      "checkedImportOperation(ListImportFailures): the mocked output is not a ListImportFailures response AWS would give:
      /Failures/0/LastUpdatedTime error timestamp-invalid: must be a Date (got the string '2024-01-01'; the SDK would send it as-is)
      /Failures/0/Status error response-failure-status-invalid: must be one of FAILED, RETRY, SUCCEEDED (got 'BROKEN')"
    `);
    expect(error.violations.map((v) => v.code)).toContain('response-failure-status-invalid');
    expect(cloudTrailMock.commandCalls(ListImportFailuresCommand)).toEqual([]);
    expect(await client.send(new ListImportFailuresCommand({ ImportId: IMPORT_ID }))).toBeUndefined();
  });

  it('rejects with a modeled exception of the operation, and refuses one it cannot answer with', async () => {
    checkedImportOperation(cloudTrailMock, 'ListImports').rejectsWith('InvalidNextTokenException');
    await expect(client.send(new ListImportsCommand({ NextToken: 'gone' }))).rejects.toBeInstanceOf(InvalidNextTokenException);
    // The type refuses it too (AnswerableErrorOf<'StopImport'>); a JavaScript caller meets the check at run time.
    // @ts-expect-error -- StopImport is not modeled to answer with InvalidNextTokenException
    const error = thrown(() => checkedImportOperation(cloudTrailMock, 'StopImport').rejectsWith('InvalidNextTokenException'));
    expect(error.message).toMatchInlineSnapshot(`
      "checkedImportOperation(StopImport): the mocked error is not one StopImport can answer with:
      /name error error-not-modeled: must be one of StopImport's 4 modeled exceptions or AWS's common errors (got 'InvalidNextTokenException')"
    `);
    expect(() => checkedImportOperation(cloudTrailMock, 'GetImport').rejects(new Error('boom'))).toThrow(ImportContractError);
  });

  it.each(['toString', 'valueOf', 'hasOwnProperty'])('refuses rejectsWith(%j), a name Object.prototype lends, for CloudTrail and CloudWatch Logs operations', (name) => {
    expect(() => checkedImportOperation(cloudTrailMock, 'GetImport').rejectsWith(name as never)).toThrow(ImportContractError);
    expect(() => checkedImportOperation(mockClient(CloudWatchLogsClient), 'CancelImportTask').rejectsWith(name as never)).toThrow(ImportContractError);
  });

  it('refuses an exception answered with another HTTP status than its own', () => {
    const wrong = new ImportNotFoundException({ message: 'not found', $metadata: { httpStatusCode: 400 } });
    expect(thrown(() => checkedImportOperation(cloudTrailMock, 'StopImport').rejectsOnce(wrong)).violations.map((v) => v.code)).toEqual(['error-status-mismatch']);
  });

  it('rejects once with an error of the operation, then answers', async () => {
    checkedImportOperation(cloudTrailMock, 'StopImport')
      .rejectsOnce(new ImportNotFoundException({ message: 'not found', $metadata: { httpStatusCode: 404 } }))
      .resolves({ ImportId: IMPORT_ID, ImportStatus: 'STOPPED' });
    await expect(client.send(new StopImportCommand({ ImportId: IMPORT_ID }))).rejects.toBeInstanceOf(ImportNotFoundException);
    await expect(client.send(new StopImportCommand({ ImportId: IMPORT_ID }))).resolves.toMatchObject({ ImportStatus: 'STOPPED' });
  });

  it('throws a TypeError for StartImport or an unknown operation', () => {
    expect(() => checkedImportOperation(cloudTrailMock, 'StartImport' as 'GetImport')).toThrow(TypeError);
    expect(() => checkedImportOperation(cloudTrailMock, 'DescribeImport' as 'GetImport')).toThrow(
      "checkedImportOperation: the string 'DescribeImport' is not an operation it answers (GetImport, ListImports, StopImport, ListImportFailures, CreateImportTask, DescribeImportTasks, DescribeImportTaskBatches, CancelImportTask); StartImport has checkedStartImport",
    );
  });
});

describe('AnswerableErrorOf', () => {
  it('is the operation’s own modeled errors and AWS’s common errors, what rejectsWith accepts at run time', () => {
    expectTypeOf<'InvalidNextTokenException'>().toExtend<AnswerableErrorOf<'ListImports'>>();
    expectTypeOf<'InvalidNextTokenException'>().toExtend<AnswerableErrorOf<'ListImportFailures'>>();
    expectTypeOf<'InvalidNextTokenException'>().not.toExtend<AnswerableErrorOf<'GetImport'>>();
    expectTypeOf<'InvalidNextTokenException'>().not.toExtend<AnswerableErrorOf<'StopImport'>>();
    expectTypeOf<'ImportNotFoundException' | 'ThrottlingException'>().toExtend<AnswerableErrorOf<'StopImport'>>();
    expectTypeOf<'ImportNotFoundException'>().not.toExtend<AnswerableErrorOf<'ListImports'>>();
    expectTypeOf<'ConflictException' | 'ResourceNotFoundException'>().toExtend<AnswerableErrorOf<'CreateImportTask'>>();
    expectTypeOf<'ImportNotFoundException'>().not.toExtend<AnswerableErrorOf<'CancelImportTask'>>();
    // The types' lists are the runtime's: each operation's modeled errors are answerable, nothing else of the model is.
    for (const operation of IMPORT_OPERATIONS) {
      for (const name of Object.values(OPERATION_ERRORS).flat()) expect(canAnswerWith(operation, name)).toBe(OPERATION_ERRORS[operation].includes(name) || isCommonErrorName(name));
    }
    expect(canLogsAnswerWith('CancelImportTask', 'ConflictException')).toBe(false);
    expect(Object.keys(LOGS_ERRORS)).toContain('ConflictException');
  });
});
