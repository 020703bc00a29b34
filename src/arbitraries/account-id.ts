import type fc from 'fast-check';
import { digits } from './_internals/characters.js';
import { checkNoConstraints } from './_internals/constraints.js';

/**
 * A 12-digit AWS account id.
 *
 * @example
 * fc.sample(accountId(), 1); // e.g. ['704512889213']
 *
 * @remarks Since 0.1.0
 */
export function accountId(...none: []): fc.Arbitrary<string> {
  checkNoConstraints('accountId', none);
  return digits(12);
}
