import { S3_IMPORT_SOURCE_MEMBERS } from '../contract/model.js';
import { isDate } from '../contract/timestamps.js';
import { pointer } from '../rules/violation.js';
import { printedPath } from './format.js';
import { isStructure } from './normalise.js';
import { reasonOf } from './run.js';
import type { StartImportSdkInput, StartImportWireRequest } from './wire-types.js';

/**
 * The longest list `toWireStartImportRequest` converts. The model allows one destination; a list
 * this long is a mistake, and copying it (a sparse array of length 1e9 has no items to copy but
 * 1e9 places to look) would cost more than any test should spend.
 */
export const MAX_CONVERTED_LIST_LENGTH = 10_000;

/** `toWireStartImportRequest` cannot convert a value: `path` is the JSON Pointer of the member it could not read or copy (`''` for the input itself). */
export class SdkInputConversionError extends TypeError {
  readonly path: string;

  constructor(path: string, reason: string) {
    super(`cannot convert the SDK input at ${printedPath(path)}: ${reason}`);
    this.name = 'SdkInputConversionError';
    this.path = path;
  }
}

/** Runs `read`, turning whatever it throws (a throwing getter, a revoked Proxy) into SdkInputConversionError at `path`. */
function reading<T>(path: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof SdkInputConversionError) throw error;
    throw new SdkInputConversionError(path, `reading it threw: ${reasonOf(error)}`);
  }
}

/** The members of a structure, converted; anything else is `otherwise(value)`. */
function pick(value: unknown, path: string, members: readonly string[], convert: (path: string, name: string, item: unknown) => unknown, otherwise: (value: unknown) => unknown): unknown {
  if (!reading(path, () => isStructure(value))) return otherwise(value);
  const out: Record<string, unknown> = {};
  const structure = value as Record<string, unknown>;
  for (const name of members) {
    const at = `${path}${pointer(name)}`;
    const item = reading(at, () => structure[name]);
    if (item !== null && item !== undefined) out[name] = convert(at, name, item);
  }
  return out;
}

/** A list as the SDK sends it: null and undefined items (and holes) left out. */
function listCopy(path: string, list: readonly unknown[]): unknown[] {
  // A Proxy's length is read through its trap, which may throw as any member's getter may.
  const length = reading(path, () => list.length);
  if (length > MAX_CONVERTED_LIST_LENGTH) {
    throw new SdkInputConversionError(path, `a list of ${String(length)} items is longer than MAX_CONVERTED_LIST_LENGTH (${String(MAX_CONVERTED_LIST_LENGTH)})`);
  }
  const out: unknown[] = [];
  for (let index = 0; index < length; index += 1) {
    const item = reading(`${path}/${String(index)}`, () => list[index]);
    if (item !== null && item !== undefined) out.push(item);
  }
  return out;
}

function asItIs(value: unknown): unknown {
  return value;
}

function serialise(path: string, name: string, item: unknown): unknown {
  // getTime from Date.prototype: a value that only claims to be a Date (Symbol.toStringTag) is refused by name.
  if (reading(path, () => isDate(item))) return reading(path, () => Date.prototype.getTime.call(item)) / 1000;
  // A non-structure where a structure belongs goes out as it is, as the SDK sends it.
  if (name === 'ImportSource') return pick(item, path, ['S3'], (s3Path, _s3, s3) => pick(s3, s3Path, S3_IMPORT_SOURCE_MEMBERS, (_at, _m, v) => v, asItIs), asItIs);
  if (reading(path, () => Array.isArray(item))) return listCopy(path, item as readonly unknown[]);
  return item;
}

/**
 * The body the JS SDK v3 sends for an SDK input, serialised as the SDK does: unknown keys and
 * null or undefined members (and list items) are dropped, a `Date` becomes `getTime() / 1000`
 * (an Invalid Date becomes NaN), and any other value goes out as it is. Validate the input first
 * to learn what this silently loses.
 *
 * @throws {SdkInputConversionError} (a TypeError) naming the JSON Pointer of the member, when a
 * member cannot be read (a getter or Proxy trap throws, a revoked Proxy) or a list is longer than
 * `MAX_CONVERTED_LIST_LENGTH`. Plain data of the wrong types is not refused: it goes out as it is.
 *
 * @example
 * toWireStartImportRequest({ ImportId: 'x', StartEventTime: new Date(1_704_067_200_123) });
 * // { StartEventTime: 1704067200.123, ImportId: 'x' }
 */
export function toWireStartImportRequest(sdkInput: StartImportSdkInput): StartImportWireRequest {
  return pick(sdkInput, '', ['Destinations', 'ImportSource', 'StartEventTime', 'EndEventTime', 'ImportId'], serialise, () => ({})) as StartImportWireRequest;
}
