import { TIMESTAMP_MEMBERS, START_IMPORT_REQUEST_MEMBERS, START_IMPORT_RESPONSE_MEMBERS } from '../contract/model.js';
import { describe, isDate, readTimestamp, type Shape } from '../contract/timestamps.js';
import { NO_VIOLATIONS, viewOf, violation, type Presence, type Subject, type ValueView, type Violation } from '../rules/index.js';
import type { ShapeOption } from './types.js';
import { isStructure, setMember } from '../contract/record.js';

/** A value read into the wire shape, with what reading it found. */
export interface Normalised {
  readonly shape: Shape;
  /** The value as the checks read it; `view.wire` is the value itself when already in the wire shape (it is never changed). */
  readonly view: ValueView;
  /** What decoding found (`timestamp-invalid`); also `view.decoded`. */
  readonly violations: readonly Violation[];
}

const TIMESTAMPS: ReadonlySet<string> = new Set(TIMESTAMP_MEMBERS);

/** The SDK adds `$metadata` (request id, HTTP status, attempts) to every command output: no member of the model. */
const SDK_METADATA = '$metadata';
const MEMBERS: Readonly<Record<Exclude<Subject, 'error' | 'wire'>, ReadonlySet<string>>> = {
  request: new Set(START_IMPORT_REQUEST_MEMBERS),
  response: new Set(START_IMPORT_RESPONSE_MEMBERS),
};

export { isStructure } from '../contract/record.js';

/** The values `options.shape` takes. */
export const SHAPE_OPTIONS: readonly ShapeOption[] = ['sdk', 'wire', 'cli', 'auto'];

/** Whether `value` is one of `SHAPE_OPTIONS`. */
export function isShapeOption(value: unknown): value is ShapeOption {
  return (SHAPE_OPTIONS as readonly unknown[]).includes(value);
}

/**
 * `options.shape` of a validator: `sdk` when left out; a TypeError naming the option for anything
 * but the four shapes (a JavaScript caller's `'json'`), which would read timestamps in no encoding.
 */
export function shapeOption(shape: unknown, who?: string): ShapeOption {
  if (shape === undefined) return 'sdk';
  if (isShapeOption(shape)) return shape;
  throw new TypeError(`${who === undefined ? '' : `${who}: `}options.shape must be 'sdk', 'wire', 'cli' or 'auto' (got ${describe(shape)})`);
}

/** `auto` resolved for a value. */
function resolveShape(value: unknown, shape: ShapeOption): Shape {
  if (shape !== 'auto') return shape;
  if (!isStructure(value)) return 'cli';
  return value[SDK_METADATA] !== undefined || TIMESTAMP_MEMBERS.some((name) => isDate(value[name])) ? 'sdk' : 'cli';
}

/**
 * The SDK leaves out null and undefined members of a known structure (ImportSource, and its S3);
 * the copy does the same, to those two levels only: anything deeper sits under an unknown member,
 * which is reported, not read (a 10,000-deep `S3` chain costs two levels).
 */
function withoutNulls(value: unknown, knownS3: boolean): unknown {
  if (!isStructure(value)) return value;
  const copy: Record<string, unknown> = {};
  for (const key in value) {
    if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
    const item = value[key];
    if (item !== null && item !== undefined) setMember(copy, key, knownS3 && key === 'S3' ? withoutNulls(item, false) : item);
  }
  return copy;
}

/**
 * Whether a member of an sdk-shape value is left out of its wire copy: a null member of the shape
 * (the SDK drops it), or the `$metadata` the SDK itself adds to outputs (not reported either).
 */
function droppedBySdk(key: string, item: unknown, known: ReadonlySet<string>): boolean {
  return key === SDK_METADATA || (item === null && known.has(key));
}

/** A wire or cli timestamp that needs no conversion (in the sdk shape every timestamp is read: a number is invalid there). */
function isSeconds(value: unknown): boolean {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * Reads a request or response in its shape into the wire shape. Timestamps are checked for the
 * shape first (`timestamp-invalid`) and converted as the SDK does (`Date` → `getTime() / 1000`).
 * Returns a violation instead when the value is not a structure at all. `request`: for a
 * response, the view of the request it answers.
 */
export function normalise(value: unknown, shapeOption: ShapeOption, subject: Exclude<Subject, 'error' | 'wire'>, request?: ValueView): Normalised | Violation {
  if (!isStructure(value)) {
    return violation('type-mismatch', '', `must be a structure (object) (got ${describe(value)})`);
  }
  const shape = resolveShape(value, shapeOption);
  const known = MEMBERS[subject];
  const presence: Presence = { hasDestinations: false, hasImportSource: false, hasStartEventTime: false, hasEndEventTime: false, hasImportId: false };
  let converted = false;
  // Own enumerable keys, as JSON.stringify and the SDK send them (an inherited one, a polluted
  // Object.prototype's, is no member); for…in with the own test allocates no key list.
  for (const key in value) {
    if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
    const item = value[key];
    if (item === undefined) continue;
    if (shape === 'sdk' && droppedBySdk(key, item, known)) {
      converted = true;
      continue;
    }
    switch (key) {
      case 'Destinations':
        presence.hasDestinations = true;
        break;
      case 'ImportSource':
        presence.hasImportSource = true;
        // The SDK drops nulls inside ImportSource too.
        if (shape === 'sdk') converted = true;
        break;
      case 'StartEventTime':
        presence.hasStartEventTime = true;
        if (shape === 'sdk' || !isSeconds(item)) converted = true;
        break;
      case 'EndEventTime':
        presence.hasEndEventTime = true;
        if (shape === 'sdk' || !isSeconds(item)) converted = true;
        break;
      case 'ImportId':
        presence.hasImportId = true;
        break;
      case 'CreatedTimestamp':
      case 'UpdatedTimestamp':
        if (subject === 'response' && (shape === 'sdk' || !isSeconds(item))) converted = true;
        break;
      default:
        break;
    }
  }
  if (!converted && Object.getPrototypeOf(value) === Object.prototype) return { shape, view: viewOf(value, presence, NO_VIOLATIONS, request), violations: NO_VIOLATIONS };
  const { wire, violations } = toWire(value, shape, known);
  return { shape, view: viewOf(wire, presence, violations, request), violations };
}

function toWire(value: Record<string, unknown>, shape: Shape, known: ReadonlySet<string>): { wire: Record<string, unknown>; violations: Violation[] } {
  // A plain object: ajv reads a null-prototype one several times slower.
  const wire: Record<string, unknown> = {};
  const violations: Violation[] = [];
  for (const key in value) {
    if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
    const item = value[key];
    if (item === undefined || (shape === 'sdk' && droppedBySdk(key, item, known))) continue;
    if (!TIMESTAMPS.has(key) || !known.has(key)) {
      const copy = shape === 'sdk' && key === 'ImportSource' ? withoutNulls(item, true) : item;
      setMember(wire, key, copy);
      continue;
    }
    const reading = readTimestamp(item, shape);
    if ('seconds' in reading) wire[key] = reading.seconds;
    else violations.push(violation('timestamp-invalid', `/${key}`, reading.problem));
  }
  return { wire, violations };
}
