/**
 * The values partial mode works with: valid stand-ins for unknown members, and the copies of the
 * known value that put them in place.
 */
import { pointer, pointerKeys } from '../rules/index.js';
import { defineMember } from '../contract/record.js';

export const START = '/StartEventTime';
export const END = '/EndEventTime';
export const IMPORT_ID = '/ImportId';

// Valid, warning-free stand-ins: an unknown member counts as present and breaks nothing.
const EDS = 'arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/0b2f7a4c-9f3e-4c1d-8a55-6c1e2f3d4b5a';
const S3 = {
  S3LocationUri: 's3://placeholder-bucket/AWSLogs/123456789012/CloudTrail/',
  S3BucketRegion: 'us-east-1',
  S3BucketAccessRoleArn: 'arn:aws:iam::123456789012:role/Placeholder',
} as const;
const PLACEHOLDERS: Readonly<Record<string, () => unknown>> = {
  '/Destinations': () => [EDS],
  '/ImportSource': () => ({ S3: { ...S3 } }),
  '/ImportSource/S3': () => ({ ...S3 }),
  '/ImportSource/S3/S3LocationUri': () => S3.S3LocationUri,
  '/ImportSource/S3/S3BucketRegion': () => S3.S3BucketRegion,
  '/ImportSource/S3/S3BucketAccessRoleArn': () => S3.S3BucketAccessRoleArn,
  [START]: () => new Date(0),
  [END]: () => new Date(0),
  [IMPORT_ID]: () => '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b',
};
const DESTINATION_ITEM = /^\/Destinations\/\d+$/;

/** A stand-in for an unknown value; under a key of no shape anything does (unknown-member looks at the key). */
export function placeholder(path: string): unknown {
  const make = PLACEHOLDERS[path];
  if (make !== undefined) return make();
  return DESTINATION_ITEM.test(path) ? EDS : true;
}

export type Container = Record<string, unknown> | unknown[];

export function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null && (Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null);
}

function copyOf(container: Container): Container {
  // A spread defines an own `__proto__` member as a member, never as the prototype.
  return Array.isArray(container) ? container.slice() : { ...container };
}


/** A pointer the known value cannot hold: the caller's mistake, a TypeError (a value that throws while read is the validator's to report). */
export class PointerError extends TypeError {}

/** `root` with `value` at `path`, copying the containers on the way (the caller's value is never changed). */
export function withValueAt(root: unknown, path: string, value: unknown): unknown {
  const keys = pointerKeys(path);
  if (keys.length === 0) return value;
  if (!isContainer(root)) throw new PointerError(`validatePartialStartImportRequest: unknown pointer '${path}' is under a value that is not an object or array`);
  const top = copyOf(root);
  let container: Container = top;
  keys.forEach((key, index) => {
    const record = container as Record<string, unknown>;
    if (index === keys.length - 1) {
      defineMember(record, key, value);
      return;
    }
    const next = Object.hasOwn(record, key) ? record[key] : undefined;
    if (!isContainer(next)) {
      throw new PointerError(`validatePartialStartImportRequest: unknown pointer '${path}' needs '${path.split('/').slice(0, index + 2).join('/')}' written in the known value as an object or array`);
    }
    container = copyOf(next);
    defineMember(record, key, container);
  });
  return top;
}

/** Where unknown-member reads keys: the request, its ImportSource and its S3. */
const KEYED_STRUCTURES: ReadonlySet<string> = new Set(['', '/ImportSource', '/ImportSource/S3']);

/**
 * The keys of no member that the known value writes as undefined (`importId: undefined`): the key
 * is written, and `unknown-member` is decided by the key whatever its value, so they are read as
 * unknown values (the SDK drops an undefined member, a misspelt one whatever its value).
 */
export function misspeltAsUndefined(value: unknown, path: string, found: Set<string>): Set<string> {
  // Only the structures whose keys unknown-member reads: a member's insides are never walked, so a cycle or a 100,000-deep value costs three levels.
  if (!KEYED_STRUCTURES.has(path) || !isContainer(value) || Array.isArray(value)) return found;
  for (const key of Object.keys(value)) {
    const at = `${path}${pointer(key)}`;
    const item = value[key];
    if (item === undefined && PLACEHOLDERS[at] === undefined) found.add(at);
    else misspeltAsUndefined(item, at, found);
  }
  return found;
}
