// The matchers as a Vitest user registers them: types (expectTypeOf, checked by tsc) and behaviour.
import { startImportRequest } from 'cloudtrail-import-contract/arbitraries';
import 'cloudtrail-import-contract/vitest';
import type { PolicyCode, ViolationCode } from 'cloudtrail-import-contract';
import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import { one } from './sample.js';

const valid = one(startImportRequest(), 1);

describe('cloudtrail-import-contract/vitest', () => {
  it('declares the matchers on expect(…) and the asymmetric forms on expect', () => {
    expectTypeOf(expect(valid)).toHaveProperty('toBeValidStartImportRequest');
    expectTypeOf(expect(valid)).not.toHaveProperty('toBeValidStartImportRequestish');
    expectTypeOf(expect(valid).not.toViolateStartImportContract).parameter(0).toEqualTypeOf<ViolationCode | PolicyCode | undefined>();
    expectTypeOf(expect(valid).toHaveResolvedOnlyValidStartImportResponses).returns.toEqualTypeOf<Promise<void>>();
    expectTypeOf(expect.validStartImportRequest).toBeFunction();
    expectTypeOf(expect.not.newImportRequest).toBeFunction();
  });

  it('passes a valid request and fails an empty one, with the violation in the message', () => {
    expect(valid).toBeValidStartImportRequest();
    expect({}).not.toBeValidStartImportRequest();
    expect(() => {
      expect({}).toBeValidStartImportRequest();
    }).toThrow(/StartImport/);
  });

  it('matches asymmetrically inside toHaveBeenCalledWith', () => {
    const send = vi.fn();
    send(valid);
    expect(send).toHaveBeenCalledWith(expect.validStartImportRequest());
    expect(send).not.toHaveBeenCalledWith(expect.not.validStartImportRequest());
  });
});
