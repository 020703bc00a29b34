import { AccountHasOngoingImportException, InvalidParameterException, StartImportCommand } from '@aws-sdk/client-cloudtrail';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { startImportExchange as exchanges } from '../../src/arbitraries/index.js';
import '../../src/matchers/vitest.js';
import { createImportRecorder } from '../../src/msw/recorder.js';
import { asyncFailureOf } from './support/failures.js';
import { cloudTrailMock, startImport } from './support/receivers.js';
import { IMPORT_ID, newImport, responseTo, retry } from './support/requests.js';

afterEach(() => {
  cloudTrailMock.reset();
});

const metadata = { httpStatusCode: 400 };

describe('toHaveResolvedOnlyValidStartImportResponses', () => {
  it('passes when every call resolved a response to its input or rejected with a modeled exception', async () => {
    cloudTrailMock
      .on(StartImportCommand)
      .callsFakeOnce((input: ReturnType<typeof newImport>) => responseTo(input))
      .rejectsOnce(new AccountHasOngoingImportException({ message: 'an import is in progress', $metadata: metadata }))
      .resolves({ ImportId: IMPORT_ID, ImportStatus: 'INITIALIZING' });
    await startImport(newImport());
    await startImport(newImport());
    await startImport(retry);
    await expect(cloudTrailMock).toHaveResolvedOnlyValidStartImportResponses();
  });

  it('passes every generated exchange, answered by the stub', async () => {
    await fc.assert(
      fc.asyncProperty(exchanges({ shape: 'sdk' }), async ({ request, response }) => {
        cloudTrailMock.reset();
        cloudTrailMock.on(StartImportCommand).resolves(response);
        await startImport(request);
        await expect(cloudTrailMock).toHaveResolvedOnlyValidStartImportResponses();
      }),
      { numRuns: 50 },
    );
  });

  it('rejects a response that does not answer its input, and a rejection no StartImport call can give', async () => {
    cloudTrailMock
      .on(StartImportCommand)
      .resolvesOnce({ ...responseTo(newImport()), Destinations: ['3f4e2d1c-0b9a-4876-9543-210fedcba987'] })
      .rejectsOnce(new Error('throttled'))
      .rejects(new InvalidParameterException({ message: 'bad', $metadata: { httpStatusCode: 404 } }));
    await startImport(newImport());
    await startImport(retry);
    await startImport(retry);
    expect(
      await asyncFailureOf(async () => {
        await expect(cloudTrailMock).toHaveResolvedOnlyValidStartImportResponses();
      }),
    ).toMatchInlineSnapshot(`
      "expect(received).toHaveResolvedOnlyValidStartImportResponses()

      Expected only valid StartImport answers (a valid response to the input, or a modeled exception), but all 3 StartImport calls were answered wrongly:

      call #1 resolved, with 1 error:
        /Destinations error response-mismatch-request: must echo the request's Destinations [assumed]

      call #2 rejected Error, with 1 error:
        /name error error-not-modeled: must be one of StartImport's 12 modeled exceptions or AWS's common errors (got 'Error')

      call #3 rejected InvalidParameterException, with 1 error:
        (root) error error-status-mismatch: must be answered with HTTP 400 for InvalidParameterException (got 404)"
    `);
  });

  it('rejects a response in another shape than the sdk one (a string timestamp)', async () => {
    cloudTrailMock.on(StartImportCommand).resolves({ ImportId: IMPORT_ID, ImportStatus: 'INITIALIZING', CreatedTimestamp: '2025-01-01T00:00:00Z' } as never);
    await startImport(retry);
    const failure = await asyncFailureOf(async () => {
      await expect(cloudTrailMock).toHaveResolvedOnlyValidStartImportResponses();
    });
    expect(failure).toContain('the only StartImport call was answered wrongly:\n\ncall #1 resolved, with 1 error:\n  /CreatedTimestamp error timestamp-invalid:');
  });

  it('reads a call the stub threw from as a rejection', async () => {
    cloudTrailMock.send.throws(new InvalidParameterException({ message: 'bad', $metadata: metadata }));
    await startImport(retry);
    await expect(cloudTrailMock).toHaveResolvedOnlyValidStartImportResponses();
    cloudTrailMock.send.throws(new TypeError('not a CloudTrail error'));
    await startImport(retry);
    const failure = await asyncFailureOf(async () => {
      await expect(cloudTrailMock).toHaveResolvedOnlyValidStartImportResponses();
    });
    expect(failure).toContain('call #2 rejected TypeError, with 1 error:\n  /name error error-not-modeled:');
  });

  it('fails under .not when every call was answered validly', async () => {
    cloudTrailMock.on(StartImportCommand).resolves({ ImportId: IMPORT_ID, ImportStatus: 'INITIALIZING' });
    await startImport(retry);
    expect(
      await asyncFailureOf(async () => {
        await expect(cloudTrailMock).not.toHaveResolvedOnlyValidStartImportResponses();
      }),
    ).toMatchInlineSnapshot(`
      "expect(received).not.toHaveResolvedOnlyValidStartImportResponses()

      Expected a wrong StartImport answer, but the only StartImport call was answered validly."
    `);
  });

  it('fails when no StartImport request was sent, under .not too: there is nothing to check either way', async () => {
    const failure = await asyncFailureOf(async () => {
      await expect(cloudTrailMock).toHaveResolvedOnlyValidStartImportResponses();
    });
    expect(failure).toContain('but no StartImport request was sent: with nothing to check, it fails under .not too.');
    const negated = await asyncFailureOf(async () => {
      await expect(cloudTrailMock).not.toHaveResolvedOnlyValidStartImportResponses();
    });
    expect(negated).toContain('but no StartImport request was sent');
  });

  it('takes no options: one given is a TypeError, not an option read by nothing', async () => {
    cloudTrailMock.on(StartImportCommand).resolves({ ImportId: IMPORT_ID, ImportStatus: 'INITIALIZING' });
    await startImport(retry);
    const matchers = expect(cloudTrailMock) as unknown as { toHaveResolvedOnlyValidStartImportResponses: (options: unknown) => Promise<void> };
    await expect(matchers.toHaveResolvedOnlyValidStartImportResponses({ shape: 'cli' })).rejects.toThrow(
      new TypeError("toHaveResolvedOnlyValidStartImportResponses takes no options (got an object)"),
    );
  });

  it('fails, under .not too, for a recorder or anything else, saying it takes a stub', async () => {
    expect(
      await asyncFailureOf(async () => {
        await expect(createImportRecorder()).not.toHaveResolvedOnlyValidStartImportResponses();
      }),
    ).toMatchInlineSnapshot(`
      "expect(received).not.toHaveResolvedOnlyValidStartImportResponses()

      Expected an aws-sdk-client-mock stub (mockClient(CloudTrailClient)), but it is an import recorder, whose answers the msw handlers make themselves: check its requests with toHaveSentOnlyValidStartImportRequests.

      Received: Object {
        "clear": [Function clear],
        "exchanges": Array [],
        "of": [Function of],
        "record": [Function record],
        Symbol(cloudtrail-import-contract.recorder): "CloudTrail",
      }"
    `);
    expect(
      await asyncFailureOf(async () => {
        await expect({ calls: [] }).toHaveResolvedOnlyValidStartImportResponses();
      }),
    ).toContain('Expected an aws-sdk-client-mock stub (mockClient(CloudTrailClient)), but it is not one.');
  });
});
