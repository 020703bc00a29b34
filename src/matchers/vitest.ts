/**
 * `cloudtrail-import-contract/vitest`: registers the StartImport matchers with Vitest's `expect`
 * and declares their types. Import it once, in a test file or a `setupFiles` module.
 *
 * @example
 * import 'cloudtrail-import-contract/vitest';
 * expect(input).toBeValidStartImportRequest();
 * expect(startImport).toHaveBeenCalledWith(expect.validStartImportRequest());
 */
import './vitest-peer.js';
import { expect } from 'vitest';
import { installAsymmetricMatchers } from './asymmetric.js';
import { importMatchers, startImportMatchers } from './matchers.js';
import type { ImportAsymmetricMatchers, ImportMatchers, StartImportAsymmetricMatchers, StartImportMatchers } from './types.js';

expect.extend(startImportMatchers);
expect.extend(importMatchers);
// Vitest copies this object onto the `expect` of each test context (`test('…', ({ expect }) => …)`).
const shared: unknown = Reflect.get(globalThis, Symbol.for('asymmetric-matchers-object'));
installAsymmetricMatchers(expect, typeof shared === 'object' && shared !== null ? shared : undefined);

declare module 'vitest' {
  // Vitest 4 declares `interface Matchers<T = any>`, Vitest 5 `interface Matchers<R … = …, T = unknown>`.
  // Every declaration of an interface must name the same type parameters, but one may leave out
  // those that have defaults: with none at all, this declaration merges under both.
  interface Matchers extends StartImportMatchers<void>, ImportMatchers<void> {}
  // `unknown`: Vitest types its own asymmetric matchers `any`, which this package does not export.
  interface AsymmetricMatchersContaining extends StartImportAsymmetricMatchers<unknown>, ImportAsymmetricMatchers<unknown> {}
}
