import { TIMESTAMP_MEMBERS, START_IMPORT_REQUEST_MEMBERS, START_IMPORT_RESPONSE_MEMBERS } from '../contract/model.js';
import { describe, isDate, readTimestamp, type Shape } from '../contract/timestamps.js';
import type { Subject, Violation } from '../rules/index.js';
import { violation } from '../rules/index.js';
import type { ShapeOption } from './types.js';

/** A value read into the wire shape, with what reading it found. */
export interface Normalised {
  readonly shape: Shape;
  /** A copy of the value's own members in the wire shape; timestamps that could not be read are left out. */
  readonly wire: Record<string, unknown>;
  /** The members the value has (own keys whose value is not undefined, nor null in `sdk` shape). */
  readonly present: ReadonlySet<string>;
  readonly violations: readonly Violation[];
}

const TIMESTAMPS: ReadonlySet<string> = new Set(TIMESTAMP_MEMBERS);
const MEMBERS: Readonly<Record<Exclude<Subject, 'error'>, ReadonlySet<string>>> = {
  request: new Set(START_IMPORT_REQUEST_MEMBERS),
  response: new Set(START_IMPORT_RESPONSE_MEMBERS),
};

/** Whether a value is a structure: an object that is not an array, a Date or another built-in. */
export function isStructure(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.prototype.toString.call(value) === '[object Object]';
}

/** `auto` resolved for a value. */
export function resolveShape(value: unknown, shape: ShapeOption): Shape {
  if (shape !== 'auto') return shape;
  if (!isStructure(value)) return 'cli';
  return TIMESTAMP_MEMBERS.some((name) => isDate(value[name])) ? 'sdk' : 'cli';
}

/** The SDK leaves out null and undefined members of a known structure; the copy does the same. */
function withoutNulls(value: unknown): unknown {
  if (!isStructure(value)) return value;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const item = value[key];
    if (item !== null && item !== undefined) copy[key] = key === 'S3' ? withoutNulls(item) : item;
  }
  return copy;
}

/**
 * Reads a request or response in its shape into the wire shape. Timestamps are checked for the
 * shape first (`timestamp-invalid`) and converted as the SDK does (`Date` → `getTime() / 1000`).
 * Returns a violation instead when the value is not a structure at all.
 */
export function normalise(value: unknown, shapeOption: ShapeOption, subject: Exclude<Subject, 'error'>): Normalised | Violation {
  if (!isStructure(value)) {
    return violation('type-mismatch', '', `must be a structure (object) (got ${describe(value)})`);
  }
  const shape = resolveShape(value, shapeOption);
  const wire: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  const present = new Set<string>();
  const violations: Violation[] = [];
  const known = MEMBERS[subject];
  for (const key of Object.keys(value)) {
    const item = value[key];
    if (item === undefined || (shape === 'sdk' && item === null && known.has(key))) continue;
    present.add(key);
    if (!TIMESTAMPS.has(key) || !known.has(key)) {
      wire[key] = shape === 'sdk' && key === 'ImportSource' ? withoutNulls(item) : item;
      continue;
    }
    const reading = readTimestamp(item, shape);
    if ('seconds' in reading) wire[key] = reading.seconds;
    else violations.push(violation('timestamp-invalid', `/${key}`, reading.problem));
  }
  return { shape, wire, present, violations };
}
