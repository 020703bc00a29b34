/**
 * `cloudtrail-import-contract/matchers`: the matchers as pure checks. This file does not import
 * an entry, so it also shows that loading them registers nothing.
 */
import { describe, expect, it } from 'vitest';
import {
  startImportMatchers,
  toBeNewImportRequest,
  toBeValidStartImportRequest,
  toBeValidStartImportResponse,
  toHaveSentOnlyValidStartImportRequests,
  toViolateStartImportContract,
} from '../../src/matchers/index.js';
import { retry } from './support/requests.js';

describe('startImportMatchers', () => {
  it('holds every matcher and the asymmetric names, and registers none by being imported', () => {
    expect(Object.keys(startImportMatchers)).toMatchInlineSnapshot(`
      [
        "toBeValidStartImportRequest",
        "toBeNewImportRequest",
        "toBeRetryImportRequest",
        "toViolateStartImportContract",
        "toBeValidStartImportResponse",
        "toHaveSentOnlyValidStartImportRequests",
        "toHaveSentValidStartImportRequest",
        "toHaveResolvedOnlyValidStartImportResponses",
        "validStartImportRequest",
        "newImportRequest",
        "retryImportRequest",
        "validStartImportResponse",
      ]
    `);
    expect(startImportMatchers.validStartImportRequest).toBe(toBeValidStartImportRequest);
    expect(Object.isFrozen(startImportMatchers)).toBe(true);
    expect((expect as unknown as Record<string, unknown>)['validStartImportRequest']).toBeUndefined();
  });
});

describe('toBeValidStartImportRequest', () => {
  it('called bare, returns the verdict and a plain-text message built only when asked', () => {
    const result = toBeValidStartImportRequest({ ImportId: 'ABC' });
    expect(result.pass).toBe(false);
    expect(result.message()).toMatchInlineSnapshot(`
      "expect(received).toBeValidStartImportRequest()

      Expected a valid StartImport request, but it is a retry, with 1 error:
        /ImportId error import-id-invalid: must be 36 characters of a-f, 0-9 and - (got 'ABC')

      Received: { ImportId: 'ABC' }"
    `);
    expect(toBeValidStartImportRequest(retry).pass).toBe(true);
  });

  it('reads isNot and the utils from the context it is called with', () => {
    const context = {
      isNot: true,
      utils: {
        matcherHint: (name: string, _received?: string, expected?: string) => `HINT ${name}(${expected ?? ''})`,
        printReceived: (value: unknown) => `RECEIVED ${JSON.stringify(value)}`,
        printExpected: (value: unknown) => `EXPECTED ${JSON.stringify(value)}`,
      },
    };
    expect(toBeNewImportRequest.call(context, retry, { shape: 'sdk' }).message()).toMatchInlineSnapshot(`
      "HINT toBeNewImportRequest(options)

      Expected not a valid new-import request (Destinations and ImportSource, no ImportId), but it is a retry, with no violations.

      Received: RECEIVED {"ImportId":"4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b"}"
    `);
  });
});

describe('toViolateStartImportContract', () => {
  it('called bare, passes for the code the request has', () => {
    expect(toViolateStartImportContract({ ImportId: 'ABC' }, 'import-id-invalid').pass).toBe(true);
    expect(toViolateStartImportContract({ ImportId: 'ABC' }, 'request-empty').pass).toBe(false);
  });
});

describe('toBeValidStartImportResponse', () => {
  it('called bare, rejects what is not a response', () => {
    const result = toBeValidStartImportResponse('INITIALIZING');
    expect(result.pass).toBe(false);
    expect(result.message()).toContain('(root) error type-mismatch:');
  });
});

describe('toHaveSentOnlyValidStartImportRequests', () => {
  it('called bare on something that is no receiver, fails without throwing', () => {
    const result = toHaveSentOnlyValidStartImportRequests(undefined);
    expect(result.pass).toBe(false);
    expect(result.message()).toContain('but it is neither.');
  });
});
