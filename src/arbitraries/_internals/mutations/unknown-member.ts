import fc from 'fast-check';
import { mutation, shapedMutation, withMember, type Mutation } from './mutation.js';
import { s3Of, withS3 } from './parts.js';

// Near-miss names beside the member they miss: the real member stays, so the typo is the only mistake
// (renamed alone, a required member would also be missing).
const TOP_LEVEL_TYPOS = [
  ['Destination', 'Destinations'],
  ['destinations', 'Destinations'],
  ['DestinationArns', 'Destinations'],
  ['importSource', 'ImportSource'],
  ['ImportSources', 'ImportSource'],
] as const;

const S3_TYPOS = [
  ['s3LocationUri', 'S3LocationUri'],
  ['S3LocationURI', 'S3LocationUri'],
  ['S3Region', 'S3BucketRegion'],
  ['S3BucketRoleArn', 'S3BucketAccessRoleArn'],
  ['RoleArn', 'S3BucketAccessRoleArn'],
] as const;

/** A prototype-pollution payload, under keys that are no members. */
const POLLUTION = { isAdmin: true };

/** `unknown-member`: a key the shape does not have, at any depth. */
export const unknownMember: readonly Mutation[] = [
  mutation({
    code: 'unknown-member',
    base: 'new',
    what: 'a near-miss member name (Destination, importSource, …) beside the real member',
    params: fc.constantFrom(...TOP_LEVEL_TYPOS),
    apply: (request, [typo, real]) => ({ ...request, [typo]: request[real] }),
  }),
  mutation({
    code: 'unknown-member',
    base: 'retry',
    what: 'a near-miss of ImportId (importId, ImportID) beside it',
    params: fc.constantFrom('importId', 'ImportID', 'importID'),
    apply: (request, typo) => ({ ...request, [typo]: request['ImportId'] }),
  }),
  shapedMutation({
    code: 'unknown-member',
    base: 'timed',
    // Renaming both bounds drops the time range whole: no other check applies (one alone would be half-open).
    what: 'the time range under near-miss names (StartTime and EndTime, …)',
    params: fc.constantFrom(['StartTime', 'EndTime'], ['startEventTime', 'endEventTime'], ['StartEventTimestamp', 'EndEventTimestamp']),
    apply: (request, [start, end]) => {
      const { StartEventTime: startTime, EndEventTime: endTime, ...rest } = request;
      return { ...rest, [start]: startTime, [end]: endTime };
    },
  }),
  mutation({
    code: 'unknown-member',
    base: 'new',
    what: 'a near-miss S3 member name beside the real member',
    params: fc.constantFrom(...S3_TYPOS),
    apply: (request, [typo, real]) => {
      const s3 = s3Of(request);
      return withS3(request, { ...s3, [typo]: s3[real] });
    },
  }),
  mutation({
    code: 'unknown-member',
    base: 'new',
    what: 'a second import source beside S3',
    params: fc.constantFrom('s3', 'S3Source', 'CloudWatchLogs'),
    apply: (request, key) => {
      const s3 = s3Of(request);
      return { ...request, ImportSource: { S3: s3, [key]: s3 } };
    },
  }),
  mutation({
    code: 'unknown-member',
    base: 'new',
    what: 'a __proto__ or constructor key, in the request or in S3',
    params: fc.record({ key: fc.constantFrom('__proto__', 'constructor'), inS3: fc.boolean() }),
    apply: (request, { key, inS3 }) => (inS3 ? withS3(request, withMember(s3Of(request), key, POLLUTION)) : withMember(request, key, POLLUTION)),
  }),
];
