import { S3_IMPORT_SOURCE_MEMBERS } from '../contract/model.js';
import { isDate } from '../contract/timestamps.js';
import { isStructure } from './normalise.js';
import type { StartImportSdkInput, StartImportWireRequest } from './wire-types.js';

function pick(value: unknown, members: readonly string[], convert: (name: string, item: unknown) => unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!isStructure(value)) return out;
  for (const name of members) {
    const item = value[name];
    if (item !== null && item !== undefined) out[name] = convert(name, item);
  }
  return out;
}

function serialise(name: string, item: unknown): unknown {
  if (isDate(item)) return item.getTime() / 1000;
  if (name === 'ImportSource') return pick(item, ['S3'], (_s3, s3) => pick(s3, S3_IMPORT_SOURCE_MEMBERS, (_m, v) => v));
  if (Array.isArray(item)) return Array.from(item as readonly unknown[]);
  return item;
}

/**
 * The body the JS SDK v3 sends for an SDK input, serialised as the SDK does: unknown keys and
 * null or undefined members are dropped, a `Date` becomes `getTime() / 1000` (an Invalid Date
 * becomes NaN), and any other value goes out as it is. Validate the input first to learn what
 * this silently loses.
 *
 * @example
 * toWireStartImportRequest({ ImportId: 'x', StartEventTime: new Date(1_704_067_200_123) });
 * // { StartEventTime: 1704067200.123, ImportId: 'x' }
 */
export function toWireStartImportRequest(sdkInput: StartImportSdkInput): StartImportWireRequest {
  return pick(sdkInput, ['Destinations', 'ImportSource', 'StartEventTime', 'EndEventTime', 'ImportId'], serialise);
}
