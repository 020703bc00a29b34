/**
 * The common request, recognised in one reading: a new import of one event data store (an ARN or a
 * bare ID), an S3 source and a forward time range in one partition, or a retry by a well-formed
 * ImportId, of which no check of the contract finds anything. Such a request is most of what a project sends; reading
 * it once, member by member, instead of building its view and running the request checks, took a
 * quarter off the plain pool of bench/unseen.bench.ts (paired CPU rounds against the full check
 * alone: 0.74×; a valid new import about 0.4×). Anything else, or anything
 * in doubt, is left to the full check, which gives every finding: the fast reading only says "the
 * full check would find nothing", and test/validate/common-request.test.ts holds it to that.
 */
import { isCommonRoleArnIn, isLowercaseUuid } from '../contract/arn.js';
import { commonDestinationPartition } from '../contract/event-data-store.js';
import { EVENT_DATA_STORE_ARN, IMPORT_ID_SHAPE, meetsStringShape } from '../contract/model.js';
import { partitionOfRegion } from '../contract/partitions.js';
import { isRecord } from '../contract/record.js';
import { isCommonS3Location } from '../contract/s3.js';
import { isDate, type Shape } from '../contract/timestamps.js';
import { isStructure } from './normalise.js';
import type { ShapeOption } from './types.js';

/** Not a number of seconds: the timestamp is not of the common form. */
const UNREAD = Number.NaN;

/** A timestamp of the common form in `shape`, as epoch seconds (as `readTimestamp` reads it); NaN for anything else. */
function secondsOf(value: unknown, shape: Shape): number {
  if (shape === 'sdk') return isDate(value) ? value.getTime() / 1000 : UNREAD;
  return typeof value === 'number' && Number.isFinite(value) ? value : UNREAD;
}

/** The three members of `ImportSource.S3` when it has exactly those, each a string; else `undefined`. */
function s3Members(importSource: unknown): [string, string, string] | undefined {
  if (!isRecord(importSource)) return undefined;
  let s3: unknown;
  // for…in sees inherited keys too, which unknown-member does not count: one leaves the request to the full check.
  for (const key in importSource) {
    if (key !== 'S3') return undefined;
    s3 = importSource[key];
  }
  if (!isRecord(s3)) return undefined;
  let uri: unknown;
  let region: unknown;
  let role: unknown;
  for (const key in s3) {
    if (key === 'S3LocationUri') uri = s3[key];
    else if (key === 'S3BucketRegion') region = s3[key];
    else if (key === 'S3BucketAccessRoleArn') role = s3[key];
    else return undefined;
  }
  return typeof uri === 'string' && typeof region === 'string' && typeof role === 'string' ? [uri, region, role] : undefined;
}

/**
 * Whether a new import's members are of the common form, of which none of the request's checks
 * finds anything (the time range aside). The members' types first, then their texts: most
 * requests the full check must read fail the first, which costs no regular expression.
 */
function isCommonNewImport(destinations: unknown, importSource: unknown): boolean {
  if (!Array.isArray(destinations) || destinations.length !== 1) return false;
  const destination: unknown = destinations[0];
  if (typeof destination !== 'string' || destination.length > EVENT_DATA_STORE_ARN.maxLength) return false;
  const s3 = s3Members(importSource);
  if (s3 === undefined) return false;
  const [uri, region, role] = s3;
  const regionPartition = partitionOfRegion(region);
  // One partition, known to this release: the destination ARN's Region named it, or the bucket's
  // Region for a bare event data store ID (a lowercase UUID), which names none.
  const partition = isLowercaseUuid(destination) ? regionPartition : commonDestinationPartition(destination);
  return partition !== undefined && regionPartition === partition && isCommonS3Location(uri) && isCommonRoleArnIn(role, partition);
}

/**
 * What a request of the common form asks, of which the full check finds nothing: `retry`, `new`,
 * or for a new import with a time range its StartEventTime in epoch seconds (nothing is found only
 * if that is not after "now", which the caller reads, as the full check does). `undefined` for any
 * other value, and for one that throws while read: the full check must read it. Never throws.
 */
export function readCommonRequest(value: unknown, shapeOption: ShapeOption): 'retry' | 'new' | number | undefined {
  try {
    // A plain object, which normalise reads as it is (any other is copied first).
    if (!isStructure(value) || Object.getPrototypeOf(value) !== Object.prototype) return undefined;
    let destinations: unknown;
    let importSource: unknown;
    let start: unknown;
    let end: unknown;
    let importId: unknown;
    // for…in sees inherited keys too (a polluted Object.prototype's): one leaves the request to the
    // full check, which reads own keys only. A member set to undefined is absent, as normalise reads it.
    for (const key in value) {
      const item = value[key];
      if (key === 'Destinations') destinations = item;
      else if (key === 'ImportSource') importSource = item;
      else if (key === 'StartEventTime') start = item;
      else if (key === 'EndEventTime') end = item;
      else if (key === 'ImportId') importId = item;
      else return undefined;
    }
    // The checks read members by name: one hidden from for…in (not enumerable) leaves the request to them.
    if (value['Destinations'] !== destinations || value['ImportSource'] !== importSource || value['ImportId'] !== importId) return undefined;
    if (value['StartEventTime'] !== start || value['EndEventTime'] !== end) return undefined;
    if (importId !== undefined) {
      const alone = destinations === undefined && importSource === undefined && start === undefined && end === undefined;
      // A lowercase UUID (counted by table) meets the ImportId shape: its regular expression is left for other ids.
      return alone && typeof importId === 'string' && (isLowercaseUuid(importId) || meetsStringShape(importId, IMPORT_ID_SHAPE)) ? 'retry' : undefined;
    }
    let from = Number.NaN;
    if (start !== undefined || end !== undefined) {
      if (shapeOption === 'auto' && value['$metadata'] !== undefined) return undefined;
      // `auto` reads Dates as the sdk shape, numbers as the cli one (resolveShape).
      const shape = shapeOption === 'auto' ? (isDate(start) || isDate(end) ? 'sdk' : 'cli') : shapeOption;
      from = secondsOf(start, shape);
      // Comparisons with NaN are false: an unread bound leaves the request to the full check.
      if (!(from < secondsOf(end, shape))) return undefined;
    }
    if (!isCommonNewImport(destinations, importSource)) return undefined;
    return start === undefined ? 'new' : from;
  } catch {
    return undefined;
  }
}
