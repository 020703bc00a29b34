import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invalidStartImportRequest, newImportRequest, retryImportRequest } from '../../src/arbitraries/index.js';
import '../../src/matchers/vitest.js';
import { loadFixtures } from '../support/fixtures.js';
import { asyncFailureOf, failureOf } from './support/failures.js';
import { documentsOf, firstErrorLine, IMPORT_ID, newImport, NOW, retry } from './support/requests.js';

const requestFixtures = loadFixtures().filter((f) => f.kind === 'requests');

describe('toBeValidStartImportRequest', () => {
  it.each(requestFixtures.filter((f) => f.valid).map((f) => [f.name, f] as const))('passes the valid fixture %s', (_name, fixture) => {
    for (const { document } of documentsOf(fixture)) expect(document).toBeValidStartImportRequest({ shape: fixture.shape, now: NOW });
  });

  it.each(requestFixtures.filter((f) => !f.valid).map((f) => [f.name, f] as const))('rejects the invalid fixture %s, naming its expected error', (_name, fixture) => {
    for (const { index, document } of documentsOf(fixture)) {
      if (!fixture.expected.some((e) => e.index === index && e.severity === 'error')) continue;
      expect(failureOf(() => { expect(document).toBeValidStartImportRequest({ shape: fixture.shape, now: NOW }); })).toContain(firstErrorLine(fixture, index));
    }
  });

  it('reads SDK input by default: rejects ISO-string timestamps, which the SDK would send as-is', () => {
    const request = { ...newImport(), StartEventTime: '2024-01-01T00:00:00Z', EndEventTime: '2024-07-01T00:00:00Z' };
    expect(request).not.toBeValidStartImportRequest();
    expect(request).not.toBeNewImportRequest();
    expect(request).toViolateStartImportContract('timestamp-invalid');
    expect(failureOf(() => { expect(request).toBeValidStartImportRequest(); })).toContain('/StartEventTime error timestamp-invalid:');
    expect(request).toBeValidStartImportRequest({ shape: 'cli' });
    expect(request).toBeValidStartImportRequest({ shape: 'auto' });
  });

  it('rejects a request with every violation in the words of formatViolations', () => {
    expect(failureOf(() => { expect({ ImportId: 'ABC', Destination: ['x'] }).toBeValidStartImportRequest(); })).toMatchInlineSnapshot(`
      "expect(received).toBeValidStartImportRequest()

      Expected a valid StartImport request, but it is a retry, with 2 errors:
        /Destination error unknown-member: must not have member 'Destination': the SDK silently drops it (did you mean 'Destinations'?)
        /ImportId error import-id-invalid: must be 36 characters of a-f, 0-9 and - (got 'ABC')

      Received: Object {
        "Destination": Array [
          "x",
        ],
        "ImportId": "ABC",
      }"
    `);
  });

  it('prints a large received value by its first items, counting the rest, rather than whole (a list of 2³² − 1 holes ran the runner out of memory)', () => {
    const holes: unknown[] = [];
    holes.length = 2 ** 32 - 1;
    const sparse = failureOf(() => { expect({ Destinations: holes }).toBeValidStartImportRequest(); });
    expect(sparse).toContain('/Destinations error destinations-count');
    expect(sparse).toContain('Received: { Destinations: [ <4294967295 empty items> ] }');
    const many = failureOf(() => { expect({ Destinations: new Array<string>(1_000_000).fill('x') }).toBeValidStartImportRequest(); });
    expect(many).toContain("... 999900 more items");
    expect(many.length).toBeLessThan(20_000);
    const bytes = failureOf(() => { expect({ Destinations: new Uint8Array(5_000_000) }).toBeValidStartImportRequest(); });
    expect(bytes.length).toBeLessThan(20_000);
  });

  it('prints an object of many members by its first 100, counting the rest, at any depth (200,000 of them made a 3 MB message)', () => {
    const members = (n: number): Record<string, number> => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${String(i)}`, i]));
    const wide = failureOf(() => { expect({ ImportId: 'ABC', ...members(200_000) }).toBeValidStartImportRequest(); });
    expect(wide).toContain("k98: 98, '…': '199901 more members' }");
    expect(wide).not.toContain('k99:');
    expect(wide.length).toBeLessThan(20_000);
    const deep = failureOf(() => { expect({ ImportSource: { S3: [members(3_000)] } }).toBeValidStartImportRequest(); });
    expect(deep).toContain("'…': '2900 more members'");
    expect(deep.length).toBeLessThan(20_000);
    const listed = failureOf(() => { expect({ Destinations: Array.from({ length: 150 }, () => members(200)) }).toBeValidStartImportRequest(); });
    expect(listed).toContain("'… 51 more items' ]");
    expect(listed.length).toBeLessThan(200_000);
  });

  it('fails under .not for a valid request, saying what kind it is', () => {
    expect(failureOf(() => { expect(retry).not.toBeValidStartImportRequest(); })).toMatchInlineSnapshot(`
      "expect(received).not.toBeValidStartImportRequest()

      Expected not a valid StartImport request, but it is a retry, with no violations.

      Received: Object {
        "ImportId": "4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b",
      }"
    `);
  });

  it('passes a request with warnings only, and lists them under .not', () => {
    const halfOpen = { ...newImport(), EndEventTime: undefined };
    expect(halfOpen).toBeValidStartImportRequest();
    expect(failureOf(() => { expect(halfOpen).not.toBeValidStartImportRequest(); })).toContain('a new import, with 1 warning:\n  /EndEventTime warning time-range-half-open:');
  });

  it('names the promise in the hint under .resolves', async () => {
    await expect(Promise.resolve(retry)).resolves.toBeValidStartImportRequest();
    const failure = await asyncFailureOf(() => expect(Promise.resolve({})).resolves.toBeValidStartImportRequest());
    expect(failure).toContain('expect(received).resolves.toBeValidStartImportRequest()');
  });

  it('throws a TypeError naming the matcher when the options are misspelt or mistyped', () => {
    expect(() => { expect(retry).toBeValidStartImportRequest({ shap: 'sdk' } as never); }).toThrow("toBeValidStartImportRequest(options): unknown option 'shap' (known: shape, now, policy)");
    expect(() => { expect(retry).toBeValidStartImportRequest({ shape: 'json' } as never); }).toThrow(
      "toBeValidStartImportRequest(options): options.shape must be one of sdk, wire, cli, auto (got 'json')",
    );
    expect(() => { expect(retry).toBeValidStartImportRequest('sdk' as never); }).toThrow(TypeError);
    expect(() => { expect(retry).toBeValidStartImportRequest({ now: new Date('never') }); }).toThrow('options.now must be a valid Date');
  });
});

describe('toBeNewImportRequest', () => {
  it('passes every generated new import, which is also a valid request', () => {
    fc.assert(
      fc.property(newImportRequest({ shape: 'sdk' }), (request) => {
        expect(request).toBeNewImportRequest({ shape: 'sdk', now: NOW });
        expect(request).toBeValidStartImportRequest({ shape: 'sdk', now: NOW });
        expect(request).not.toBeRetryImportRequest();
      }),
      { numRuns: 200 },
    );
  });

  it('rejects a valid retry, saying it is one', () => {
    expect(failureOf(() => { expect(retry).toBeNewImportRequest(); })).toMatchInlineSnapshot(`
      "expect(received).toBeNewImportRequest()

      Expected a valid new-import request (Destinations and ImportSource, no ImportId), but it is a retry, with no violations.

      Received: Object {
        "ImportId": "4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b",
      }"
    `);
  });

  it('rejects an invalid new import with its violations', () => {
    const request = { ...newImport(), Destinations: [] };
    expect(failureOf(() => { expect(request).toBeNewImportRequest(); })).toContain('a new import, with 1 error:\n  /Destinations error destinations-count:');
  });
});

describe('toBeRetryImportRequest', () => {
  it('passes every generated retry, which is no new import', () => {
    fc.assert(
      fc.property(retryImportRequest({ shape: 'sdk' }), (request) => {
        expect(request).toBeRetryImportRequest();
        expect(request).not.toBeNewImportRequest();
      }),
      { numRuns: 200 },
    );
  });

  it('rejects an ImportId sent with new-import parameters', () => {
    expect(failureOf(() => { expect({ ImportId: IMPORT_ID, StartEventTime: new Date('2024-01-01T00:00:00Z') }).toBeRetryImportRequest(); })).toMatchInlineSnapshot(`
      "expect(received).toBeRetryImportRequest()

      Expected a valid retry request (ImportId alone), but it is an ImportId together with new-import parameters, with 1 error:
        /StartEventTime error retry-with-new-import-params: must not be sent with ImportId: a retry sends ImportId alone

      Received: Object {
        "ImportId": "4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b",
        "StartEventTime": 2024-01-01T00:00:00.000Z,
      }"
    `);
  });

  it('rejects what is not a request at all', () => {
    expect(failureOf(() => { expect('retry please').toBeRetryImportRequest(); })).toMatchInlineSnapshot(`
      "expect(received).toBeRetryImportRequest()

      Expected a valid retry request (ImportId alone), but it is neither a new import nor a retry, with 1 error:
        (root) error type-mismatch: must be a structure (object) (got the string 'retry please')

      Received: "retry please""
    `);
  });
});

describe('toViolateStartImportContract', () => {
  it('passes every labelled invalid request, with and without its code', () => {
    fc.assert(
      fc.property(invalidStartImportRequest({ shape: 'sdk', now: NOW }), ({ request, expected }) => {
        expect(request).toViolateStartImportContract(expected, { shape: 'sdk', now: NOW });
        expect(request).toViolateStartImportContract(undefined, { shape: 'sdk', now: NOW });
        expect(request).not.toBeValidStartImportRequest({ shape: 'sdk', now: NOW });
      }),
      { numRuns: 300 },
    );
  });

  it('passes a warning code of a valid request: a code matches at any severity', () => {
    const halfOpen = { ...newImport(), EndEventTime: undefined };
    expect(halfOpen).toViolateStartImportContract('time-range-half-open');
    expect(halfOpen).not.toViolateStartImportContract();
  });

  it('fails listing the violations the request does have', () => {
    expect(failureOf(() => { expect({ ImportId: 'ABC' }).toViolateStartImportContract('destinations-count'); })).toMatchInlineSnapshot(`
      "expect(received).toViolateStartImportContract(code)

      Expected a StartImport request with violation destinations-count, but it is a retry, with 1 error:
        /ImportId error import-id-invalid: must be 36 characters of a-f, 0-9 and - (got 'ABC')

      Received: Object {
        "ImportId": "ABC",
      }"
    `);
  });

  it('fails for a valid request without a code', () => {
    expect(failureOf(() => { expect(retry).toViolateStartImportContract(); })).toMatchInlineSnapshot(`
      "expect(received).toViolateStartImportContract()

      Expected a StartImport request with an error violation, but it is a retry, with no violations.

      Received: Object {
        "ImportId": "4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b",
      }"
    `);
  });

  it('fails under .not naming the code it was not to have', () => {
    expect(failureOf(() => { expect({ ImportId: 'ABC' }).not.toViolateStartImportContract('import-id-invalid'); })).toMatchInlineSnapshot(`
      "expect(received).not.toViolateStartImportContract(code)

      Expected a StartImport request without violation import-id-invalid, but it is a retry, with 1 error:
        /ImportId error import-id-invalid: must be 36 characters of a-f, 0-9 and - (got 'ABC')

      Received: Object {
        "ImportId": "ABC",
      }"
    `);
  });

  it('throws a TypeError for a code the contract does not have, which could never match', () => {
    expect(() => { expect(retry).not.toViolateStartImportContract('import-id-wrong' as never); }).toThrow(
      "toViolateStartImportContract(code): 'import-id-wrong' is not a code of the contract (see ruleCatalogue) nor a policy code (policy/<rule>, see POLICY_RULE_NAMES)",
    );
  });

  it.each(['response-mismatch-request', 'max-results-out-of-range', 'logs-time-in-seconds', 'wire-target-unknown', 'error-not-modeled'])(
    'throws a TypeError for %s, a code of the contract never reported on a StartImport request (.not would pass vacuously), as toViolateImportContract does',
    (code) => {
      const message = `'${code}' is never reported on a StartImport request (see ruleCatalogue)`;
      expect(() => { expect(retry).not.toViolateStartImportContract(code as never); }).toThrow(`toViolateStartImportContract(code): ${message}`);
      expect(() => { expect(retry).not.toViolateImportContract('StartImport', code as never); }).toThrow(`toViolateImportContract(code): ${message}`);
    },
  );
});

describe('the matchers over a value that throws while read', () => {
  const TRAPS = ['get', 'ownKeys', 'getOwnPropertyDescriptor', 'getPrototypeOf'] as const;
  const hostile = (trap: (typeof TRAPS)[number]): object => new Proxy({ ImportId: IMPORT_ID }, { [trap]: () => { throw new Error(`${trap} refused`); } });
  const revoked = (): object => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  };

  // The runner's printReceived reads the value again (pretty-format), and a trap that throws there
  // replaced the matcher's message with the trap's own error.
  it.each(TRAPS)('fail with their own message, the value printed without its %s trap', (trap) => {
    for (const value of [hostile(trap), { ImportSource: hostile(trap) }]) {
      for (const assertion of [
        () => { expect(value).toBeValidStartImportRequest(); },
        () => { expect(value).toBeValidStartImportResponse(); },
        () => { expect(value).toBeValidImportRequest('GetImport'); },
      ]) {
        const failure = failureOf(assertion);
        expect(failure).toMatch(/^expect\(received\)\.toBeValid(StartImportRequest|StartImportResponse|ImportRequest)\(/);
        expect(failure).toContain('Received: ');
      }
    }
  });

  // A value whose get trap throws, or a revoked Proxy, cannot be read; one with any other trap reads as an object that is neither.
  it.each([
    ['a Proxy whose get trap throws', (): object => hostile('get')],
    ['a revoked Proxy', revoked],
  ])('fail as the stub and recorder matchers too, under .not as well, saying %s cannot be read', async (_what, make) => {
    const value = make();
    for (const assertion of [
      () => Promise.resolve().then(() => { expect(value).toHaveSentOnlyValidStartImportRequests(); }),
      () => Promise.resolve().then(() => { expect(value).toHaveSentValidStartImportRequest(); }),
      async () => { await expect(value).toHaveResolvedOnlyValidStartImportResponses(); },
      () => Promise.resolve().then(() => { expect(value).not.toHaveSentOnlyValidStartImportRequests(); }),
      async () => { await expect(value).not.toHaveResolvedOnlyValidStartImportResponses(); },
    ]) {
      const failure = await asyncFailureOf(assertion);
      expect(failure).toMatch(/^expect\(received\)(\.not)?\.toHave(SentOnlyValid|SentValid|ResolvedOnlyValid)StartImport/);
      expect(failure).toContain('but it cannot be read (reading it threw: ');
    }
  });

  it('print a revoked Proxy as one', () => {
    const failure = failureOf(() => { expect({ ImportSource: revoked() }).toBeValidStartImportRequest(); });
    expect(failure).toContain('reading it threw');
    expect(failure).toContain('<Revoked Proxy>');
  });
});
