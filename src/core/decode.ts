/**
 * Decoding at the edge: a value in its encoding (sdk Dates, wire epoch seconds, cli ISO strings or
 * numbers) is read once, following the model, into a plain wire-shape copy that every check then
 * reads. Only members of the model are descended into (an unknown member is copied, not read), so
 * decoding ends for any value, cycles included; a list is read up to `MAX_LIST_ITEMS_READ` items.
 */
import { describe, isDate, readTimestamp, type Shape } from '../contract/timestamps.js';
import type { Violation } from '../rules/types.js';
import { violation } from '../rules/violation.js';
import { isStructure, setMember } from '../contract/record.js';
import type { ShapeOption } from '../validate/types.js';
import type { ShapeModel, StructureShape } from './model.js';
import { shapeNamed, type Shapes } from './sites.js';

/**
 * Items of a list read (and so checked). No list of the import operations may hold more: a page
 * holds at most MaxResults' maximum, 1000. Past it, `violations-truncated` says how many were not.
 */
export const MAX_LIST_ITEMS_READ = 1000;

/** The SDK adds `$metadata` to every command output: no member of the model. */
const SDK_METADATA = '$metadata';

/** A decoded value, with what decoding found. */
export interface Decoding {
  readonly value: Record<string, unknown>;
  readonly encoding: Shape;
  readonly violations: Violation[];
  /** Lists cut at `MAX_LIST_ITEMS_READ`: where, and how many items were left unread. */
  readonly unread: readonly UnreadItems[];
}

/** `auto`: `sdk` when the value carries the SDK's `$metadata` or a top-level timestamp member is a Date, else `cli`. */
export function resolveEncoding(value: Record<string, unknown>, option: ShapeOption, root: StructureShape, shapes: Shapes): Shape {
  if (option !== 'auto') return option;
  if (value[SDK_METADATA] !== undefined) return 'sdk';
  for (const [name, target] of Object.entries(root.members)) {
    if (shapeNamed(shapes, target).type === 'timestamp' && isDate(value[name])) return 'sdk';
  }
  return 'cli';
}

/** Where a list was cut at `MAX_LIST_ITEMS_READ`, and how many items were left unread. */
export interface UnreadItems {
  readonly path: string;
  readonly items: number;
}

const NOTHING_UNREAD: readonly UnreadItems[] = [];

/** A member's path, built only when one is needed (a nested value, a problem): a valid leaf costs no string. */
const pathOf = (parent: string, key: string | number): string => `${parent}/${String(key)}`;

class Decoder {
  readonly violations: Violation[] = [];
  unread: readonly UnreadItems[] = NOTHING_UNREAD;

  constructor(
    private readonly shapes: Shapes,
    private readonly encoding: Shape,
  ) {}

  structure(value: Record<string, unknown>, shape: StructureShape, path: string): Record<string, unknown> {
    const copy: Record<string, unknown> = {};
    const { members } = shape;
    const sdk = this.encoding === 'sdk';
    // Own enumerable keys only, as JSON.stringify and the SDK send them: an inherited key (a polluted
    // Object.prototype's) is no member of the value. for…in with the own test allocates no key list.
    for (const key in value) {
      if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
      const item = value[key];
      if (item === undefined) continue;
      const target = Object.prototype.hasOwnProperty.call(members, key) ? members[key] : undefined;
      if (sdk && ((path === '' && key === SDK_METADATA) || (item === null && target !== undefined))) continue;
      if (target === undefined) {
        setMember(copy, key, item);
        continue;
      }
      const decoded = this.member(item, shapeNamed(this.shapes, target), path, key);
      if (decoded !== undefined) setMember(copy, key, decoded);
    }
    return copy;
  }

  /** A member's decoded value (the member `key` of the value at `parent`); `undefined` for a timestamp that cannot be read (reported). */
  member(item: unknown, shape: ShapeModel, parent: string, key: string | number): unknown {
    switch (shape.type) {
      case 'timestamp': {
        // A finite number is epoch seconds as it is, in the wire and cli encodings (readTimestamp's answer, without its object).
        if (typeof item === 'number' && this.encoding !== 'sdk' && Number.isFinite(item)) return item;
        const reading = readTimestamp(item, this.encoding);
        if ('seconds' in reading) return reading.seconds;
        this.violations.push(violation('timestamp-invalid', pathOf(parent, key), reading.problem));
        return undefined;
      }
      case 'structure':
        return isStructure(item) ? this.structure(item, shape, pathOf(parent, key)) : item;
      case 'list': {
        if (!Array.isArray(item)) return item;
        const path = pathOf(parent, key);
        const items: readonly unknown[] = item;
        const read = Math.min(items.length, MAX_LIST_ITEMS_READ);
        if (items.length > read) this.unread = [...this.unread, { path, items: items.length - read }];
        const memberShape = shapeNamed(this.shapes, shape.member);
        const copy: unknown[] = [];
        for (let index = 0; index < read; index += 1) {
          const decoded = this.member(items[index], memberShape, path, index);
          // An unreadable timestamp item stays in place (as null), so later items keep their index.
          copy.push(decoded === undefined && memberShape.type === 'timestamp' ? null : decoded);
        }
        return copy;
      }
      default:
        return item;
    }
  }
}

/**
 * Decodes `value` as the structure `rootName` in `option`'s encoding; a violation instead when it
 * is no structure at all. May throw while reading a hostile value (the caller reports that).
 */
export function decode(value: unknown, rootName: string, shapes: Shapes, option: ShapeOption): Decoding | Violation {
  const root = shapeNamed(shapes, rootName);
  if (root.type !== 'structure') throw new Error(`${rootName} is not a structure`);
  if (!isStructure(value)) return violation('type-mismatch', '', `must be a structure (object) (got ${describe(value)})`);
  const encoding = resolveEncoding(value, option, root, shapes);
  const decoder = new Decoder(shapes, encoding);
  const copy = decoder.structure(value, root, '');
  return { value: copy, encoding, violations: decoder.violations, unread: decoder.unread };
}
