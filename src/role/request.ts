import { Buffer } from 'node:buffer';
import { parseEventDataStore, parseRoleArn, type EventDataStoreRef, type RoleArn } from '../contract/arn.js';
import { partitionOfRegion } from '../contract/partitions.js';
import { parseS3LocationUri, S3_KEY_MAX_BYTES, type S3Location } from '../contract/s3.js';
import { reasonOf } from '../validate/run.js';
import { roleViolation } from './catalogue.js';
import type { ConditionContext } from './conditions.js';
import type { RoleViolation } from './types.js';
import { exactly, startingWith, type Needed } from './wildcard.js';
import { isRecord } from '../contract/record.js';

/** What the role checks read from the StartImport request; a part it lacks is `undefined`. */
export interface ImportTarget {
  readonly destination: (EventDataStoreRef & { readonly text: string }) | undefined;
  readonly location: S3Location | undefined;
  readonly role: (RoleArn & { readonly text: string }) | undefined;
  /** The partition of the request's ARNs (or of its bucket Region); `aws` when none says. */
  readonly partition: string;
}

function member(value: unknown, key: string): unknown {
  return isRecord(value) ? value[key] : undefined;
}

const NO_TARGET: ImportTarget = { destination: undefined, location: undefined, role: undefined, partition: 'aws' };

/** The request as unreadable: reading it (a getter, a Proxy trap) threw `error`. */
export function unreadableRequest(error: unknown): { readonly target: ImportTarget; readonly violations: readonly RoleViolation[] } {
  const message = `must be readable plain data (reading it threw: ${reasonOf(error)})`;
  return { target: NO_TARGET, violations: [roleViolation('role/request-unusable', '/request', message)] };
}

/**
 * Reads the destination, S3 location and role of a new import request, reporting what is missing.
 * Never throws: a request that throws while being read is one `role/request-unusable` finding.
 */
export function readImportTarget(request: unknown): { readonly target: ImportTarget; readonly violations: readonly RoleViolation[] } {
  try {
    return readTarget(request);
  } catch (error) {
    return unreadableRequest(error);
  }
}

function readTarget(request: unknown): { readonly target: ImportTarget; readonly violations: readonly RoleViolation[] } {
  const violations: RoleViolation[] = [];
  const unusable = (path: string, message: string): void => {
    violations.push(roleViolation('role/request-unusable', `/request${path}`, message));
  };
  if (!isRecord(request)) {
    unusable('', 'must be a StartImport request object');
    return { target: NO_TARGET, violations };
  }
  const destinations = member(request, 'Destinations');
  const first: unknown = Array.isArray(destinations) ? destinations[0] : undefined;
  const parsed = typeof first === 'string' ? parseEventDataStore(first) : undefined;
  const destination = parsed === undefined || typeof first !== 'string' ? undefined : { ...parsed, text: first };
  if (destination === undefined) unusable('/Destinations/0', 'must name the destination event data store (an ARN or ID), which the trust policy conditions are checked against');
  const s3 = member(member(request, 'ImportSource'), 'S3');
  const uri = member(s3, 'S3LocationUri');
  const location = typeof uri === 'string' ? parseS3LocationUri(uri) : undefined;
  if (location === undefined) unusable('/ImportSource/S3/S3LocationUri', 'must be an s3://BUCKET[/PREFIX] URI, which the bucket access is checked against');
  // A policy's patterns are matched against the prefix in time of the pattern times the prefix:
  // bounded by S3's own key limit, the check's cost grows linearly with the policies.
  const tooLong = location !== undefined && Buffer.byteLength(location.prefix, 'utf8') > S3_KEY_MAX_BYTES;
  if (tooLong) unusable('/ImportSource/S3/S3LocationUri', `must have a prefix of at most ${String(S3_KEY_MAX_BYTES)} bytes (S3_KEY_MAX_BYTES, S3's limit on an object key): a longer one names no object`);
  const roleText = member(s3, 'S3BucketAccessRoleArn');
  const roleArn = typeof roleText === 'string' ? parseRoleArn(roleText) : undefined;
  const role = roleArn === undefined || 'problem' in roleArn || typeof roleText !== 'string' ? undefined : { ...roleArn, text: roleText };
  if (role === undefined) unusable('/ImportSource/S3/S3BucketAccessRoleArn', 'must be an IAM role ARN, the principal the bucket and key policies must allow');
  const region = member(s3, 'S3BucketRegion');
  const partition =
    role?.partition ?? (destination?.form === 'arn' ? destination.partition : undefined) ?? (typeof region === 'string' ? partitionOfRegion(region) : undefined) ?? 'aws';
  return { target: { destination, location: tooLong ? undefined : location, role, partition }, violations };
}

/** `arn:PARTITION:s3:::BUCKET`. */
export function bucketArn(target: ImportTarget, location: S3Location): string {
  return `arn:${target.partition}:s3:::${location.bucket}`;
}

/**
 * The objects under the URI prefix. A prefix without a final `/` is taken as a folder (assumed:
 * the User Guide's own example grants `prefix` and `prefix/*`, not `prefix*`).
 */
export function objectsUnder(target: ImportTarget, location: S3Location): Needed {
  const { prefix } = location;
  const folder = prefix === '' || prefix.endsWith('/') ? prefix : `${prefix}/`;
  return startingWith(`${bucketArn(target, location)}/${folder}`);
}

const SOURCE_KEYS = ['aws:sourcearn', 'aws:sourceaccount'] as const;

/**
 * The condition keys CloudTrail sets when it uses the role: the destination's ARN and account
 * (unvalued for a bare ID), `aws:SecureTransport` (true), plus `extra` (the KMS encryption context).
 */
export function sourceContext(target: ImportTarget, extra: readonly (readonly [string, Needed])[] = []): ConditionContext {
  const { destination } = target;
  // CloudTrail calls STS, S3 and KMS over HTTPS: the usual `Bool aws:SecureTransport` guards are evaluated, not assumed.
  const always = [['aws:securetransport', exactly('true')] as const, ...extra];
  if (destination?.form !== 'arn') return { known: new Map(always), unvalued: new Set(SOURCE_KEYS) };
  return {
    known: new Map([['aws:sourcearn', exactly(destination.text)], ['aws:sourceaccount', exactly(destination.accountId)], ...always]),
    unvalued: new Set(),
  };
}
