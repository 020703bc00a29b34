import fc from 'fast-check';
import { checkNoConstraints } from './_internals/constraints.js';

/**
 * An import id: 36 characters of `a-f`, `0-9` and `-` (a lowercase UUID, as the service returns).
 *
 * @example
 * fc.sample(importId(), 1); // e.g. ['4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b']
 *
 * @remarks Since 0.1.0
 */
export function importId(...none: []): fc.Arbitrary<string> {
  checkNoConstraints('importId', none);
  return fc.uuid().map((id) => id.toLowerCase());
}
