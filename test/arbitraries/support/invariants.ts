/**
 * Invariants of valid requests, written independently of the validator (own patterns, the raw
 * partitions file), so an arbitrary and the validator cannot share one mistake.
 */
import { readFileSync } from 'node:fs';

const data = JSON.parse(readFileSync(new URL('../../../data/aws-partitions.json', import.meta.url), 'utf8')) as {
  partitions: { id: string; regions: Record<string, unknown> }[];
};

/** Region → partition, from the listed Regions only. */
const PARTITION_OF = new Map(data.partitions.flatMap((p) => Object.keys(p.regions).map((r) => [r, p.id] as const)));

const EDS_ARN = /^arn:([a-z-]+):cloudtrail:([a-z0-9-]+):(\d{12}):eventdatastore\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;
const EDS_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ROLE_ARN = /^arn:([a-z-]+):iam::(\d{12}):role\/(?:[a-z0-9_-]{1,16}\/){0,3}[A-Za-z0-9_+=,.@-]{1,64}$/;
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const URI = /^s3:\/\/([^/]+)\/(.*)$/;

/** What is wrong with a valid new-import or retry request in the wire shape, in words; [] when nothing. */
export function problems(request: Record<string, unknown>): string[] {
  const out: string[] = [];
  const keys = Object.keys(request);
  if ('ImportId' in request) {
    if (keys.length !== 1) out.push(`a retry holds ImportId alone, not ${keys.join(', ')}`);
    if (!EDS_ID.test(String(request['ImportId']))) out.push('ImportId is a lowercase UUID');
    return out;
  }
  const destinations = request['Destinations'];
  if (!Array.isArray(destinations) || destinations.length !== 1) return ['exactly one destination'];
  const destination = String(destinations[0]);
  const s3 = (request['ImportSource'] as { S3: Record<string, string> }).S3;
  const partitions = new Set<string>();
  const arn = EDS_ARN.exec(destination);
  if (arn !== null) {
    partitions.add(arn[1] ?? '');
    if (PARTITION_OF.get(arn[2] ?? '') !== arn[1]) out.push(`destination Region ${String(arn[2])} is in partition ${String(arn[1])}`);
  } else if (!EDS_ID.test(destination)) {
    out.push(`destination ${destination} is an event data store ARN or ID`);
  }
  const role = ROLE_ARN.exec(s3['S3BucketAccessRoleArn'] ?? '');
  if (role === null) out.push(`role ${String(s3['S3BucketAccessRoleArn'])} is a role ARN`);
  else partitions.add(role[1] ?? '');
  const region = PARTITION_OF.get(s3['S3BucketRegion'] ?? '');
  if (region === undefined) out.push(`bucket Region ${String(s3['S3BucketRegion'])} is a listed Region`);
  else partitions.add(region);
  if (partitions.size !== 1) out.push(`one partition, not ${[...partitions].join(', ')}`);
  const uri = URI.exec(s3['S3LocationUri'] ?? '');
  if (uri === null || !BUCKET.test(uri[1] ?? '') || (uri[1] ?? '').includes('..')) out.push(`location ${String(s3['S3LocationUri'])} is s3://BUCKET/PREFIX`);
  if (/AWSLogs\/(?:o-[a-z0-9]+\/)?\d{12}\/(?!CloudTrail\/)[^/]+\//.test(uri?.[2] ?? '')) out.push('the prefix stays in CloudTrail/');
  const start = request['StartEventTime'];
  const end = request['EndEventTime'];
  if ((start === undefined) !== (end === undefined)) out.push('both time bounds or neither');
  if (typeof start === 'number' && typeof end === 'number' && !(start < end)) out.push('start before end');
  return out;
}
