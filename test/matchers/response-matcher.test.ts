import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invalidStartImportResponse, startImportExchange } from '../../src/arbitraries/index.js';
import '../../src/matchers/vitest.js';
import { loadFixtures } from '../support/fixtures.js';
import { failureOf } from './support/failures.js';
import { documentsOf, firstErrorLine, IMPORT_ID, newImport, responseTo, retry } from './support/requests.js';

const responseFixtures = loadFixtures().filter((f) => f.kind === 'responses');

describe('toBeValidStartImportResponse', () => {
  it.each(responseFixtures.filter((f) => f.valid).map((f) => [f.name, f] as const))('passes the valid fixture %s', (_name, fixture) => {
    for (const { document } of documentsOf(fixture)) {
      expect(document).toBeValidStartImportResponse(fixture.request === undefined ? { shape: fixture.shape } : { shape: fixture.shape, request: fixture.request });
    }
  });

  it.each(responseFixtures.filter((f) => !f.valid).map((f) => [f.name, f] as const))('rejects the invalid fixture %s, naming its expected error', (_name, fixture) => {
    const options = fixture.request === undefined ? { shape: fixture.shape } : { shape: fixture.shape, request: fixture.request };
    for (const { index, document } of documentsOf(fixture)) {
      expect(
        failureOf(() => {
          expect(document).toBeValidStartImportResponse(options);
        }),
      ).toContain(firstErrorLine(fixture, index));
    }
  });

  it('passes every generated response to its request', () => {
    fc.assert(
      fc.property(startImportExchange({ shape: 'sdk' }), ({ request, response }) => {
        expect(response).toBeValidStartImportResponse({ request, shape: 'sdk' });
      }),
      { numRuns: 200 },
    );
  });

  it('rejects every labelled invalid response, naming its code', () => {
    fc.assert(
      fc.property(invalidStartImportResponse({ shape: 'sdk' }), ({ response, request, expected }) => {
        const options = request === undefined ? { shape: 'sdk' as const } : { shape: 'sdk' as const, request };
        expect(
          failureOf(() => {
            expect(response).toBeValidStartImportResponse(options);
          }),
        ).toContain(` error ${expected}: `);
      }),
      { numRuns: 200 },
    );
  });

  it('rejects a response that does not answer its request, showing the request', () => {
    const request = newImport();
    const response = { ...responseTo(request), Destinations: ['arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/0b2f7a4c-9f3e-4c1d-8a55-6c1e2f3d4b5a'] };
    const failure = failureOf(() => {
      expect(response).toBeValidStartImportResponse({ request });
    });
    expect(failure.split('\n\n').slice(0, 2)).toMatchInlineSnapshot(`
      [
        "expect(received).toBeValidStartImportResponse(options)",
        "Expected a valid StartImport response to the request, but it has 1 error:
        /Destinations error response-mismatch-request: must echo the request's Destinations [assumed]",
      ]
    `);
    expect(failure).toContain('\n\nRequest: Object {\n  "Destinations": Array [\n    "arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/3f4e2d1c');
  });

  it('rejects a response with a status the model does not have', () => {
    expect(
      failureOf(() => {
        expect({ ImportId: IMPORT_ID, ImportStatus: 'RUNNING' }).toBeValidStartImportResponse();
      }),
    ).toMatchInlineSnapshot(`
      "expect(received).toBeValidStartImportResponse()

      Expected a valid StartImport response, but it has 1 error:
        /ImportStatus error response-import-status-invalid: must be one of INITIALIZING, IN_PROGRESS, FAILED, STOPPED, COMPLETED (got the string 'RUNNING')

      Received: Object {
        "ImportId": "4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b",
        "ImportStatus": "RUNNING",
      }"
    `);
  });

  it('fails under .not for a valid response', () => {
    expect(
      failureOf(() => {
        expect({ ImportId: IMPORT_ID, ImportStatus: 'INITIALIZING' }).not.toBeValidStartImportResponse({ request: retry });
      }),
    ).toMatchInlineSnapshot(`
      "expect(received).not.toBeValidStartImportResponse(options)

      Expected not a valid StartImport response to the request, but it has no violations.

      Received: Object {
        "ImportId": "4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b",
        "ImportStatus": "INITIALIZING",
      }

      Request: Object {
        "ImportId": "4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b",
      }"
    `);
  });

  it('throws a TypeError naming the matcher for an unknown option', () => {
    expect(() => {
      expect({}).toBeValidStartImportResponse({ requst: retry } as never);
    }).toThrow("toBeValidStartImportResponse(options): unknown option 'requst' (known: shape, request)");
  });
});
