import { readDestination } from '../contract/event-data-store.js';
import { clip } from '../contract/timestamps.js';
import { NO_VIOLATIONS, type Rule } from './context.js';
import type { Violation } from './types.js';
import { memoizeViolations, violation } from './violation.js';

/** Calls `visit` with each string destination and its path (other types are type-mismatch's). */
export function forEachDestination(destinations: unknown, visit: (path: string, text: string) => void): void {
  if (!Array.isArray(destinations)) return;
  for (let index = 0; index < destinations.length; index += 1) {
    const item: unknown = destinations[index];
    if (typeof item === 'string') visit(`/Destinations/${String(index)}`, item);
  }
}

function checkDestination(path: string, text: string): Violation[] {
  const { ref, regionProblem, uuid } = readDestination(text);
  if (ref === undefined) {
    return [
      violation(
        'destination-not-event-data-store',
        path,
        `must be an event data store ARN (arn:PARTITION:cloudtrail:REGION:ACCOUNT:eventdatastore/ID) or ID (got '${clip(text)}')`,
      ),
    ];
  }
  const out: Violation[] = [];
  if (regionProblem !== undefined) out.push(violation('destination-region-invalid', path, clip(regionProblem, 100)));
  if (!uuid) out.push(violation('destination-id-not-uuid', path, `should have a lowercase UUID as its event data store ID (got '${clip(ref.id, 40)}')`));
  return out;
}

// One memoised check per list position (a request has one destination; a mistaken one may have more).
const checksAt: ((text: string) => readonly Violation[])[] = [];

function checkAt(index: number, text: string): readonly Violation[] {
  let check = checksAt[index];
  if (check === undefined) {
    const path = `/Destinations/${String(index)}`;
    check = memoizeViolations((destination) => checkDestination(path, destination));
    // Positions past a few are rare: not worth keeping a cache each.
    if (index < 8) checksAt[index] = check;
  }
  return check(text);
}

/** Every destination names an event data store by ARN or ID, in a Region of its partition. */
export const destinationRule: Rule = {
  name: 'destination',
  subjects: ['request', 'response'],
  check(value) {
    const { destinations } = value;
    if (!Array.isArray(destinations)) return NO_VIOLATIONS;
    if (destinations.length === 1 && typeof destinations[0] === 'string') return checkAt(0, destinations[0]);
    const out: Violation[] = [];
    for (let index = 0; index < destinations.length; index += 1) {
      const item: unknown = destinations[index];
      if (typeof item === 'string') out.push(...checkAt(index, item));
    }
    return out.length === 0 ? NO_VIOLATIONS : out;
  },
};
