// The matchers on `expect` imported from @jest/globals.
import { describe, expect, it, jest } from '@jest/globals';
import { startImportRequest } from 'cloudtrail-import-contract/arbitraries';
import { one } from './sample';

const valid = one(startImportRequest(), 2);

describe('cloudtrail-import-contract/jest on @jest/globals', () => {
  it('passes a valid request and names the violated code of an invalid one', () => {
    expect(valid).toBeValidStartImportRequest();
    expect({ ...valid, ImportId: 'not-a-uuid' }).toViolateStartImportContract();
  });

  it('matches asymmetrically inside toHaveBeenCalledWith', () => {
    const send = jest.fn<(input: unknown) => void>();
    send(valid);
    expect(send).toHaveBeenCalledWith(expect.validStartImportRequest());
  });
});
