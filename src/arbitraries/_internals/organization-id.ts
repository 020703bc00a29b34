import type fc from 'fast-check';
import { lowerAlnum } from './characters.js';

/** An AWS Organizations id: `o-` and 10 to 12 lowercase letters or digits (the API allows up to 32). */
export function organizationId(): fc.Arbitrary<string> {
  return lowerAlnum(10, 12).map((id) => `o-${id}`);
}
