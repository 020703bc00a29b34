import { readDestination } from '../contract/event-data-store.js';
import { clip } from '../contract/timestamps.js';
import { NO_VIOLATIONS, type Rule } from './context.js';
import type { Violation } from './types.js';
import { violation } from './violation.js';

/** Calls `visit` with each string destination and its path (other types are type-mismatch's). */
export function forEachDestination(destinations: unknown, visit: (path: string, text: string) => void): void {
  if (!Array.isArray(destinations)) return;
  for (let index = 0; index < destinations.length; index += 1) {
    const item: unknown = destinations[index];
    if (typeof item === 'string') visit(`/Destinations/${String(index)}`, item);
  }
}

function checkDestination(out: Violation[], path: string, text: string): void {
  const { ref, regionProblem, uuid } = readDestination(text);
  if (ref === undefined) {
    out.push(
      violation(
        'destination-not-event-data-store',
        path,
        `must be an event data store ARN (arn:PARTITION:cloudtrail:REGION:ACCOUNT:eventdatastore/ID) or ID (got '${clip(text)}')`,
      ),
    );
    return;
  }
  if (regionProblem !== undefined) out.push(violation('destination-region-invalid', path, clip(regionProblem, 100)));
  if (!uuid) out.push(violation('destination-id-not-uuid', path, `should have a lowercase UUID as its event data store ID (got '${clip(ref.id, 40)}')`));
}

/** Every destination names an event data store by ARN or ID, in a Region of its partition. */
export const destinationRule: Rule = {
  name: 'destination',
  subjects: ['request', 'response'],
  check(value) {
    let out: Violation[] | undefined;
    forEachDestination(value.destinations, (path, text) => {
      out ??= [];
      checkDestination(out, path, text);
    });
    return out ?? NO_VIOLATIONS;
  },
};
