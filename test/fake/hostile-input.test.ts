import { describe, expect, it } from 'vitest';
import { createFakeCloudTrailImports, type FakeOutcome } from '../../src/fake/index.js';
import { IMPORT_OPERATIONS, type ImportOperation } from '../../src/contract/operations.js';
import { revokedProxy, throwingGetters, throwingProxy, unprintable } from '../support/hostile-values.js';
import { errorOf } from './helpers.js';

const READS = ['GetImport', 'ListImports', 'StopImport', 'ListImportFailures'] as const;
const MEMBERS = { ImportId: '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b', MaxResults: 1, Destination: 'x', NextToken: 'x' };

function handle(operation: ImportOperation, input: unknown): FakeOutcome {
  return createFakeCloudTrailImports().handle(operation, input);
}

describe('createFakeCloudTrailImports().handle on input it cannot read', () => {
  it.each(READS)('refuses a revoked Proxy as %s input with InvalidParameterException saying it could not be read', (operation) => {
    const error = errorOf(handle(operation, revokedProxy()));
    expect(error.name).toBe('InvalidParameterException');
    expect(error.message).toMatch(/must be readable plain data \(reading it threw: .*revoked/);
    expect(error.violations.map((v) => v.code)).toEqual(['type-mismatch']);
  });

  it.each(READS)('refuses %s input whose getters throw, naming the thrown message', (operation) => {
    const error = errorOf(handle(operation, throwingGetters(MEMBERS, new Error('getter refused'))));
    expect(error.name).toBe('InvalidParameterException');
    expect(error.message).toMatch(/reading it threw: getter refused/);
  });

  it.each(READS)('refuses %s input from a Proxy whose traps throw, and a getter throwing an unprintable value', (operation) => {
    for (const input of [throwingProxy({}, ['get', 'ownKeys', 'getOwnPropertyDescriptor']), throwingGetters(MEMBERS, unprintable().throwingToString)]) {
      expect(errorOf(handle(operation, input)).name).toBe('InvalidParameterException');
    }
  });

  it.each(READS)('refuses %s input with a revoked Proxy as a member value', (operation) => {
    const error = errorOf(handle(operation, { ImportId: revokedProxy(), MaxResults: revokedProxy() }));
    expect(error.name).toBe('InvalidParameterException');
  });

  it('reads each member once, so a getter that answers differently the second time cannot slip past the checks', () => {
    let reads = 0;
    const input = {
      get ImportId(): unknown {
        reads += 1;
        return reads === 1 ? '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b' : { not: 'a string' };
      },
    };
    const fake = createFakeCloudTrailImports();
    expect(errorOf(fake.handle('GetImport', input)).name).toBe('ImportNotFoundException');
    expect(reads).toBe(1);
  });

  it('answers an operation name that cannot be printed with UnknownOperationException', () => {
    for (const operation of [Symbol('op'), unprintable().throwingToString, revokedProxy(), unprintable().nullPrototype]) {
      const error = errorOf(handle(operation as unknown as ImportOperation, {}));
      expect(error.name).toBe('UnknownOperationException');
    }
  });

  it.each(IMPORT_OPERATIONS)('answers %s for every hostile value without throwing', (operation) => {
    for (const input of [revokedProxy(), throwingGetters(MEMBERS, new Error('x')), throwingProxy([], ['get', 'ownKeys'])]) {
      expect(handle(operation, input).ok).toBe(false);
    }
  });
});
