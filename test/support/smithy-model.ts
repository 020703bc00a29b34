/**
 * Reads the Smithy model subset in `models/` (a verbatim copy of AWS's published
 * CloudTrail model, restricted to the import operations).
 */
import { readFileSync } from 'node:fs';
import { ROOT } from './json-schemas.js';

export const NAMESPACE = 'com.amazonaws.cloudtrail';
export const MODEL_FILE = `${ROOT}/models/cloudtrail-import.smithy.json`;

export interface SmithyTarget {
  readonly target: string;
}

export interface SmithyMember extends SmithyTarget {
  readonly traits?: Readonly<Record<string, unknown>>;
}

export interface SmithyShape {
  readonly type: string;
  readonly traits?: Readonly<Record<string, unknown>>;
  /** Structures, unions and enums. */
  readonly members?: Readonly<Record<string, SmithyMember>>;
  /** Lists. */
  readonly member?: SmithyMember;
  /** Operations. */
  readonly input?: SmithyTarget;
  readonly output?: SmithyTarget;
  readonly errors?: readonly SmithyTarget[];
}

export interface SmithyModel {
  readonly shapes: Readonly<Record<string, SmithyShape>>;
}

export function loadModel(file = MODEL_FILE): SmithyModel {
  const model = JSON.parse(readFileSync(file, 'utf8')) as Partial<SmithyModel>;
  if (typeof model.shapes !== 'object') throw new Error(`${file} is not a Smithy JSON AST (no shapes)`);
  return model as SmithyModel;
}

/** `com.amazonaws.cloudtrail#NAME`. */
export function shapeId(name: string): string {
  return `${NAMESPACE}#${name}`;
}

/** The name part of a shape id: `com.amazonaws.cloudtrail#UUID` → `UUID`. */
export function localName(id: string): string {
  return id.slice(id.indexOf('#') + 1);
}

/** A shape of the model; throws when the model lacks it (the fixture is not the expected model). */
export function shapeOf(model: SmithyModel, id: string): SmithyShape {
  const shape = model.shapes[id];
  if (shape === undefined) throw new Error(`the model has no shape ${id}`);
  return shape;
}

/** `smithy.api#length` of a shape or member. */
export function lengthTrait(traits: Readonly<Record<string, unknown>> | undefined): { readonly min?: number; readonly max?: number } | undefined {
  const length = traits?.['smithy.api#length'];
  if (typeof length !== 'object' || length === null) return undefined;
  const { min, max } = length as Record<string, unknown>;
  return { ...(typeof min === 'number' ? { min } : {}), ...(typeof max === 'number' ? { max } : {}) };
}

/** `smithy.api#pattern` of a shape or member. */
export function patternTrait(traits: Readonly<Record<string, unknown>> | undefined): string | undefined {
  const pattern = traits?.['smithy.api#pattern'];
  return typeof pattern === 'string' ? pattern : undefined;
}

/** Whether a member carries `smithy.api#required`. */
export function isRequired(member: SmithyMember): boolean {
  return member.traits !== undefined && 'smithy.api#required' in member.traits;
}

/** The values of an `enum` shape (each member's `smithy.api#enumValue`, else its name). */
export function enumValues(shape: SmithyShape): string[] {
  return Object.entries(shape.members ?? {}).map(([name, member]) => {
    const value = member.traits?.['smithy.api#enumValue'];
    return typeof value === 'string' ? value : name;
  });
}
