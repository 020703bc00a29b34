import {
  AccessDeniedException,
  AccountHasOngoingImportException,
  CloudTrailClient,
  CloudTrailServiceException,
  GetImportCommand,
  InvalidParameterException,
  StartImportCommand,
  ThrottlingException,
  type StartImportCommandInput,
} from '@aws-sdk/client-cloudtrail';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { checkedStartImport, StartImportContractError, type MockedStartImportOutput } from '../../src/client-mock/index.js';
import { loadFixtures } from '../support/fixtures.js';
import { toSdkShape } from '../support/shapes.js';
import { input } from './support.js';

const cloudTrailMock = mockClient(CloudTrailClient);
const client = new CloudTrailClient({ region: 'us-east-1' });
afterEach(() => {
  cloudTrailMock.reset();
});

const output: MockedStartImportOutput = {
  ...input,
  ImportId: '6b9f1c2e-4a5d-4e3f-8a7b-1c2d3e4f5a6b',
  ImportStatus: 'INITIALIZING',
  CreatedTimestamp: new Date('2024-03-01T00:00:00Z'),
  UpdatedTimestamp: new Date('2024-03-01T00:00:00Z'),
};

function thrown(define: () => unknown): StartImportContractError {
  try {
    define();
  } catch (error) {
    if (error instanceof StartImportContractError) return error;
    throw error;
  }
  throw new Error('expected the definition to throw a StartImportContractError');
}

describe('checkedStartImport', () => {
  describe('resolves', () => {
    it('answers StartImport with an output the contract accepts', async () => {
      checkedStartImport(cloudTrailMock, input).resolves(output);
      await expect(client.send(new StartImportCommand(input))).resolves.toMatchObject({ ImportId: output.ImportId, ImportStatus: 'INITIALIZING' });
    });

    it.each(loadFixtures().filter((f) => f.kind === 'responses' && !Array.isArray(f.document)).map((f) => [f.name, f] as const))(
      'accepts or refuses the response fixture %s as the validator judges it',
      (_name, fixture) => {
        const mocked = toSdkShape(fixture.document) as MockedStartImportOutput;
        const request = fixture.request === undefined ? undefined : (toSdkShape(fixture.request) as StartImportCommandInput);
        const define = (): unknown => checkedStartImport(cloudTrailMock, request).resolves(mocked);
        if (fixture.valid) {
          expect(define).not.toThrow();
        } else {
          const error = thrown(define);
          const firstError = fixture.expected.find((e) => e.severity === 'error');
          expect(error.message).toContain(firstError?.code);
          expect(error.violations.map((v) => v.code)).toContain(firstError?.code);
        }
      },
    );

    it('refuses, when the mock is defined, an output that does not echo the input', () => {
      const error = thrown(() => checkedStartImport(cloudTrailMock, input).resolves({ ...output, EndEventTime: new Date('2024-03-01T00:00:00Z') }));
      expect(error.message).toMatchInlineSnapshot(`
        "checkedStartImport: the mocked output is not a StartImport response AWS would give to this input:
        /EndEventTime error response-mismatch-request: must echo the request's EndEventTime [assumed]"
      `);
      expect(cloudTrailMock.commandCalls(StartImportCommand)).toHaveLength(0);
    });

    it('refuses a string timestamp, which the real client would never return', () => {
      const error = thrown(() => checkedStartImport(cloudTrailMock).resolves({ ...output, CreatedTimestamp: '2024-03-01' as unknown as Date }));
      expect(error.violations.map((v) => `${v.code} ${v.path}`)).toEqual(['timestamp-invalid /CreatedTimestamp']);
    });

    it('reads the mocked output as SDK output: refuses one whose timestamps are all strings', () => {
      const stamps = { CreatedTimestamp: '2024-03-01T00:00:00Z', UpdatedTimestamp: '2024-03-01T00:00:00Z' } as unknown as Pick<MockedStartImportOutput, 'CreatedTimestamp' | 'UpdatedTimestamp'>;
      const error = thrown(() => checkedStartImport(cloudTrailMock).resolves({ ImportId: output.ImportId, ImportStatus: 'INITIALIZING', ...stamps }));
      expect(error.violations.map((v) => `${v.code} ${v.path}`)).toEqual(['timestamp-invalid /CreatedTimestamp', 'timestamp-invalid /UpdatedTimestamp']);
    });

    it('answers successive calls with resolvesOnce, each checked', async () => {
      const second = { ...output, ImportId: '7c0a2d3f-5b6e-4f40-9b8c-2d3e4f5a6b7c' };
      checkedStartImport(cloudTrailMock).resolvesOnce(output).resolvesOnce(second);
      await expect(client.send(new StartImportCommand(input))).resolves.toMatchObject({ ImportId: output.ImportId });
      await expect(client.send(new StartImportCommand(input))).resolves.toMatchObject({ ImportId: second.ImportId });
      expect(() => checkedStartImport(cloudTrailMock).resolvesOnce({ ...output, ImportStatus: 'DONE' as 'COMPLETED' })).toThrow(/response-import-status-invalid/);
    });
  });

  describe('rejects', () => {
    it("rejects with the SDK's own exception class, by name", async () => {
      checkedStartImport(cloudTrailMock).rejectsWith('AccountHasOngoingImportException');
      const error: unknown = await client.send(new StartImportCommand(input)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AccountHasOngoingImportException);
      expect(error).toMatchObject({ $metadata: { httpStatusCode: 400 } });
    });

    it('accepts a modeled exception instance', async () => {
      const exception = new InvalidParameterException({ message: 'The request includes a parameter that is not valid.', $metadata: { httpStatusCode: 400 } });
      checkedStartImport(cloudTrailMock).rejects(exception);
      await expect(client.send(new StartImportCommand(input))).rejects.toBe(exception);
    });

    it('refuses a plain Error, which the code under test could never tell apart from a modeled one', () => {
      const error = thrown(() => checkedStartImport(cloudTrailMock).rejects(new Error('boom')));
      expect(error.message).toMatchInlineSnapshot(`
        "checkedStartImport: the mocked error is not one StartImport can answer with:
        /name error error-not-modeled: must be one of StartImport's 12 modeled exceptions or AWS's common errors (got 'Error')"
      `);
    });

    it("accepts AWS's common errors, which every operation can answer: the SDK's classes and its service exception", async () => {
      const throttled = new ThrottlingException({ message: 'Rate exceeded', $metadata: { httpStatusCode: 400 } });
      const denied = new AccessDeniedException({ message: 'You do not have sufficient access to perform this action.', $metadata: {} });
      const unavailable = new CloudTrailServiceException({ name: 'ServiceUnavailable', $fault: 'server', $metadata: { httpStatusCode: 503 } });
      const failure = new CloudTrailServiceException({ name: 'InternalFailure', $fault: 'server', $metadata: { httpStatusCode: 500 } });
      checkedStartImport(cloudTrailMock).rejectsOnce(throttled).rejectsOnce(denied).rejectsOnce(unavailable).rejectsOnce(failure);
      for (const expected of [throttled, denied, unavailable, failure]) await expect(client.send(new StartImportCommand(input))).rejects.toBe(expected);
    });

    it('rejects with a common error by name, as the SDK throws it, with its status', async () => {
      checkedStartImport(cloudTrailMock).rejectsWith('ServiceUnavailable');
      const error: unknown = await client.send(new StartImportCommand(input)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CloudTrailServiceException);
      expect(error).toMatchObject({ name: 'ServiceUnavailable', $fault: 'server', $metadata: { httpStatusCode: 503 } });
    });

    it.each(['toString', 'valueOf', 'hasOwnProperty', 'constructor', '__proto__'])('refuses rejectsWith(%j), a name Object.prototype lends, as no exception', (name) => {
      expect(() => checkedStartImport(cloudTrailMock).rejectsWith(name as never)).toThrow(StartImportContractError);
      expect(() => checkedStartImport(cloudTrailMock).rejectsWith(name as never)).toThrow(/error-not-modeled/);
    });

    it('refuses a common error with a status other than its own, and a name no AWS service answers', () => {
      const throttled = new ThrottlingException({ message: 'Rate exceeded', $metadata: { httpStatusCode: 503 } });
      expect(() => checkedStartImport(cloudTrailMock).rejects(throttled)).toThrow(/error-status-mismatch: must be answered with HTTP 400 for ThrottlingException \(got 503\)/);
      const invented = new CloudTrailServiceException({ name: 'ThrottlingError', $fault: 'client', $metadata: {} });
      expect(() => checkedStartImport(cloudTrailMock).rejects(invented)).toThrow(/error-not-modeled/);
    });

    it('refuses a modeled exception with the wrong HTTP status', () => {
      const exception = new InvalidParameterException({ message: 'The request includes a parameter that is not valid.', $metadata: { httpStatusCode: 404 } });
      expect(() => checkedStartImport(cloudTrailMock).rejectsOnce(exception)).toThrow(/error-status-mismatch/);
    });
  });

  it("never resets the stub: other commands' behaviours and earlier calls stay", async () => {
    cloudTrailMock.on(GetImportCommand).resolves({ ImportId: output.ImportId });
    await client.send(new GetImportCommand({ ImportId: output.ImportId }));
    checkedStartImport(cloudTrailMock).resolves(output);
    expect(() => checkedStartImport(cloudTrailMock).rejects(new Error('x'))).toThrow(StartImportContractError);
    expect(cloudTrailMock.commandCalls(GetImportCommand)).toHaveLength(1);
    await expect(client.send(new GetImportCommand({ ImportId: output.ImportId }))).resolves.toMatchObject({ ImportId: output.ImportId });
    await expect(client.send(new StartImportCommand(input))).resolves.toMatchObject({ ImportId: output.ImportId });
  });
});
