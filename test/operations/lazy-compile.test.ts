/**
 * The compiled operations are compiled when first validated, once each: importing the package
 * compiles none (compiling all eight at import was about a third of its load time), and a second
 * validation of an operation reuses what the first compiled.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as Contract from '../../src/core/contract.js';
import type * as Operations from '../../src/operations/index.js';

afterEach(() => {
  vi.doUnmock('../../src/core/contract.js');
  vi.resetModules();
});

/** A fresh module graph whose `compileOperation` counts the operations it compiles. */
async function countingCompiles(): Promise<{ readonly compiled: string[]; readonly operations: typeof Operations }> {
  vi.resetModules();
  const compiled: string[] = [];
  vi.doMock('../../src/core/contract.js', async (importOriginal) => {
    const original = await importOriginal<typeof Contract>();
    return {
      ...original,
      compileOperation: (...args: Parameters<typeof original.compileOperation>) => {
        compiled.push(args[1]);
        return original.compileOperation(...args);
      },
    };
  });
  const operations = await import('../../src/operations/index.js');
  return { compiled, operations };
}

describe('compiled operations', () => {
  it('are compiled on their first validation, not at import, and once each', async () => {
    const { compiled, operations } = await countingCompiles();
    expect(compiled).toEqual([]);
    expect(operations.validateImportRequest('GetImport', { ImportId: 'x' }).violations.map((v) => v.code)).toEqual(['import-id-invalid']);
    operations.validateImportRequest('GetImport', { ImportId: 'y' });
    operations.validateImportResponse('GetImport', {});
    expect(operations.operationContracts('GetImport')).toBe(operations.operationContracts('GetImport'));
    expect(compiled).toEqual(['GetImport']);
    operations.validateImportRequest('CreateImportTask', {});
    operations.validateImportRequest('StartImport', {});
    expect(compiled).toEqual(['GetImport', 'CreateImportTask']);
  });

  it('name an unknown operation in a TypeError, compiling nothing', async () => {
    const { compiled, operations } = await countingCompiles();
    expect(() => operations.operationContracts('DescribeImport' as 'GetImport')).toThrow("operationContracts: the string 'DescribeImport' is not an import operation");
    expect(compiled).toEqual([]);
  });
});
