import fc from 'fast-check';
import { PARTITION_IDS } from '../regions.js';
import { mutation, type Mutation } from './mutation.js';
import { destinationOf, destinationParts, otherPartition, placeOf, regionOf, roleParts, s3String, withS3Members } from './parts.js';

/**
 * `partition-mismatch`: one of the destination ARN, the role ARN and the bucket Region moved to
 * another partition, each still valid on its own. A base with a bare destination ID has no
 * destination partition: the role moves instead.
 */
export const partitionMismatch: readonly Mutation[] = [
  mutation({
    code: 'partition-mismatch',
    base: 'new',
    what: 'the role, the bucket Region or the destination in another partition',
    params: fc.record({ moved: fc.constantFrom('role', 'region', 'destination'), partition: fc.constantFrom(...PARTITION_IDS), index: fc.nat() }),
    apply: (request, { moved, partition, index }) => {
      const own = placeOf(request);
      const other = otherPartition(own.partition, partition);
      const { head, id } = destinationParts(destinationOf(request));
      if (moved === 'region') return withS3Members(request, { S3BucketRegion: regionOf(other, index) });
      if (moved === 'destination' && head !== '') {
        const account = head.split(':')[4] ?? own.account;
        return { ...request, Destinations: [`arn:${other}:cloudtrail:${regionOf(other, index)}:${account}:eventdatastore/${id}`] };
      }
      const { account, path, name } = roleParts(s3String(request, 'S3BucketAccessRoleArn'));
      return withS3Members(request, { S3BucketAccessRoleArn: `arn:${other}:iam::${account}:role/${path}${name}` });
    },
  }),
];
