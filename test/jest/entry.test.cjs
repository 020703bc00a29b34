/** The entries as a Jest user loads them: the package's own name, resolved through `exports` to the CommonJS build. */
const { describe, expect, it } = require('@jest/globals');

describe('cloudtrail-import-contract/jest', () => {
  it('registers every matcher, which cloudtrail-import-contract/matchers alone does not', () => {
    const { startImportMatchers } = require('cloudtrail-import-contract/matchers');
    expect(Object.keys(startImportMatchers)).toHaveLength(12);
    expect(expect.validStartImportRequest).toBeUndefined();
    expect(() => expect({}).toBeValidStartImportRequest()).toThrow(TypeError);

    require('cloudtrail-import-contract/jest');
    expect(require.resolve('cloudtrail-import-contract/jest')).toMatch(/dist\/cjs\/matchers\/jest\.js$/);
    for (const name of Object.keys(startImportMatchers)) expect(typeof expect[name]).toBe('function');
    expect({ ImportId: '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b' }).toBeValidStartImportRequest();
  });
});
