/**
 * The places of an operation's input or output, read off its model once: every member, at every
 * depth, as a JSON Pointer pattern with `*` for each list item (`/Imports/*\/Destinations/*`).
 * Checks find their values through `forEachAt`, which reads the decoded (plain) value.
 */
import { isStructure } from '../contract/record.js';
import type { Check, CatalogueRow } from './check.js';
import type { ShapeModel } from './model.js';
import type { Decoded } from './structural.js';
import type { Violation } from '../rules/types.js';

/** A place in a value: its pattern, its shape, and the structure member it is (none for the root and list items). */
export interface Site {
  /** JSON Pointer with `*` for every list item; `''` for the root. */
  readonly pattern: string;
  readonly shapeName: string;
  readonly shape: ShapeModel;
  /** The member's name when the site is a structure member. */
  readonly member: string | undefined;
}

/** The model's shapes by name. */
export type Shapes = Readonly<Record<string, ShapeModel>>;

/** The shape named `name`; throws at module load when the generated model lacks it. */
export function shapeNamed(shapes: Shapes, name: string): ShapeModel {
  const shape = shapes[name];
  if (shape === undefined) throw new Error(`the model has no shape ${name}`);
  return shape;
}

/** Every site under `rootName` (itself first), depth first, in the model's member order. */
export function sitesOf(shapes: Shapes, rootName: string): Site[] {
  const out: Site[] = [];
  const visit = (pattern: string, shapeName: string, member: string | undefined): void => {
    const shape = shapeNamed(shapes, shapeName);
    out.push({ pattern, shapeName, shape, member });
    if (shape.type === 'structure') for (const [name, target] of Object.entries(shape.members)) visit(`${pattern}/${name}`, target, name);
    if (shape.type === 'list') visit(`${pattern}/*`, shape.member, undefined);
  };
  visit('', rootName, undefined);
  return out;
}

/**
 * Calls `visit` with each value present at a pattern in `root`, its JSON Pointer and `state`.
 * `state` is passed through (the violations list of a check), so a check's run allocates no
 * closure per validation.
 */
export type Locator = <S>(root: unknown, state: S, visit: (value: unknown, path: string, state: S) => void) => void;

/**
 * Compiles `pattern` once into a function that walks a decoded value to it: a structure member
 * is read when the structure has it as its own key, a list item for each item read (`*`).
 * No model member name holds `~` or `/`, so a pattern's keys need no escaping; a pattern without
 * `*` is its own path, so no path is built while walking it.
 */
export function locator(pattern: string): Locator {
  const keys = pattern === '' ? [] : pattern.slice(1).split('/');
  if (keys.length === 0) return (root, state, visit) => { visit(root, '', state); };
  if (keys.length === 1) {
    // The common case, a top-level member: one read, no recursion.
    const key = keys[0] as string;
    // The root is a decoded value (a check's input), a plain object: an object test suffices there.
    return (root, state, visit) => {
      if (typeof root === 'object' && root !== null && Object.prototype.hasOwnProperty.call(root, key)) visit((root as Record<string, unknown>)[key], pattern, state);
    };
  }
  if (!keys.includes('*')) {
    return (root, state, visit) => {
      let value = root;
      for (const key of keys) {
        if (!isStructure(value) || !Object.prototype.hasOwnProperty.call(value, key)) return;
        value = value[key];
      }
      visit(value, pattern, state);
    };
  }
  const walk = <S>(value: unknown, at: number, path: string, state: S, visit: (value: unknown, path: string, state: S) => void): void => {
    if (at === keys.length) {
      visit(value, path, state);
      return;
    }
    const key = keys[at] as string;
    if (key === '*') {
      if (!Array.isArray(value)) return;
      for (let index = 0; index < value.length; index += 1) {
        if (index in value) walk(value[index], at + 1, `${path}/${String(index)}`, state, visit);
      }
      return;
    }
    if (!isStructure(value) || !Object.prototype.hasOwnProperty.call(value, key)) return;
    walk(value[key], at + 1, `${path}/${key}`, state, visit);
  };
  return (root, state, visit) => { walk(root, 0, '', state, visit); };
}

/**
 * The check of `row` on `operation` that visits each value at `pattern` (of a decoded input or
 * output) and reads `reads` (the pattern itself by default): the shape
 * of most semantic checks, one locator compiled per check.
 */
export function siteCheck(
  row: CatalogueRow,
  operation: string,
  pattern: string,
  visit: (value: unknown, path: string, out: Violation[]) => void,
  reads: readonly string[] = [pattern],
): Check<Decoded> {
  const at = locator(pattern);
  return {
    row,
    operations: [operation],
    reads,
    run(input, _context, out) {
      at(input, out, visit);
    },
  };
}
