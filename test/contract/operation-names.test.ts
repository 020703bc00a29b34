/**
 * Every surface that takes an operation's name refuses any other value alike: a TypeError naming
 * the function, what it was given (read safely: a symbol, an object, a string that is a key of
 * Object.prototype) and the names it takes. One wording (`notAnOperation`), never a crash of its own.
 * The model facts' look-ups (error names, statuses, Regions) answer any value without throwing.
 */
import { CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import { mockClient } from 'aws-sdk-client-mock';
import fc from 'fast-check';
import { describe as group, expect, it } from 'vitest';
import { importRequest, invalidImportRequest } from '../../src/arbitraries/index.js';
import { checkedImportOperation } from '../../src/client-mock/index.js';
import { isStartImportErrorName } from '../../src/contract/model.js';
import { CONTRACT_OPERATIONS, IMPORT_OPERATIONS, isCommonErrorName, isImportErrorName, LOGS_IMPORT_OPERATIONS, statusOfException, targetsOf, type ContractOperation } from '../../src/contract/operations.js';
import { partitionOfRegion } from '../../src/contract/partitions.js';
import { describe } from '../../src/contract/timestamps.js';
import { createFakeCloudTrailImports, createLogsImportFake } from '../../src/fake/index.js';
import '../../src/matchers/vitest.js';
import { validateImportError, validateImportRequest, validateImportResponse, validatePartialImportRequest } from '../../src/index.js';
import { operationContracts } from '../../src/operations/index.js';

/** Values that name no operation: any JSON-like or odd value, symbols, and the names a caller gets wrong. */
const notAName = fc.oneof(
  fc.anything({ withObjectString: true, withNullPrototype: true, withBigInt: true, withDate: true, withMap: true }),
  fc.string().map((text) => Symbol(text)),
  fc.constantFrom('constructor', 'toString', '__proto__', 'hasOwnProperty', 'startImport', 'DescribeImport', ''),
).filter((value) => !(CONTRACT_OPERATIONS as readonly unknown[]).includes(value));

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What the TypeError of `who` says for `value`: the function, the value described, then the names taken. */
const wording = (who: string, value: unknown, names: readonly string[]): RegExp => new RegExp(`^${escape(who)}: ${escape(describe(value))} is not an? .+ \\(${escape(names.join(', '))}\\)`);

const cloudTrailMock = mockClient(CloudTrailClient);
const STUBBED = CONTRACT_OPERATIONS.filter((name) => name !== 'StartImport');

const surfaces: readonly { readonly who: string; readonly names: readonly string[]; readonly call: (value: unknown) => unknown }[] = [
  { who: 'validateImportRequest', names: CONTRACT_OPERATIONS, call: (value) => validateImportRequest(value as ContractOperation, {}) },
  { who: 'validateImportResponse', names: CONTRACT_OPERATIONS, call: (value) => validateImportResponse(value as ContractOperation, {}) },
  { who: 'validateImportError', names: CONTRACT_OPERATIONS, call: (value) => validateImportError(value as ContractOperation, {}) },
  { who: 'validatePartialImportRequest', names: CONTRACT_OPERATIONS, call: (value) => validatePartialImportRequest(value as 'GetImport', {}) },
  { who: 'operationContracts', names: CONTRACT_OPERATIONS, call: (value) => operationContracts(value as 'GetImport') },
  { who: 'targetsOf', names: IMPORT_OPERATIONS, call: (value) => targetsOf(value as 'GetImport') },
  { who: 'importRequest', names: CONTRACT_OPERATIONS, call: (value) => importRequest(value as ContractOperation) },
  { who: 'invalidImportRequest', names: CONTRACT_OPERATIONS, call: (value) => invalidImportRequest(value as ContractOperation) },
  { who: 'checkedImportOperation', names: STUBBED, call: (value) => checkedImportOperation(cloudTrailMock, value as 'GetImport') },
  { who: 'failNext', names: IMPORT_OPERATIONS, call: (value) => { createFakeCloudTrailImports().failNext(value as 'GetImport', 'ThrottlingException'); } },
  { who: 'failNext', names: LOGS_IMPORT_OPERATIONS, call: (value) => { createLogsImportFake().failNext(value as 'CreateImportTask', 'ThrottlingException'); } },
  { who: 'toBeValidImportRequest(operation)', names: CONTRACT_OPERATIONS, call: (value) => { expect({}).toBeValidImportRequest(value as ContractOperation); } },
  { who: 'toViolateImportContract(operation)', names: CONTRACT_OPERATIONS, call: (value) => { expect({}).toViolateImportContract(value as ContractOperation); } },
];

group('a value that names no operation', () => {
  it.each(surfaces.map((surface) => [`${surface.who} (${surface.names[0] ?? ''}…)`, surface] as const))('is a TypeError of %s naming it and the operations', (_, { who, names, call }) => {
    fc.assert(
      fc.property(notAName, (value) => {
        let thrown: unknown;
        try {
          call(value);
        } catch (error) {
          thrown = error;
        }
        expect(thrown).toBeInstanceOf(TypeError);
        expect((thrown as TypeError).message).toMatch(wording(who, value, names));
      }),
      { numRuns: 60 },
    );
  });

  it('names StartImport as checkedStartImport’s when checkedImportOperation is given it', () => {
    expect(() => checkedImportOperation(cloudTrailMock, 'StartImport' as 'GetImport')).toThrow(/is not an operation it answers \(GetImport, .*\); StartImport has checkedStartImport$/);
  });
});

group('the model facts’ look-ups, given any value from JavaScript', () => {
  // An error's `name` or a Region read from an untyped place may be anything: no look-up throws for it.
  const anyValue = fc.oneof(fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true }), fc.string().map((text) => Symbol(text)));

  it('are false, 400 or undefined for a value that is no string, and never throw', () => {
    fc.assert(
      fc.property(anyValue, (value) => {
        fc.pre(typeof value !== 'string');
        expect([isStartImportErrorName(value), isImportErrorName(value), isCommonErrorName(value), statusOfException(value as 'ThrottlingException'), partitionOfRegion(value as string)]).toEqual([
          false,
          false,
          false,
          400,
          undefined,
        ]);
      }),
    );
  });

  it('still answer for the names and Regions they know', () => {
    expect([isStartImportErrorName('AccountHasOngoingImportException'), isImportErrorName('ImportNotFoundException'), isCommonErrorName('ThrottlingException')]).toEqual([true, true, true]);
    expect([statusOfException('ImportNotFoundException'), partitionOfRegion('eu-west-1'), partitionOfRegion('cn-north-1')]).toEqual([404, 'aws', 'aws-cn']);
  });
});
