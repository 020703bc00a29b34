import { afterEach, describe, expect, it } from 'vitest';
import '../../src/matchers/vitest.js';
import { createImportRecorder } from '../../src/msw/recorder.js';
import { failureOf } from './support/failures.js';
import { cloudTrailMock, getImport, startImport, startImportExchange } from './support/receivers.js';
import { IMPORT_ID, newImport, retry } from './support/requests.js';

afterEach(() => {
  cloudTrailMock.reset();
});

describe('toHaveSentValidStartImportRequest', () => {
  it('passes when the nth StartImport call was a valid request of the kind asked for, counting StartImport calls only', async () => {
    await startImport(newImport());
    await getImport(IMPORT_ID);
    await startImport(retry);
    expect(cloudTrailMock).toHaveSentValidStartImportRequest({ nth: 2, kind: 'retry' });
    expect(cloudTrailMock).toHaveSentValidStartImportRequest({ nth: 1, kind: 'new' });
    expect(cloudTrailMock).toHaveSentValidStartImportRequest({ nth: 2 });
    expect(cloudTrailMock).not.toHaveSentValidStartImportRequest({ nth: 2, kind: 'new' });
  });

  it('rejects the nth call when it is not a valid request of that kind, showing its violations', async () => {
    await startImport(newImport());
    await startImport({ ImportId: 'ABC' });
    expect(
      failureOf(() => {
        expect(cloudTrailMock).toHaveSentValidStartImportRequest({ nth: 2, kind: 'retry' });
      }),
    ).toMatchInlineSnapshot(`
      "expect(received).toHaveSentValidStartImportRequest(options)

      Expected a valid retry request as StartImport call #2, but it is not:

      call #2: a retry, with 1 error:
        /ImportId error import-id-invalid: must be 36 characters of a-f, 0-9 and - (got 'ABC')"
    `);
  });

  it('fails under .not when the nth call was a valid request of that kind', async () => {
    await startImport(newImport());
    await startImport(retry);
    expect(
      failureOf(() => {
        expect(cloudTrailMock).not.toHaveSentValidStartImportRequest({ nth: 2, kind: 'retry' });
      }),
    ).toMatchInlineSnapshot(`
      "expect(received).not.toHaveSentValidStartImportRequest(options)

      Expected a valid retry request not to be sent as StartImport call #2, but it was:

      call #2: a retry, with no violations."
    `);
  });

  it('without nth, passes when any StartImport call was one, and lists every call when none was', async () => {
    await startImport({ ...newImport(), StartEventTime: '2024-01-01T00:00:00Z' });
    await startImport(retry);
    expect(cloudTrailMock).toHaveSentValidStartImportRequest();
    expect(cloudTrailMock).toHaveSentValidStartImportRequest({ kind: 'retry' });
    expect(
      failureOf(() => {
        expect(cloudTrailMock).toHaveSentValidStartImportRequest({ kind: 'new' });
      }),
    ).toMatchInlineSnapshot(`
      "expect(received).toHaveSentValidStartImportRequest(options)

      Expected a valid new-import request among the StartImport calls, but none of the 2 is:

      call #1: a new import, with 1 error:
        /StartEventTime error timestamp-invalid: must be a Date (got the string '2024-01-01T00:00:00Z'; the SDK would send it as-is)

      call #2: a retry, with no violations."
    `);
  });

  it('fails, under .not too, when no StartImport call was made or fewer than nth', async () => {
    expect(
      failureOf(() => {
        expect(cloudTrailMock).not.toHaveSentValidStartImportRequest({ kind: 'retry' });
      }),
    ).toMatchInlineSnapshot(`
      "expect(received).not.toHaveSentValidStartImportRequest(options)

      Expected a valid retry request among the StartImport calls, but no StartImport request was sent: with nothing to check, it fails under .not too."
    `);
    await startImport(retry);
    const assertions = [
      () => {
        expect(cloudTrailMock).toHaveSentValidStartImportRequest({ nth: 2 });
      },
      () => {
        expect(cloudTrailMock).not.toHaveSentValidStartImportRequest({ nth: 2 });
      },
    ];
    for (const assertion of assertions) {
      expect(failureOf(assertion)).toContain('Expected a valid StartImport request as StartImport call #2, but only 1 StartImport request was sent: there is no call #2 to check, and it fails under .not too.');
    }
  });

  it('checks the bodies an import recorder saw in the wire shape', () => {
    const recorder = createImportRecorder();
    recorder.record(startImportExchange(retry));
    recorder.record(startImportExchange({ ...newImport(), StartEventTime: 1704067200, EndEventTime: 1719792000 }));
    expect(recorder).toHaveSentValidStartImportRequest({ nth: 2, kind: 'new' });
    expect(recorder).not.toHaveSentValidStartImportRequest({ nth: 1, kind: 'new' });
  });

  it('throws a TypeError for an nth that is no call number or a kind that is neither new nor retry', () => {
    expect(() => {
      expect(cloudTrailMock).toHaveSentValidStartImportRequest({ nth: 0 });
    }).toThrow('toHaveSentValidStartImportRequest(options): options.nth must be a whole number from 1 (got 0)');
    expect(() => {
      expect(cloudTrailMock).toHaveSentValidStartImportRequest({ kind: 'ambiguous' } as never);
    }).toThrow("toHaveSentValidStartImportRequest(options): options.kind must be 'new' or 'retry' (got 'ambiguous')");
  });
});
