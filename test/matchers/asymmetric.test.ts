import { StartImportCommand } from '@aws-sdk/client-cloudtrail';
import 'aws-sdk-client-mock-vitest/extend';
import { stripVTControlCharacters } from 'node:util';
import { processError } from '@vitest/utils/error';
import { afterEach, describe, expect, it, test, vi } from 'vitest';
import '../../src/matchers/vitest.js';
import { failureOf } from './support/failures.js';
import { cloudTrailMock, startImport } from './support/receivers.js';
import { IMPORT_ID, newImport, responseTo, retry } from './support/requests.js';

afterEach(() => {
  cloudTrailMock.reset();
});

describe('the asymmetric matchers inside a failing toEqual or objectContaining', () => {
  // What Vitest reports of a failing assertion: the error after processError, which builds the diff from copies of both values.
  const reported = (assertion: () => void): { readonly name: string; readonly diff: string } => {
    try {
      assertion();
    } catch (error) {
      const processed = processError(error) as { name?: unknown; diff?: unknown };
      return { name: String(processed.name), diff: stripVTControlCharacters(String(processed.diff)) };
    }
    throw new Error('expected the assertion to fail');
  };
  const bad = { ImportId: 'ABC' };

  it.each([
    ['nested in toEqual', () => { expect({ r: bad }).toEqual({ r: expect.validStartImportRequest() }); }],
    ['at the top of toEqual', () => { expect(bad).toEqual(expect.retryImportRequest()); }],
    ['in an array', () => { expect([bad]).toEqual([expect.validStartImportRequest()]); }],
    ['in objectContaining', () => { expect({ a: bad }).toEqual(expect.objectContaining({ a: expect.validStartImportRequest() })); }],
    ['of another operation', () => { expect({ r: { ImportId: 'ABC' } }).toEqual({ r: expect.validImportRequest('GetImport') }); }],
  ])('fail %s as an AssertionError whose diff lists the violations, not a TypeError of a copied matcher', (_where, assertion) => {
    const { name, diff } = reported(assertion);
    expect(name).toBe('AssertionError');
    expect(diff).toContain('import-id-invalid');
  });

  it('let the diff of a sibling member print when the matcher itself matched', () => {
    const { name, diff } = reported(() => { expect({ r: retry, n: 1 }).toEqual({ r: expect.retryImportRequest(), n: 2 }); });
    expect(name).toBe('AssertionError');
    expect(diff).toContain('"n": 2');
  });
});

describe('expect.validStartImportRequest', () => {
  it('matches a valid request inside toHaveBeenCalledWith, and expect.not its opposite', () => {
    const submit = vi.fn();
    submit(newImport(), 'us-east-1');
    expect(submit).toHaveBeenCalledWith(expect.validStartImportRequest(), 'us-east-1');
    expect(submit).not.toHaveBeenCalledWith(expect.not.validStartImportRequest(), 'us-east-1');
  });

  it('reads SDK input by default: does not match ISO-string timestamps, which the SDK would send as-is', () => {
    const submit = vi.fn();
    submit({ ...newImport(), StartEventTime: '2024-01-01T00:00:00Z', EndEventTime: '2024-07-01T00:00:00Z' });
    expect(submit).not.toHaveBeenCalledWith(expect.validStartImportRequest());
    expect(submit).toHaveBeenCalledWith(expect.not.validStartImportRequest());
  });

  it('takes the options of toBeValidStartImportRequest', () => {
    const submit = vi.fn();
    submit({ ...newImport(), StartEventTime: '2024-01-01T00:00:00Z', EndEventTime: '2024-07-01T00:00:00Z' });
    expect(submit).toHaveBeenCalledWith(expect.validStartImportRequest({ shape: 'cli' }));
    expect(submit).toHaveBeenCalledWith(expect.not.validStartImportRequest({ shape: 'sdk' }));
  });

  it('fails toHaveBeenCalledWith showing the matcher by its name and the violations of the value it was compared with', () => {
    const submit = vi.fn();
    submit({ ImportId: 'ABC' });
    expect(
      failureOf(() => {
        expect(submit).toHaveBeenCalledWith(expect.validStartImportRequest());
      }),
    ).toMatchInlineSnapshot(`
      "expected "vi.fn()" to be called with arguments: [ validStartImportRequest<> ]

      Received:

        1st vi.fn() call:

        [
      -   validStartImportRequest<> (the received value is a retry, with 1 error:
      -   /ImportId error import-id-invalid: must be 36 characters of a-f, 0-9 and - (got 'ABC')),
      +   {
      +     "ImportId": "ABC",
      +   },
        ]


      Number of calls: 1
      "
    `);
  });
});

describe('expect.newImportRequest and expect.retryImportRequest', () => {
  it('tell the StartImport inputs a stub received apart', async () => {
    await startImport(newImport());
    await startImport(retry);
    const inputs = cloudTrailMock.commandCalls(StartImportCommand).map((call) => call.args[0].input);
    expect(inputs).toEqual([expect.newImportRequest(), expect.retryImportRequest()]);
    expect(inputs).not.toEqual([expect.retryImportRequest(), expect.newImportRequest()]);
  });

  it('nest inside other asymmetric matchers', () => {
    expect({ input: retry, region: 'us-east-1' }).toEqual(expect.objectContaining({ input: expect.not.newImportRequest() }));
  });
});

describe('expect.validStartImportResponse', () => {
  it('matches a valid response, and one answering its request when given', () => {
    const request = newImport();
    const respond = vi.fn();
    respond(responseTo(request));
    expect(respond).toHaveBeenCalledWith(expect.validStartImportResponse({ request }));
    expect(respond).toHaveBeenCalledWith(expect.not.validStartImportResponse({ request: { ImportId: '0b2f7a4c-9f3e-4c1d-8a55-6c1e2f3d4b5a' } }));
  });
});

describe('the asymmetric matchers, printed', () => {
  it('show the violations of the value they were last compared with, and under expect.not what that value is', () => {
    const submit = vi.fn();
    submit({ ...newImport(), ImportId: IMPORT_ID });
    expect(
      failureOf(() => {
        expect(submit).toHaveBeenCalledWith(expect.newImportRequest({ shape: 'sdk' }));
      }),
    ).toMatchInlineSnapshot(`
      "expected "vi.fn()" to be called with arguments: [ newImportRequest<{ shape: 'sdk' }> ]

      Received:

        1st vi.fn() call:

        [
      -   newImportRequest<{ shape: 'sdk' }> (the received value is an ImportId together with new-import parameters, with 4 errors:
      -   /Destinations error retry-with-new-import-params: must not be sent with ImportId: a retry sends ImportId alone
      -   /ImportSource error retry-with-new-import-params: must not be sent with ImportId: a retry sends ImportId alone
      -   /StartEventTime error retry-with-new-import-params: must not be sent with ImportId: a retry sends ImportId alone
      -   /EndEventTime error retry-with-new-import-params: must not be sent with ImportId: a retry sends ImportId alone),
      +   {
      +     "Destinations": [
      +       "arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/3f4e2d1c-0b9a-4876-9543-210fedcba987",
      +     ],
      +     "EndEventTime": 2024-07-01T00:00:00.000Z,
      +     "ImportId": "4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b",
      +     "ImportSource": {
      +       "S3": {
      +         "S3BucketAccessRoleArn": "arn:aws:iam::123456789012:role/CloudTrailLakeImport",
      +         "S3BucketRegion": "us-east-1",
      +         "S3LocationUri": "s3://org-log-archive/AWSLogs/123456789012/CloudTrail/",
      +       },
      +     },
      +     "StartEventTime": 2024-01-01T00:00:00.000Z,
      +   },
        ]


      Number of calls: 1
      "
    `);
    const retried = vi.fn();
    retried(retry);
    expect(
      failureOf(() => {
        expect(retried).toHaveBeenCalledWith(expect.not.retryImportRequest());
      }),
    ).toMatchInlineSnapshot(`
      "expected "vi.fn()" to be called with arguments: [ not.retryImportRequest<> ]

      Received:

        1st vi.fn() call:

        [
      -   not.retryImportRequest<> (the received value is a retry, with no violations.),
      +   {
      +     "ImportId": "4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b",
      +   },
        ]


      Number of calls: 1
      "
    `);
  });

  it('list each value they were compared with, one per call, since the runner prints them once per call', () => {
    const submit = vi.fn();
    submit({ ImportId: 'ABC' });
    submit({ ...newImport(), ImportId: IMPORT_ID });
    const failure = failureOf(() => {
      expect(submit).toHaveBeenCalledWith(expect.retryImportRequest());
    });
    expect(failure.split('2nd vi.fn() call')[0]).toMatchInlineSnapshot(`
      "expected "vi.fn()" to be called with arguments: [ retryImportRequest<> ]

      Received:

        1st vi.fn() call:

        [
      -   retryImportRequest<> (compared with 2 values:
      - value #1 is a retry, with 1 error:
      -   /ImportId error import-id-invalid: must be 36 characters of a-f, 0-9 and - (got 'ABC')
      - value #2 is an ImportId together with new-import parameters, with 4 errors:
      -   /Destinations error retry-with-new-import-params: must not be sent with ImportId: a retry sends ImportId alone
      -   /ImportSource error retry-with-new-import-params: must not be sent with ImportId: a retry sends ImportId alone
      -   /StartEventTime error retry-with-new-import-params: must not be sent with ImportId: a retry sends ImportId alone
      -   /EndEventTime error retry-with-new-import-params: must not be sent with ImportId: a retry sends ImportId alone),
      +   {
      +     "ImportId": "ABC",
      +   },
        ]

        "
    `);
  });

  test('on the expect of a test context too', ({ expect: own }) => {
    const submit = vi.fn();
    submit({ ImportId: 'ABC' });
    expect(failureOf(() => { own(submit).toHaveBeenCalledWith(own.retryImportRequest()); })).toContain('retryImportRequest<> (the received value is a retry, with 1 error:');
  });
});

describe('the asymmetric matchers inside aws-sdk-client-mock-vitest', () => {
  it('never match as a whole expected input, which it compares member by member (objectContaining), and say so', async () => {
    await startImport(newImport());
    await startImport(retry);
    await startImport({ ImportId: 'ABC' });
    // A matcher with no member to compare would pass objectContaining for any input, a valid retry or not.
    expect(cloudTrailMock).not.toHaveReceivedNthCommandWith(StartImportCommand, 2, expect.retryImportRequest() as never);
    expect(cloudTrailMock).not.toHaveReceivedNthCommandWith(StartImportCommand, 3, expect.retryImportRequest() as never);
    expect(cloudTrailMock).not.toHaveReceivedCommandWith(StartImportCommand, expect.not.newImportRequest() as never);
    expect(failureOf(() => { expect(cloudTrailMock).toHaveReceivedNthCommandWith(StartImportCommand, 2, expect.retryImportRequest() as never); })).toContain(
      "expected 2nd \"StartImportCommand\" to be called with arguments: retryImportRequest<> (compared with no whole value: objectContaining, as in aws-sdk-client-mock-vitest's …CommandWith, cannot compare it)",
    );
  });
});
