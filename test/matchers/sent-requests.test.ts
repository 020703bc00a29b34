import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { invalidStartImportRequest, startImportRequest } from '../../src/arbitraries/index.js';
import '../../src/matchers/vitest.js';
import { createImportRecorder } from '../../src/msw/recorder.js';
import { violation } from '../../src/rules/index.js';
import { failureOf } from './support/failures.js';
import { cloudTrailMock, getImport, importExchange, startImport, startImportExchange } from './support/receivers.js';
import { IMPORT_ID, newImport, NOW, retry } from './support/requests.js';

afterEach(() => {
  cloudTrailMock.reset();
});

describe('toHaveSentOnlyValidStartImportRequests on an aws-sdk-client-mock stub', () => {
  it('passes when every StartImportCommand was valid, whatever other commands were sent', async () => {
    await startImport(newImport());
    await getImport('not checked here');
    await startImport(retry);
    expect(cloudTrailMock).toHaveSentOnlyValidStartImportRequests();
  });

  it('rejects the stub naming each invalid call by its number among StartImport calls', async () => {
    await startImport(retry);
    await getImport(IMPORT_ID);
    await startImport({ ...newImport(), StartEventTime: '2024-01-01T00:00:00Z' });
    await startImport({ ImportId: 'ABC' });
    expect(
      failureOf(() => {
        expect(cloudTrailMock).toHaveSentOnlyValidStartImportRequests();
      }),
    ).toMatchInlineSnapshot(`
      "expect(received).toHaveSentOnlyValidStartImportRequests()

      Expected only valid StartImport requests, but 2 of 3 StartImport calls were invalid:

      call #2: a new import, with 1 error:
        /StartEventTime error timestamp-invalid: must be a Date (got the string '2024-01-01T00:00:00Z'; the SDK would send it as-is)

      call #3: a retry, with 1 error:
        /ImportId error import-id-invalid: must be 36 characters of a-f, 0-9 and - (got 'ABC')"
    `);
  });

  it('fails under .not when every call was valid', async () => {
    await startImport(retry);
    expect(
      failureOf(() => {
        expect(cloudTrailMock).not.toHaveSentOnlyValidStartImportRequests();
      }),
    ).toMatchInlineSnapshot(`
      "expect(received).not.toHaveSentOnlyValidStartImportRequests()

      Expected an invalid StartImport request, but the only StartImport call was valid."
    `);
  });

  it('fails when no StartImport request was sent, under .not too, saying why', async () => {
    await getImport(IMPORT_ID);
    expect(
      failureOf(() => {
        expect(cloudTrailMock).toHaveSentOnlyValidStartImportRequests();
      }),
    ).toMatchInlineSnapshot(`
      "expect(received).toHaveSentOnlyValidStartImportRequests()

      Expected only valid StartImport requests, but no StartImport request was sent: with nothing to check, it fails under .not too."
    `);
    expect(
      failureOf(() => {
        expect(cloudTrailMock).not.toHaveSentOnlyValidStartImportRequests();
      }),
    ).toMatchInlineSnapshot(`
      "expect(received).not.toHaveSentOnlyValidStartImportRequests()

      Expected an invalid StartImport request, but no StartImport request was sent: with nothing to check, it fails under .not too."
    `);
  });

  it('passes exactly when every request sent was valid, naming exactly the invalid calls', async () => {
    const sent = fc.oneof(
      startImportRequest({ shape: 'sdk' }).map((request) => ({ request: request, valid: true })),
      invalidStartImportRequest({ shape: 'sdk', now: NOW }).map(({ request }) => ({ request: request, valid: false })),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(sent, { minLength: 1, maxLength: 5 }), async (requests) => {
        cloudTrailMock.reset();
        for (const { request } of requests) await startImport(request);
        const invalid = requests.flatMap(({ valid }, i) => (valid ? [] : [`call #${i + 1}`]));
        if (invalid.length === 0) {
          expect(cloudTrailMock).toHaveSentOnlyValidStartImportRequests({ now: NOW });
          return;
        }
        const failure = failureOf(() => {
          expect(cloudTrailMock).toHaveSentOnlyValidStartImportRequests({ now: NOW });
        });
        expect(failure.match(/^call #\d+/gm)).toEqual(invalid);
      }),
      { numRuns: 60 },
    );
  });
});

describe('toHaveSentOnlyValidStartImportRequests on an import recorder', () => {
  it('passes when every StartImport body was valid in the wire shape', () => {
    const recorder = createImportRecorder();
    recorder.record(startImportExchange({ ...newImport(), StartEventTime: 1704067200, EndEventTime: 1719792000.5 }));
    recorder.record(importExchange('GetImport', retry));
    expect(recorder).toHaveSentOnlyValidStartImportRequests();
  });

  it('rejects a body in another shape than the wire, and what the handlers found wrong on the wire', () => {
    const recorder = createImportRecorder();
    recorder.record(startImportExchange({ ImportId: IMPORT_ID, StartEventTime: '2024-01-01T00:00:00Z' }));
    recorder.record(startImportExchange(retry, [violation('wire-content-type-invalid', '', "must be sent as 'application/x-amz-json-1.1' (got 'text/plain')")]));
    expect(
      failureOf(() => {
        expect(recorder).toHaveSentOnlyValidStartImportRequests();
      }),
    ).toMatchInlineSnapshot(`
      "expect(received).toHaveSentOnlyValidStartImportRequests()

      Expected only valid StartImport requests, but all 2 StartImport calls were invalid:

      call #1: an ImportId together with new-import parameters, with 2 errors:
        /StartEventTime error timestamp-invalid: must be a number of epoch seconds (got the string '2024-01-01T00:00:00Z')
        /StartEventTime error retry-with-new-import-params: must not be sent with ImportId: a retry sends ImportId alone

      call #2: a retry, with 1 error:
        (root) error wire-content-type-invalid: must be sent as 'application/x-amz-json-1.1' (got 'text/plain')"
    `);
  });

  it('fails when the recorder saw no StartImport call', () => {
    expect(
      failureOf(() => {
        expect(createImportRecorder()).toHaveSentOnlyValidStartImportRequests();
      }),
    ).toContain('no StartImport request was sent');
  });
});

describe('toHaveSentOnlyValidStartImportRequests on anything else', () => {
  it('fails, under .not too, saying what it takes', () => {
    expect(
      failureOf(() => {
        expect(42).toHaveSentOnlyValidStartImportRequests();
      }),
    ).toMatchInlineSnapshot(`
      "expect(received).toHaveSentOnlyValidStartImportRequests()

      Expected an aws-sdk-client-mock stub (mockClient(CloudTrailClient)) or an import recorder (createImportRecorder()), but it is neither.

      Received: 42"
    `);
    expect(
      failureOf(() => {
        expect(cloudTrailMock.send).not.toHaveSentOnlyValidStartImportRequests();
      }),
    ).toContain('Expected an aws-sdk-client-mock stub (mockClient(CloudTrailClient)) or an import recorder (createImportRecorder()), but it is neither.');
  });

  it('throws a TypeError for a shape option, which the receiver decides', () => {
    expect(() => {
      expect(cloudTrailMock).toHaveSentOnlyValidStartImportRequests({ shape: 'cli' } as never);
    }).toThrow("toHaveSentOnlyValidStartImportRequests(options): unknown option 'shape' (known: now, policy)");
  });
});

describe('the sent-request matchers with a policy (their options type takes one)', () => {
  const POLICY = { version: 1, rules: { 'allowed-regions': { regions: ['eu-west-1'] } } } as const;

  it('check each call against the policy too: a us-east-1 import breaks an eu-west-1-only policy', async () => {
    await startImport(newImport());
    expect(cloudTrailMock).toHaveSentOnlyValidStartImportRequests();
    expect(cloudTrailMock).not.toHaveSentOnlyValidStartImportRequests({ policy: POLICY });
    expect(failureOf(() => { expect(cloudTrailMock).toHaveSentOnlyValidStartImportRequests({ policy: POLICY }); })).toContain('policy/allowed-regions');
    expect(cloudTrailMock).toHaveSentValidStartImportRequest({ nth: 1 });
    expect(cloudTrailMock).not.toHaveSentValidStartImportRequest({ nth: 1, policy: POLICY });
  });

  it('refuse a policy that is none, as the request matchers do', () => {
    expect(() => { expect(cloudTrailMock).toHaveSentOnlyValidStartImportRequests({ policy: 'eu-only' } as never); }).toThrow(TypeError);
  });
});
