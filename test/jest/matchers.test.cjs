// Jest's module wrapper already declares `jest`.
const { describe, expect, it, jest: jestObject } = require('@jest/globals');
require('cloudtrail-import-contract/jest');
const { failureOf, IMPORT_ID, newImport, responseTo, retry } = require('./support.cjs');

describe('toBeValidStartImportRequest', () => {
  it('passes a new import and a retry, and .not an invalid request', () => {
    expect(newImport()).toBeValidStartImportRequest({ shape: 'sdk' });
    expect(retry).toBeValidStartImportRequest();
    expect({ ImportId: 'ABC' }).not.toBeValidStartImportRequest();
  });

  it('fails with every violation in the words of formatViolations', () => {
    expect(failureOf(() => expect({ ImportId: 'ABC', Destination: ['x'] }).toBeValidStartImportRequest())).toMatchInlineSnapshot(`
"expect(received).toBeValidStartImportRequest()

Expected a valid StartImport request, but it is a retry, with 2 errors:
  /Destination error unknown-member: must not have member 'Destination': the SDK silently drops it (did you mean 'Destinations'?)
  /ImportId error import-id-invalid: must be 36 characters of a-f, 0-9 and - (got 'ABC')

Received: {"Destination": ["x"], "ImportId": "ABC"}"
`);
  });

  it('fails under .not for a valid request, saying what kind it is', () => {
    expect(() => expect(retry).not.toBeValidStartImportRequest()).toThrow('Expected not a valid StartImport request, but it is a retry, with no violations.');
  });

  it('throws a TypeError for a misspelt option', () => {
    expect(() => expect(retry).toBeValidStartImportRequest({ shap: 'sdk' })).toThrow("toBeValidStartImportRequest(options): unknown option 'shap' (known: shape, now, policy)");
  });
});

describe('toBeNewImportRequest and toBeRetryImportRequest', () => {
  it('tell a new import from a retry', () => {
    expect(newImport()).toBeNewImportRequest();
    expect(newImport()).not.toBeRetryImportRequest();
    expect(retry).toBeRetryImportRequest();
    expect(() => expect(retry).toBeNewImportRequest()).toThrow('but it is a retry, with no violations.');
  });
});

describe('toViolateStartImportContract', () => {
  it('passes for the code the request has, and fails listing what it has otherwise', () => {
    expect({ ImportId: 'ABC' }).toViolateStartImportContract('import-id-invalid');
    expect(retry).not.toViolateStartImportContract();
    expect(failureOf(() => expect({ ImportId: 'ABC' }).toViolateStartImportContract('request-empty'))).toContain(
      'Expected a StartImport request with violation request-empty, but it is a retry, with 1 error:\n  /ImportId error import-id-invalid:',
    );
  });

  it('throws a TypeError for a code the contract does not have', () => {
    expect(() => expect(retry).not.toViolateStartImportContract('import-id-wrong')).toThrow(TypeError);
  });

  it('passes for a policy code the request breaks, given the policy, and throws without one', () => {
    const policy = { version: 1, rules: { 'allowed-regions': { regions: ['eu-west-1'] } } };
    expect(newImport()).toViolateStartImportContract('policy/allowed-regions', { policy });
    expect(() => expect(newImport()).toViolateStartImportContract('policy/allowed-regions')).toThrow(
      "toViolateStartImportContract(code): 'policy/allowed-regions' can never be reported: the matcher has no policy option to check it against",
    );
  });
});

describe('toBeValidStartImportResponse', () => {
  it('passes a response to its request, and fails one that does not echo it', () => {
    const request = newImport();
    expect(responseTo(request)).toBeValidStartImportResponse({ request });
    expect(failureOf(() => expect({ ...responseTo(request), ImportStatus: 'RUNNING' }).toBeValidStartImportResponse({ request }))).toContain(
      'Expected a valid StartImport response to the request, but it has 1 error:\n  /ImportStatus error response-import-status-invalid:',
    );
  });
});

describe('the asymmetric matchers', () => {
  it('fail toEqual and objectContaining as assertions, their diff listing the violations (Jest copies the expected value to print it)', () => {
    const bad = { ImportId: 'ABC' };
    for (const assertion of [
      () => expect({ r: bad }).toEqual({ r: expect.validStartImportRequest() }),
      () => expect(bad).toEqual(expect.retryImportRequest()),
      () => expect([bad]).toEqual([expect.validStartImportRequest()]),
      () => expect({ a: bad }).toEqual(expect.objectContaining({ a: expect.validStartImportRequest() })),
      () => expect({ r: {} }).toEqual({ r: expect.validImportRequest('GetImport') }),
    ]) {
      const message = failureOf(assertion);
      expect(message).toContain('expect(received).toEqual(expected)');
      expect(message).toMatch(/import-id-invalid|required-member-missing/);
    }
    // The matcher matched; a sibling member did not: the diff is still printed.
    expect(failureOf(() => expect({ r: retry, n: 1 }).toEqual({ r: expect.retryImportRequest(), n: 2 }))).toContain('"n": 2');
  });

  it('match inside toHaveBeenCalledWith, and expect.not their opposite', () => {
    const submit = jestObject.fn();
    submit(newImport(), 'us-east-1');
    submit(retry, 'us-east-1');
    expect(submit).toHaveBeenNthCalledWith(1, expect.newImportRequest(), 'us-east-1');
    expect(submit).toHaveBeenNthCalledWith(2, expect.retryImportRequest(), 'us-east-1');
    expect(submit).not.toHaveBeenCalledWith(expect.not.validStartImportRequest(), 'us-east-1');
    expect({ output: responseTo(newImport()) }).toEqual({ output: expect.validStartImportResponse() });
  });

  it('fail toHaveBeenCalledWith showing the matcher by its name and the violations of the value it was compared with', () => {
    const submit = jestObject.fn();
    submit({ ImportId: IMPORT_ID.toUpperCase() });
    expect(failureOf(() => expect(submit).toHaveBeenCalledWith(expect.validStartImportRequest()))).toMatchInlineSnapshot(`
"expect(jest.fn()).toHaveBeenCalledWith(...expected)

Expected: validStartImportRequest<> (the received value is a retry, with 1 error:
  /ImportId error import-id-invalid: must be 36 characters of a-f, 0-9 and - (got '4B9E2F7A-1C3D-4E5F-8A9B-0C1D2E3F4A5B'))
Received: {"ImportId": "4B9E2F7A-1C3D-4E5F-8A9B-0C1D2E3F4A5B"}

Number of calls: 1"
`);
  });
});

describe('the import-operation matchers over the CloudWatch Logs import tasks', () => {
  const SOURCE = 'arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/f1d45bff-d0e3-4868-b5d9-2eb678aa32fb';
  const ROLE = 'arn:aws:iam::123456789012:role/CloudWatchLogsImport';
  const NOW = new Date('2026-06-01T00:00:00Z');

  it('pass epoch milliseconds and fail epoch seconds with logs-time-in-seconds', () => {
    expect({ importSourceArn: SOURCE, importRoleArn: ROLE, importFilter: { startEventTime: 1735689600000 } }).toBeValidImportRequest('CreateImportTask', { now: NOW });
    expect({ importSourceArn: SOURCE, importRoleArn: ROLE, importFilter: { startEventTime: 1735689600 } }).toViolateImportContract('CreateImportTask', 'logs-time-in-seconds', { now: NOW });
    expect({ limit: 51 }).not.toBeValidImportRequest('DescribeImportTasks');
  });

  it('match inside toHaveBeenCalledWith with expect.validImportRequest', () => {
    const cancel = jestObject.fn();
    cancel({ importId: 'f1d45bff-d0e3-4868' });
    expect(cancel).toHaveBeenCalledWith(expect.validImportRequest('CancelImportTask'));
    expect(cancel).not.toHaveBeenCalledWith(expect.validImportRequest('CreateImportTask'));
    expect(cancel).toHaveBeenCalledWith(expect.not.validImportRequest('CreateImportTask'));
  });
});
