import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { importRequest, invalidImportRequest } from '../../src/arbitraries/index.js';
import type { CompiledOperation } from '../../src/operations/index.js';
import type { ViolationCode } from '../../src/rules/index.js';
import '../../src/matchers/vitest.js';
import { toBeValidImportRequest } from '../../src/matchers/index.js';
import { loadContractOperationFixtures } from '../support/fixtures.js';
import { failureOf } from './support/failures.js';
import { documentsOf, newImport, retry } from './support/requests.js';

const IMPORT_ID = '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b';
const READ_OPERATIONS: readonly CompiledOperation[] = ['GetImport', 'ListImports', 'StopImport', 'ListImportFailures', 'CreateImportTask', 'DescribeImportTasks', 'DescribeImportTaskBatches', 'CancelImportTask'];

const requestFixtures = loadContractOperationFixtures().filter((f) => f.kind === 'requests');

describe('toBeValidImportRequest', () => {
  it.each(requestFixtures.filter((f) => f.valid).map((f) => [f.name, f] as const))('passes the valid fixture %s', (_name, fixture) => {
    for (const { document } of documentsOf(fixture)) expect(document).toBeValidImportRequest(fixture.operation, { shape: fixture.shape });
  });

  it.each(requestFixtures.filter((f) => !f.valid).map((f) => [f.name, f] as const))('rejects the invalid fixture %s, naming each expected violation', (_name, fixture) => {
    for (const { index, document } of documentsOf(fixture)) {
      const expected = fixture.expected.filter((e) => e.index === index);
      if (!expected.some((e) => e.severity === 'error')) continue;
      for (const { code } of expected) expect(document).toViolateImportContract(fixture.operation, code as ViolationCode, { shape: fixture.shape });
      const message = failureOf(() => { expect(document).toBeValidImportRequest(fixture.operation, { shape: fixture.shape }); });
      for (const { code, path, severity } of expected) expect(message).toContain(`${path === '' ? '(root)' : path} ${severity} ${code}:`);
    }
  });

  it.each(READ_OPERATIONS.map((op) => [op] as const))('passes every valid %s input of importRequest, and fails every labelled invalid one', (operation) => {
    for (const value of fc.sample(importRequest(operation), { seed: 4, numRuns: 40 })) expect(value).toBeValidImportRequest(operation);
    for (const { value, code } of fc.sample(invalidImportRequest(operation), { seed: 4, numRuns: 40 })) {
      expect(value).not.toBeValidImportRequest(operation);
      expect(value).toViolateImportContract(operation, code);
    }
  });

  it('agrees with toBeValidStartImportRequest for StartImport', () => {
    expect(newImport()).toBeValidImportRequest('StartImport');
    expect({ ImportId: 'ABC' }).not.toBeValidImportRequest('StartImport');
    expect(retry).toBeValidImportRequest('StartImport', { shape: 'wire' });
  });

  it('rejects an input with every violation in the words of formatViolations', () => {
    expect(failureOf(() => { expect({ MaxResults: 5000, ImportStatus: 'DONE', importId: 'x' }).toBeValidImportRequest('ListImports'); })).toMatchInlineSnapshot(`
      "expect(received).toBeValidImportRequest(operation)

      Expected a valid ListImports request, but it has 3 errors:
        /importId error unknown-member: must not have member 'importId': the SDK silently drops it (members are MaxResults, Destination, ImportStatus, NextToken)
        /MaxResults error max-results-out-of-range: must be a whole number from 1 to 1000 (got 5000)
        /ImportStatus error import-status-filter-invalid: must be one of INITIALIZING, IN_PROGRESS, FAILED, STOPPED, COMPLETED (got 'DONE')

      Received: Object {
        "ImportStatus": "DONE",
        "MaxResults": 5000,
        "importId": "x",
      }"
    `);
  });

  it('fails under .not for a valid input', () => {
    expect(failureOf(() => { expect({ ImportId: IMPORT_ID }).not.toBeValidImportRequest('GetImport'); })).toMatchInlineSnapshot(`
      "expect(received).not.toBeValidImportRequest(operation)

      Expected not a valid GetImport request, but it has no violations.

      Received: Object {
        "ImportId": "4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b",
      }"
    `);
  });

  it('prints plain text when called bare, naming its options in the hint', () => {
    expect(toBeValidImportRequest({}, 'StopImport', { shape: 'wire' }).message()).toMatchInlineSnapshot(`
      "expect(received).toBeValidImportRequest(operation, options)

      Expected a valid StopImport request, but it has 1 error:
        /ImportId error required-member-missing: must be set: StopImport requires ImportId

      Received: {}"
    `);
  });

  it('throws a TypeError naming the matcher for an unknown operation or option', () => {
    expect(() => { expect({}).toBeValidImportRequest('DescribeImport' as CompiledOperation); }).toThrow(
      "toBeValidImportRequest(operation): the string 'DescribeImport' is not an import operation (StartImport, GetImport, ListImports, StopImport, ListImportFailures, CreateImportTask, DescribeImportTasks, DescribeImportTaskBatches, CancelImportTask)",
    );
    expect(() => { expect({}).toBeValidImportRequest('GetImport', { policy: {} } as never); }).toThrow("toBeValidImportRequest(options): unknown option 'policy' (known: shape, now)");
  });
});

describe('toViolateImportContract', () => {
  it('passes when the input has a violation of the code', () => {
    expect({ MaxResults: 0 }).toViolateImportContract('ListImportFailures', 'required-member-missing');
    expect({ MaxResults: 0 }).toViolateImportContract('ListImports', 'max-results-out-of-range');
    expect({ ImportId: IMPORT_ID }).not.toViolateImportContract('StopImport');
  });

  it('fails naming the code and listing what was found', () => {
    expect(failureOf(() => { expect({ ImportId: IMPORT_ID, MaxResults: 10 }).toViolateImportContract('ListImportFailures', 'next-token-length'); })).toMatchInlineSnapshot(`
      "expect(received).toViolateImportContract(operation, code)

      Expected a ListImportFailures request with violation next-token-length, but it has no violations.

      Received: Object {
        "ImportId": "4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b",
        "MaxResults": 10,
      }"
    `);
  });

  it('fails under .not naming what it found', () => {
    expect(failureOf(() => { expect({ NextToken: 'abc' }).not.toViolateImportContract('ListImports'); })).toMatchInlineSnapshot(`
      "expect(received).not.toViolateImportContract(operation)

      Expected a ListImports request without an error violation, but it has 1 error:
        /NextToken error next-token-length: must be 4–1000 characters long (got 3)

      Received: Object {
        "NextToken": "abc",
      }"
    `);
  });

  it('throws a TypeError for a code never reported on that operation’s input', () => {
    expect(() => { expect({}).toViolateImportContract('GetImport', 'max-results-out-of-range'); }).toThrow(
      "toViolateImportContract(code): 'max-results-out-of-range' is never reported on a GetImport request (see ruleCatalogue)",
    );
    expect(() => { expect({}).toViolateImportContract('ListImports', 'response-failure-status-invalid'); }).toThrow(TypeError);
  });
});

describe('expect.validImportRequest', () => {
  it('matches a valid input inside toHaveBeenCalledWith, and expect.not its opposite', () => {
    const send = vi.fn();
    send({ ImportId: IMPORT_ID, MaxResults: 100 });
    expect(send).toHaveBeenCalledWith(expect.validImportRequest('ListImportFailures'));
    expect(send).toHaveBeenCalledWith(expect.not.validImportRequest('GetImport'));
  });

  it('fails toHaveBeenCalledWith showing the violations of the value it was compared with', () => {
    const send = vi.fn();
    send({ ImportId: 'not-an-id' });
    expect(failureOf(() => { expect(send).toHaveBeenCalledWith(expect.validImportRequest('GetImport')); })).toMatchInlineSnapshot(`
      "expected "vi.fn()" to be called with arguments: [ …(1) ]

      Received:

        1st vi.fn() call:

        [
      -   validImportRequest<{ operation: 'GetImport' }> (the received value has 1 error:
      -   /ImportId error import-id-invalid: must be 36 characters long and match ^[a-f0-9\\-]+$ (got 'not-an-id', 9 characters)),
      +   {
      +     "ImportId": "not-an-id",
      +   },
        ]


      Number of calls: 1
      "
    `);
  });
});
