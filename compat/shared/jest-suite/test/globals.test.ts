// The matchers on Jest's global `expect` (@types/jest), registered by jest.setup.ts and typed by
// the `types` entry of tsconfig.json: no import in the test file.
import { startImportRequest } from 'cloudtrail-import-contract/arbitraries';
import { one } from './sample';

const valid = one(startImportRequest(), 1);

describe('cloudtrail-import-contract/jest on the global expect', () => {
  it('passes a valid request and fails an empty one', () => {
    expect(valid).toBeValidStartImportRequest();
    expect({}).not.toBeValidStartImportRequest();
    expect(() => {
      expect({}).toBeValidStartImportRequest();
    }).toThrow(/StartImport/);
  });

  it('matches asymmetrically, and inversely', () => {
    const send = jest.fn();
    send(valid);
    expect(send).toHaveBeenCalledWith(expect.validStartImportRequest());
    expect(send).not.toHaveBeenCalledWith(expect.not.validStartImportRequest());
  });

});
