/** Converts fixture documents (cli shape) into the sdk and wire shapes, as a user's code would hold them. */
import { TIMESTAMP_MEMBERS } from '../../src/contract/model.js';
import { parseIso8601 } from '../../src/contract/timestamps.js';


function mapTimestamps(document: unknown, convert: (seconds: number) => unknown): unknown {
  if (typeof document !== 'object' || document === null || Array.isArray(document)) return document;
  const copy: Record<string, unknown> = { ...(document as Record<string, unknown>) };
  for (const name of TIMESTAMP_MEMBERS) {
    const value = copy[name];
    const seconds = typeof value === 'string' ? parseIso8601(value) : typeof value === 'number' ? value : undefined;
    if (seconds !== undefined) copy[name] = convert(seconds);
  }
  return copy;
}

/** Timestamps as Dates. */
export function toSdkShape(document: unknown): unknown {
  return mapTimestamps(document, (seconds) => new Date(seconds * 1000));
}

/** Timestamps as epoch seconds. */
export function toWireShape(document: unknown): unknown {
  return mapTimestamps(document, (seconds) => seconds);
}
