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
import { startImportMatchers } from './matchers.js';
import type { StartImportAsymmetricMatchers, StartImportMatchers } from './types.js';

expect.extend(startImportMatchers);
installAsymmetricMatchers(expect);

declare module 'expect' {
  // Jest declares `interface Matchers<R extends void | Promise<void>, T = unknown>`; a merged declaration must repeat it.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unused-vars
  interface Matchers<R extends void | Promise<void>, T = unknown> extends StartImportMatchers<R> {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface AsymmetricMatchers extends StartImportAsymmetricMatchers<ExpectAsymmetricMatcher<unknown>> {}
}

declare global {
  // The namespace `@types/jest` declares; declaring it here needs no @types/jest.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unused-vars
    interface Matchers<R, T = {}> extends StartImportMatchers<R> {}
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface Expect extends StartImportAsymmetricMatchers<ExpectAsymmetricMatcher<unknown>> {}
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface InverseAsymmetricMatchers extends StartImportAsymmetricMatchers<ExpectAsymmetricMatcher<unknown>> {}
  }
}
