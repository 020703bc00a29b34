import { NO_VIOLATIONS, type Rule } from './context.js';
import { checkedLength } from './limits.js';
import { checkDestination } from './member-facts.js';
import type { Violation } from './types.js';
import { memoizeViolations } from './violation.js';

/** Calls `visit` with each string destination checked (see `checkedLength`) and its path (other types are type-mismatch's). */
export function forEachDestination(destinations: unknown, visit: (path: string, text: string) => void): void {
  if (!Array.isArray(destinations)) return;
  const length = checkedLength(destinations as readonly unknown[]);
  for (let index = 0; index < length; index += 1) {
    const item: unknown = destinations[index];
    if (typeof item === 'string') visit(`/Destinations/${String(index)}`, item);
  }
}

// Destinations past the first (the model allows one; a mistaken request may have more): one memoised check per position.
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

/** Every destination names an event data store by ARN or ID, in a Region of its partition (the check itself: `checkDestination`). */
export const destinationRule: Rule = {
  name: 'destination',
  subjects: ['request', 'response'],
  check(value) {
    const { destinations, firstDestination } = value;
    if (!Array.isArray(destinations)) return NO_VIOLATIONS;
    if (destinations.length === 1 && firstDestination !== undefined) return firstDestination.violations;
    const out: Violation[] = [];
    const length = checkedLength(destinations as readonly unknown[]);
    for (let index = 0; index < length; index += 1) {
      const item: unknown = destinations[index];
      if (typeof item !== 'string') continue;
      const found = index === 0 && firstDestination !== undefined ? firstDestination.violations : checkAt(index, item);
      for (const v of found) out.push(v);
    }
    return out.length === 0 ? NO_VIOLATIONS : out;
  },
};
