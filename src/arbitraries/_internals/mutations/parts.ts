import type { PartitionId } from '../../../contract/partitions.js';
import { PARTITION_IDS, regionsOf } from '../regions.js';
import type { Draft } from './mutation.js';
import { isRecord } from '../../../contract/record.js';

/** `value` as a structure, or an empty one. */
function structure(value: unknown): Draft {
  return isRecord(value) ? value : {};
}

/** The members of the request's `ImportSource.S3` (every new-import base has them all). */
export function s3Of(request: Draft): Draft {
  return structure(structure(request['ImportSource'])['S3']);
}

/** A string member of the request's S3 source. */
export function s3String(request: Draft, name: 'S3LocationUri' | 'S3BucketRegion' | 'S3BucketAccessRoleArn'): string {
  const value = s3Of(request)[name];
  return typeof value === 'string' ? value : '';
}

/** The request with its `ImportSource.S3` replaced by `s3`. */
export function withS3(request: Draft, s3: unknown): Draft {
  return { ...request, ImportSource: { ...structure(request['ImportSource']), S3: s3 } };
}

/** The request with some members of `ImportSource.S3` replaced. */
export function withS3Members(request: Draft, members: Draft): Draft {
  return withS3(request, { ...s3Of(request), ...members });
}

/** The request's one destination. */
export function destinationOf(request: Draft): string {
  const destinations = request['Destinations'];
  const first: unknown = Array.isArray(destinations) ? destinations[0] : undefined;
  return typeof first === 'string' ? first : '';
}

/** A destination cut before its event data store ID: `arn:…:eventdatastore/` (or `''` for a bare ID), and the ID. */
export function destinationParts(destination: string): { readonly head: string; readonly id: string } {
  const marker = 'eventdatastore/';
  const at = destination.indexOf(marker);
  if (!destination.startsWith('arn:') || at < 0) return { head: '', id: destination };
  return { head: destination.slice(0, at + marker.length), id: destination.slice(at + marker.length) };
}

/** The parts of an IAM role ARN `arn:PARTITION:iam::ACCOUNT:role/[PATH/]NAME` (names and paths hold no `:`). */
export function roleParts(arn: string): { readonly partition: string; readonly account: string; readonly path: string; readonly name: string } {
  const [, partition = 'aws', , , account = '', resource = ''] = arn.split(':');
  const rest = resource.slice('role/'.length);
  const slash = rest.lastIndexOf('/');
  return { partition, account, path: rest.slice(0, slash + 1), name: rest.slice(slash + 1) };
}

/** The bucket and prefix of an `s3://BUCKET/PREFIX` URI. */
export function locationParts(uri: string): { readonly bucket: string; readonly prefix: string } {
  const rest = uri.slice('s3://'.length);
  const slash = rest.indexOf('/');
  return slash < 0 ? { bucket: rest, prefix: '' } : { bucket: rest.slice(0, slash), prefix: rest.slice(slash + 1) };
}

/** `choice`, or the next known partition when `choice` is `partition` itself. */
export function otherPartition(partition: string, choice: PartitionId): PartitionId {
  if (choice !== partition) return choice;
  return PARTITION_IDS[(PARTITION_IDS.indexOf(choice) + 1) % PARTITION_IDS.length] ?? 'aws';
}

/** A Region of `partition`, picked by `index`. */
export function regionOf(partition: PartitionId, index: number): string {
  const regions = regionsOf(partition);
  return regions[index % regions.length] ?? '';
}

/** Where a new-import base lives: its role's partition and account, its bucket's Region (a valid base has one partition). */
export function placeOf(request: Draft): { readonly partition: string; readonly account: string; readonly region: string } {
  const { partition, account } = roleParts(s3String(request, 'S3BucketAccessRoleArn'));
  return { partition, account, region: s3String(request, 'S3BucketRegion') };
}
