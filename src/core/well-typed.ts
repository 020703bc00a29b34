/**
 * The type test of the model's shapes on decoded values (wire shape, timestamps as epoch seconds):
 * the one the structural checks' `type-mismatch` makes of a value, and the same all the way down
 * for a check that reads a member only when none of it is mistyped.
 */
import { isStructure } from '../contract/record.js';
import { pastItsBits, type ShapeModel } from './model.js';
import type { Shapes } from './sites.js';

/**
 * Whether a decoded value has its shape's type all the way down: each member a structure holds
 * (unknown ones aside: they are no member's) and each item of a list. A value of which no
 * `type-mismatch` is reported: the other checks of a member read only such values.
 */
export function isWellTyped(shapes: Shapes, shapeName: string, value: unknown): boolean {
  const shape = shapes[shapeName];
  if (shape === undefined || !hasType(shape, value)) return false;
  if (shape.type === 'list') return (value as readonly unknown[]).every((item) => isWellTyped(shapes, shape.member, item));
  if (shape.type !== 'structure') return true;
  const structure = value as Readonly<Record<string, unknown>>;
  for (const [name, memberShape] of Object.entries(shape.members)) {
    const item = Object.prototype.hasOwnProperty.call(structure, name) ? structure[name] : undefined;
    if (item !== undefined && !isWellTyped(shapes, memberShape, item)) return false;
  }
  return true;
}

/** Whether a decoded value has the type of `shape` (a structure, a list: not their members). */
export function hasType(shape: ShapeModel, value: unknown): boolean {
  switch (shape.type) {
    case 'structure':
      return isStructure(value);
    case 'list':
      return Array.isArray(value);
    case 'string':
    case 'enum':
      return typeof value === 'string';
    case 'integer':
    case 'long':
      return Number.isInteger(value) && !pastItsBits(shape, value as number);
    case 'timestamp':
      // Decoding made every readable timestamp a number (and reported the others).
      return typeof value === 'number';
  }
}
