import { TIMESTAMP_MEMBERS } from '../../contract/model.js';
import type { Shape } from '../../contract/timestamps.js';
import type { StartImportSdkInput, StartImportWireRequest } from '../../validate/wire-types.js';

/** A StartImport request as a JSON file holds it (`--cli-input-json`, fixtures): ISO-8601 timestamps. */
export interface StartImportCliRequest {
  Destinations?: string[];
  ImportSource?: { S3?: { S3LocationUri?: string; S3BucketRegion?: string; S3BucketAccessRoleArn?: string } };
  StartEventTime?: string | number;
  EndEventTime?: string | number;
  ImportId?: string;
}

/** The type of a request in a shape: `sdk` (Dates), `wire` (epoch seconds) or `cli` (ISO-8601 strings). */
export type RequestInShape<S extends Shape> = S extends 'sdk' ? StartImportSdkInput : S extends 'wire' ? StartImportWireRequest : StartImportCliRequest;

/**
 * A value built in the wire shape, in `shape`: timestamps become Dates (sdk) or ISO-8601 strings
 * (cli). Epoch seconds are whole milliseconds, so every shape holds the same instant exactly.
 */
export function toShape<T extends object>(wire: T, shape: Shape): T {
  if (shape === 'wire') return wire;
  const out: Record<string, unknown> = { ...(wire as Record<string, unknown>) };
  for (const name of TIMESTAMP_MEMBERS) {
    const seconds = out[name];
    if (typeof seconds !== 'number') continue;
    const date = new Date(Math.round(seconds * 1000));
    out[name] = shape === 'sdk' ? date : date.toISOString();
  }
  return out as T;
}
