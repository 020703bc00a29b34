/**
 * The fakes' error messages keep to the model's ErrorMessage (4–1000 characters), as the README's
 * Limits say of "an error message in an msw or fake answer": a request with many violations, or a
 * long failNext message, is answered with its message cut with `…`, and every violation attached.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFakeCloudTrailImports, createLogsImportFake } from '../../src/fake/index.js';
import { validateImportError } from '../../src/operations/index.js';
import { validateStartImportError, validateStartImportRequest } from '../../src/validate/index.js';
import { errorOf } from './helpers.js';

/** A request with `count` unknown members of `length` characters each: as many violations, each a long line. */
function manyUnknownMembers(count: number, length: number): Record<string, number> {
  return Object.fromEntries(Array.from({ length: count }, (_, i) => [`${'X'.repeat(length)}${String(i)}`, 1]));
}

describe('createFakeCloudTrailImports', () => {
  it('answers a request with more violations than a message holds with a message of at most 1000 characters, cut with …, which validateStartImportError accepts', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 120 }), fc.integer({ min: 1, max: 60 }), async (count, length) => {
        const fake = createFakeCloudTrailImports();
        const request = manyUnknownMembers(count, length);
        const error = errorOf(fake.handle('StartImport', request));
        expect(error.message.length).toBeLessThanOrEqual(1000);
        expect(error.violations).toEqual(validateStartImportRequest(request).violations);
        expect(validateStartImportError({ __type: error.name, message: error.message }, { status: error.status }).violations).toEqual([]);
        const thrown: unknown = await fake.startImport(request).catch((reason: unknown) => reason);
        expect((thrown as Error).message).toBe(error.message);
      }),
      { numRuns: 40 },
    );
  });

  it.each(['', 'no', '\u0000\ud800', '😀😀😀'])('refuses a failNext message of fewer than 4 characters (%j) with a TypeError: no answer carries one, and validateImportError would refuse it', (message) => {
    const fake = createFakeCloudTrailImports();
    expect(() => { fake.failNext('GetImport', 'OperationNotPermittedException', message); }).toThrow(
      /^failNext\('GetImport', 'OperationNotPermittedException', message\): message must have at least 4 characters/,
    );
    expect(() => { createLogsImportFake().failNext('CreateImportTask', 'ThrottlingException', message); }).toThrow(TypeError);
    // Nothing was queued: the next call is answered as usual.
    expect(errorOf(fake.handle('GetImport', {})).name).not.toBe('OperationNotPermittedException');
  });

  it('takes a failNext message of exactly 4 characters (code points), which the validator accepts', () => {
    const fake = createFakeCloudTrailImports();
    fake.failNext('GetImport', 'OperationNotPermittedException', 'nope');
    const { message } = errorOf(fake.handle('GetImport', {}));
    expect(validateImportError('GetImport', { __type: 'OperationNotPermittedException', message }).valid).toBe(true);
  });

  it('cuts a long failNext message the same way', () => {
    const fake = createFakeCloudTrailImports();
    fake.failNext('GetImport', 'OperationNotPermittedException', 'y'.repeat(2000));
    const { message } = errorOf(fake.handle('GetImport', {}));
    expect(message).toBe(`${'y'.repeat(999)}…`);
    expect(validateImportError('GetImport', { __type: 'OperationNotPermittedException', message }).valid).toBe(true);
  });
});

describe('createLogsImportFake', () => {
  it('answers with a message of at most 1000 characters, as the msw handlers send it', () => {
    const logs = createLogsImportFake();
    const outcome = logs.handle('CreateImportTask', manyUnknownMembers(60, 40));
    if (outcome.ok) return expect.fail('expected a refusal');
    expect(outcome.error.message).toHaveLength(1000);
    expect(outcome.error.message.endsWith('…')).toBe(true);
    expect(outcome.error.violations.length).toBeGreaterThan(60);
    logs.failNext('CreateImportTask', 'ThrottlingException', 'z'.repeat(3000));
    const faulted = logs.handle('CreateImportTask', {});
    expect(faulted.ok ? '' : faulted.error.message).toHaveLength(1000);
    expect(validateImportError('CreateImportTask', { __type: 'ThrottlingException', message: faulted.ok ? '' : faulted.error.message }).valid).toBe(true);
  });
});

describe('a message cut to the model length', () => {
  it('counts code points, as the model does, and never splits a surrogate pair', () => {
    const fake = createFakeCloudTrailImports();
    fake.failNext('GetImport', 'OperationNotPermittedException', '😀'.repeat(1000));
    expect(errorOf(fake.handle('GetImport', {})).message).toBe('😀'.repeat(1000));
    fake.failNext('GetImport', 'OperationNotPermittedException', `${'😀'.repeat(998)}a😀😀`);
    const { message } = errorOf(fake.handle('GetImport', {}));
    expect(message).toBe(`${'😀'.repeat(998)}a…`);
    // No lone surrogate: the text survives UTF-8 unchanged.
    expect(Buffer.from(message, 'utf8').toString('utf8')).toBe(message);
    expect(validateImportError('GetImport', { __type: 'OperationNotPermittedException', message }).valid).toBe(true);
  });
});
