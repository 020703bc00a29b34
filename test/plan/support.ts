import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ListObjectsV2Page } from '../../src/plan/index.js';

const folder = fileURLToPath(new URL('../../fixtures/listings/', import.meta.url));

/** The path of a file of fixtures/listings/. */
export function listingPath(name: string): string {
  return `${folder}${name}`;
}

/** fixtures/listings/example-request.json: a new import of AWSLogs/111122223333/ from 2024-01-09T00:00Z to 2024-01-10T12:00Z. */
export const EXAMPLE_REQUEST: Readonly<Record<string, unknown>> = JSON.parse(readFileSync(listingPath('example-request.json'), 'utf8')) as Record<string, unknown>;

/** fixtures/listings/example-bucket.json: one list-objects-v2 page of 16 objects. */
export const EXAMPLE_LISTING = JSON.parse(readFileSync(listingPath('example-bucket.json'), 'utf8')) as ListObjectsV2Page;

/** A new import of `uri` over `[start, end]` (ISO-8601), in the cli shape. */
export function newImport(uri: string, start: string, end: string): Record<string, unknown> {
  return {
    Destinations: ['arn:aws:cloudtrail:us-east-1:111122223333:eventdatastore/0b2f7a4c-9f3e-4c1d-8a55-6c1e2f3d4b5a'],
    ImportSource: { S3: { S3LocationUri: uri, S3BucketRegion: 'us-east-1', S3BucketAccessRoleArn: 'arn:aws:iam::111122223333:role/CloudTrailLakeImportRole' } },
    StartEventTime: start,
    EndEventTime: end,
  };
}

/** `request` without the members `names`. */
export function without(request: Readonly<Record<string, unknown>>, ...names: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(request).filter(([name]) => !names.includes(name)));
}

/** `bytes` cut at `cuts` (sorted or not), as a stream yields them. */
export async function* split(bytes: Uint8Array, cuts: readonly number[]): AsyncGenerator<Uint8Array> {
  await Promise.resolve();
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    yield bytes.subarray(from, cut);
    from = cut;
  }
  yield bytes.subarray(from);
}
