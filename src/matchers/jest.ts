/**
 * `cloudtrail-import-contract/jest`: registers the StartImport matchers with Jest's `expect` and
 * declares their types, for `@jest/globals` (and `expect`) users and for the global `jest`
 * namespace of `@types/jest`. Import it once, in a test file or a `setupFilesAfterEnv` module.
 *
 * @example
 * require('cloudtrail-import-contract/jest');
 * expect(input).toBeValidStartImportRequest();
 * expect(startImport).toHaveBeenCalledWith(expect.validStartImportRequest());
 */
import './jest-peer.js';
// Inside Jest, `@jest/globals` is Jest's own expect whether or not globals are injected; Jest
// provides that module itself, so it need not be installed.
import { expect } from '@jest/globals';
// Aliased: inside `namespace jest` below, `AsymmetricMatcher` is @types/jest's own (non-generic) type.
import type { AsymmetricMatcher as ExpectAsymmetricMatcher } from 'expect';
import { installAsymmetricMatchers } from './asymmetric.js';
import { importMatchers, startImportMatchers } from './matchers.js';
import type { ImportAsymmetricMatchers, ImportMatchers, StartImportAsymmetricMatchers, StartImportMatchers } from './types.js';

expect.extend(startImportMatchers);
expect.extend(importMatchers);
installAsymmetricMatchers(expect);

declare module 'expect' {
  // Jest declares `interface Matchers<R extends void | Promise<void>, T = unknown>`; a merged declaration must repeat it.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface Matchers<R extends void | Promise<void>, T = unknown> extends StartImportMatchers<R>, ImportMatchers<R> {}
  interface AsymmetricMatchers extends StartImportAsymmetricMatchers<ExpectAsymmetricMatcher<unknown>>, ImportAsymmetricMatchers<ExpectAsymmetricMatcher<unknown>> {}
}

declare global {
  // The namespace `@types/jest` declares; declaring it here needs no @types/jest.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unused-vars
    interface Matchers<R, T = {}> extends StartImportMatchers<R>, ImportMatchers<R> {}
    interface Expect extends StartImportAsymmetricMatchers<ExpectAsymmetricMatcher<unknown>>, ImportAsymmetricMatchers<ExpectAsymmetricMatcher<unknown>> {}
    interface InverseAsymmetricMatchers extends StartImportAsymmetricMatchers<ExpectAsymmetricMatcher<unknown>>, ImportAsymmetricMatchers<ExpectAsymmetricMatcher<unknown>> {}
  }
}
