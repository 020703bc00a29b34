import fc from 'fast-check';
import { PARTITION_IDS } from '../regions.js';
import { lowerAlnum } from '../characters.js';
import { mutation, type Draft, type Mutation } from './mutation.js';
import { destinationOf, destinationParts, locationParts, otherPartition, placeOf, regionOf, s3String } from './parts.js';

/** The fields of the base's destination ARN (the `arn` bases have one). */
function arnFields(request: Draft): { readonly partition: string; readonly region: string; readonly account: string; readonly id: string } {
  const { head, id } = destinationParts(destinationOf(request));
  const [, partition = '', , region = '', account = ''] = head.split(':');
  return { partition, region, account, id };
}

function withDestination(request: Draft, destination: string): Draft {
  return { ...request, Destinations: [destination] };
}

/** `destination-not-event-data-store`: a destination the model's length and pattern allow, naming no event data store. */
export const destinationNotEventDataStore: readonly Mutation[] = [
  mutation({
    code: 'destination-not-event-data-store',
    base: 'new',
    what: 'the ARN of a trail or a channel, or one with a misspelt eventdatastores/',
    params: fc.record({ resource: fc.constantFrom('trail', 'channel', 'eventdatastores'), name: lowerAlnum(1, 20) }),
    apply: (request, { resource, name }) => {
      const { partition, region, account } = placeOf(request);
      const id = resource === 'trail' ? name : destinationParts(destinationOf(request)).id;
      return withDestination(request, `arn:${partition}:cloudtrail:${region}:${account}:${resource}/${id}`);
    },
  }),
  mutation({
    code: 'destination-not-event-data-store',
    base: 'new',
    what: "the source bucket's S3 ARN",
    params: fc.constant(null),
    apply: (request) => withDestination(request, `arn:${placeOf(request).partition}:s3:::${locationParts(s3String(request, 'S3LocationUri')).bucket}`),
  }),
  mutation({
    code: 'destination-not-event-data-store',
    base: 'new',
    // A leading "-" is wrong only in a bare ID: inside an ARN the ID may start with one.
    what: 'an event data store name with "_" or "." (an ID has neither), or a bare ID starting with "-"',
    params: fc.record({ first: lowerAlnum(1, 10), separator: fc.constantFrom('_', '.', 'leading-dash'), second: lowerAlnum(1, 10) }),
    apply: (request, { first, separator, second }) => {
      const { head, id } = destinationParts(destinationOf(request));
      return withDestination(request, separator === 'leading-dash' ? `-${id}` : `${head}${first}${separator}${second}`);
    },
  }),
  mutation({
    code: 'destination-not-event-data-store',
    base: 'arn',
    what: 'an ARN with an 11-digit account, no or an upper-case Region, or another service',
    params: fc.constantFrom('short-account', 'no-region', 'upper-region', 'service'),
    apply: (request, how) => {
      const { partition, region, account, id } = arnFields(request);
      const fields = {
        region: how === 'no-region' ? '' : how === 'upper-region' ? region.toUpperCase() : region,
        account: how === 'short-account' ? account.slice(1) : account,
        service: how === 'service' ? 'cloudtrail-data' : 'cloudtrail',
      };
      return withDestination(request, `arn:${partition}:${fields.service}:${fields.region}:${fields.account}:eventdatastore/${id}`);
    },
  }),
];

/** `destination-region-invalid`: an event data store ARN whose Region is not one of its partition. */
export const destinationRegionInvalid: readonly Mutation[] = [
  mutation({
    code: 'destination-region-invalid',
    base: 'arn',
    what: 'the Region of another partition',
    params: fc.record({ partition: fc.constantFrom(...PARTITION_IDS), index: fc.nat() }),
    apply: (request, { partition, index }) => {
      const { partition: own, account, id } = arnFields(request);
      return withDestination(request, `arn:${own}:cloudtrail:${regionOf(otherPartition(own, partition), index)}:${account}:eventdatastore/${id}`);
    },
  }),
  mutation({
    code: 'destination-region-invalid',
    base: 'arn',
    what: 'an unknown partition',
    params: fc.constantFrom('aws-moon', 'aws-china', 'aws-iso-z'),
    apply: (request, unknown) => {
      const { region, account, id } = arnFields(request);
      return withDestination(request, `arn:${unknown}:cloudtrail:${region}:${account}:eventdatastore/${id}`);
    },
  }),
  mutation({
    code: 'destination-region-invalid',
    base: 'arn',
    what: 'an Availability Zone or a Region without its dashes',
    params: fc.constantFrom('a', 'b', 'no-dashes'),
    apply: (request, how) => {
      const { partition, region, account, id } = arnFields(request);
      const wrong = how === 'no-dashes' ? region.replaceAll('-', '') : `${region}${how}`;
      return withDestination(request, `arn:${partition}:cloudtrail:${wrong}:${account}:eventdatastore/${id}`);
    },
  }),
];
