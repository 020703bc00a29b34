import fc from 'fast-check';
import { eventDataStoreId } from '../../event-data-store-id.js';
import { lowerAlnum } from '../characters.js';
import { MAX_LIST_ITEMS_CHECKED } from '../../../rules/limits.js';
import { mutation, type Mutation } from './mutation.js';
import { destinationOf, destinationParts } from './parts.js';

/** `destinations-count`: not exactly one destination. */
export const destinationsCount: readonly Mutation[] = [
  mutation({ code: 'destinations-count', base: 'new', what: 'an empty Destinations list', params: fc.constant(null), apply: (request) => ({ ...request, Destinations: [] }) }),
  mutation({
    code: 'destinations-count',
    base: 'new',
    // The extra items are valid destinations (bare IDs belong to no partition), so only the count is wrong.
    what: 'the destination twice, or followed by other event data store IDs',
    params: fc.array(eventDataStoreId(), { maxLength: 2 }),
    apply: (request, ids) => {
      const destination = destinationOf(request);
      return { ...request, Destinations: [destination, ...(ids.length === 0 ? [destination] : ids)] };
    },
  }),
];

/** `violations-truncated`, always with `destinations-count`: a Destinations list longer than the validator checks item by item. */
export const violationsTruncated: readonly Mutation[] = [
  mutation({
    code: 'violations-truncated',
    also: ['destinations-count'],
    base: 'new',
    // The same valid destination repeated: past the checked items, only the count is wrong.
    what: 'the destination repeated past MAX_LIST_ITEMS_CHECKED items',
    params: fc.integer({ min: 1, max: 5 }),
    apply: (request, extra) => ({ ...request, Destinations: new Array<string>(MAX_LIST_ITEMS_CHECKED + extra).fill(destinationOf(request)) }),
  }),
];

/** `destination-length`: a destination outside 3–256 characters that is still an event data store ID or ARN. */
export const destinationLength: readonly Mutation[] = [
  mutation({
    code: 'destination-length',
    base: 'new',
    // Also warned as destination-id-not-uuid: a two-letter ID is no UUID.
    what: 'a destination of one or two characters',
    params: lowerAlnum(1, 2),
    apply: (request, id) => ({ ...request, Destinations: [id] }),
  }),
  mutation({
    code: 'destination-length',
    base: 'new',
    what: 'an event data store ID lengthened past 256 characters',
    params: fc.record({ extra: fc.integer({ min: 0, max: 40 }), pad: fc.constantFrom('0', 'a', 'f') }),
    apply: (request, { extra, pad }) => {
      const destination = destinationOf(request);
      return { ...request, Destinations: [`${destination}${pad.repeat(257 + extra - destination.length)}`] };
    },
  }),
];

// Each is outside ^[a-zA-Z0-9._/\-:]+$, the model's pattern.
const FORBIDDEN = [' ', '#', '*', '?', '"', '@', '+', '=', 'é', '\n', '\t'] as const;

/**
 * `destination-pattern`, always with `destination-not-event-data-store`: every character of an
 * event data store ARN or ID is one the model's pattern allows, so no string can break the pattern
 * and still name an event data store.
 */
export const destinationPattern: readonly Mutation[] = [
  mutation({
    code: 'destination-pattern',
    also: ['destination-not-event-data-store'],
    base: 'new',
    what: 'a character the model forbids, inserted into the destination',
    params: fc.record({ character: fc.constantFrom(...FORBIDDEN), at: fc.nat() }),
    apply: (request, { character, at }) => {
      const destination = destinationOf(request);
      const index = at % (destination.length + 1);
      return { ...request, Destinations: [`${destination.slice(0, index)}${character}${destination.slice(index)}`] };
    },
  }),
  mutation({
    code: 'destination-pattern',
    also: ['destination-not-event-data-store'],
    base: 'arn',
    what: 'a wildcard or a display name in place of the event data store ID',
    params: fc.constantFrom('*', 'My Event Store', 'imports (2024)'),
    apply: (request, id) => ({ ...request, Destinations: [`${destinationParts(destinationOf(request)).head}${id}`] }),
  }),
];

/** `destination-id-not-uuid` (a warning): an event data store ID that is no lowercase UUID. */
export const destinationIdNotUuid: readonly Mutation[] = [
  mutation({
    code: 'destination-id-not-uuid',
    base: 'new',
    // Words of at most six characters: never the eight of a UUID's first group.
    what: 'an event data store ID that is a name, a documentation placeholder or upper case',
    params: fc.record({ how: fc.constantFrom('name', 'placeholder', 'upper'), words: fc.array(lowerAlnum(2, 6), { minLength: 2, maxLength: 4 }) }),
    apply: (request, { how, words }) => {
      const { head, id } = destinationParts(destinationOf(request));
      const upper = id.toUpperCase();
      // An ID of digits only (the shrinker's favourite, 00000000-…) has no case: its first digit becomes a letter.
      const changed = how === 'name' ? words.join('-') : how === 'placeholder' ? `EXAMPLE${id.slice(7)}` : upper === id ? `A${upper.slice(1)}` : upper;
      return { ...request, Destinations: [`${head}${changed}`] };
    },
  }),
];
