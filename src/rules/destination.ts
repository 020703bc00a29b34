import { isLowercaseUuid, parseEventDataStore } from '../contract/arn.js';
import { isKnownPartition, partitionOfRegion } from '../contract/partitions.js';
import { clip } from '../contract/timestamps.js';
import { member, type Rule } from './context.js';
import type { Violation } from './types.js';
import { pointer, violation } from './violation.js';

/** The string destinations of a value, with their paths (other types are type-mismatch's). */
export function stringDestinations(value: unknown): { readonly path: string; readonly value: string }[] {
  const destinations = member(value, 'Destinations');
  if (!Array.isArray(destinations)) return [];
  const out: { path: string; value: string }[] = [];
  destinations.forEach((item: unknown, index) => {
    if (typeof item === 'string') out.push({ path: pointer('Destinations', index), value: item });
  });
  return out;
}

function checkDestination(path: string, text: string): Violation[] {
  const ref = parseEventDataStore(text);
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
  if (ref.form === 'arn') {
    if (!isKnownPartition(ref.partition)) {
      out.push(violation('destination-region-invalid', path, `must name a known partition (got '${clip(ref.partition, 30)}')`));
    } else if (partitionOfRegion(ref.region) !== ref.partition) {
      out.push(violation('destination-region-invalid', path, `must name a Region of partition ${ref.partition} (got '${clip(ref.region, 30)}')`));
    }
  }
  if (!isLowercaseUuid(ref.id)) {
    out.push(violation('destination-id-not-uuid', path, `should have a lowercase UUID as its event data store ID (got '${clip(ref.id, 40)}')`));
  }
  return out;
}

/** Every destination names an event data store by ARN or ID, in a Region of its partition. */
export const destinationRule: Rule = {
  name: 'destination',
  subjects: ['request', 'response'],
  check(value) {
    return stringDestinations(value).flatMap((d) => checkDestination(d.path, d.value));
  },
};
