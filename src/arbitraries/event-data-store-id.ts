import fc from 'fast-check';
import { checkNoConstraints } from './_internals/constraints.js';

/**
 * An event data store ID: a lowercase UUID, as every real one is (the ID suffix of the ARN).
 *
 * @example
 * fc.sample(eventDataStoreId(), 1); // e.g. ['0b2f7a4c-9f3e-4c1d-8a55-6c1e2f3d4b5a']
 *
 * @remarks Since 0.1.0
 */
export function eventDataStoreId(...none: []): fc.Arbitrary<string> {
  checkNoConstraints('eventDataStoreId', none);
  return fc.uuid().map((id) => id.toLowerCase());
}
