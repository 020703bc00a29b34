/**
 * zod and valibot schemas built from an operation's generated model (`CLOUDTRAIL_MODEL`,
 * `LOGS_MODEL`), for `bench/unseen-operations.bench.ts`: one builder each, following the same
 * mapping as `scripts/render-operation-schemas.ts` renders the JSON Schemas ajv runs — strict
 * objects (an unknown key is an error), required members, string lengths and patterns (compiled
 * with `u`, as ajv does), enums, list sizes, whole-number ranges, and a finite number for a
 * timestamp (ajv's `strictNumbers`). Neither library aborts early, as ajv's `allErrors`. The bench
 * checks that ajv, zod and valibot agree on every document of its pools.
 */
import * as v from 'valibot';
import { z } from 'zod';
import type { ServiceModel, ShapeModel } from '../src/core/model.js';

type Shapes = ServiceModel['shapes'];

function shapeOf(shapes: Shapes, name: string): ShapeModel {
  const shape = shapes[name];
  if (shape === undefined) throw new Error(`the model has no shape ${name}`);
  return shape;
}

/** The zod schema of the shape `name` of `shapes`. */
export function zodSchemaOf(shapes: Shapes, name: string): z.ZodType {
  const shape = shapeOf(shapes, name);
  switch (shape.type) {
    case 'structure':
      return z.strictObject(
        Object.fromEntries(
          Object.entries(shape.members).map(([member, target]) => {
            const schema = zodSchemaOf(shapes, target);
            return [member, shape.required.includes(member) ? schema : schema.optional()];
          }),
        ),
      );
    case 'string': {
      let schema = z.string();
      if (shape.minLength !== undefined) schema = schema.min(shape.minLength);
      if (shape.maxLength !== undefined) schema = schema.max(shape.maxLength);
      return shape.pattern === undefined ? schema : schema.regex(new RegExp(shape.pattern, 'u'));
    }
    case 'integer':
    case 'long': {
      let schema = z.number().int();
      if (shape.min !== undefined) schema = schema.min(shape.min);
      if (shape.max !== undefined) schema = schema.max(shape.max);
      return schema;
    }
    case 'enum':
      return z.enum(shape.values as [string, ...string[]]);
    case 'list': {
      let schema = z.array(zodSchemaOf(shapes, shape.member));
      if (shape.minItems !== undefined) schema = schema.min(shape.minItems);
      if (shape.maxItems !== undefined) schema = schema.max(shape.maxItems);
      return schema;
    }
    case 'timestamp':
      // zod 4's number() refuses NaN and ±Infinity.
      return z.number();
  }
}

type Action = v.PipeItem<unknown, unknown, v.BaseIssue<unknown>>;

/** `schema` piped through `actions`, or `schema` itself when there is none. */
function piped(schema: v.GenericSchema, actions: readonly Action[]): v.GenericSchema {
  return actions.length === 0 ? schema : (v.pipe(schema, ...(actions as [Action])));
}

/** The valibot schema of the shape `name` of `shapes`. */
export function valibotSchemaOf(shapes: Shapes, name: string): v.GenericSchema {
  const shape = shapeOf(shapes, name);
  switch (shape.type) {
    case 'structure':
      return v.strictObject(
        Object.fromEntries(
          Object.entries(shape.members).map(([member, target]) => {
            const schema = valibotSchemaOf(shapes, target);
            return [member, shape.required.includes(member) ? schema : v.optional(schema)];
          }),
        ),
      );
    case 'string': {
      const actions: Action[] = [];
      if (shape.minLength !== undefined) actions.push(v.minLength(shape.minLength) as Action);
      if (shape.maxLength !== undefined) actions.push(v.maxLength(shape.maxLength) as Action);
      if (shape.pattern !== undefined) actions.push(v.regex(new RegExp(shape.pattern, 'u')) as Action);
      return piped(v.string(), actions);
    }
    case 'integer':
    case 'long': {
      const actions: Action[] = [v.integer() as Action];
      if (shape.min !== undefined) actions.push(v.minValue(shape.min) as Action);
      if (shape.max !== undefined) actions.push(v.maxValue(shape.max) as Action);
      return piped(v.number(), actions);
    }
    case 'enum':
      return v.picklist(shape.values);
    case 'list': {
      const actions: Action[] = [];
      if (shape.minItems !== undefined) actions.push(v.minLength(shape.minItems) as Action);
      if (shape.maxItems !== undefined) actions.push(v.maxLength(shape.maxItems) as Action);
      return piped(v.array(valibotSchemaOf(shapes, shape.member)), actions);
    }
    case 'timestamp':
      return v.pipe(v.number(), v.finite());
  }
}

/** Whether zod's `safeParse` of `schema` accepts a document. */
export function zodAccepts(schema: z.ZodType): (document: unknown) => boolean {
  return (document) => schema.safeParse(document).success;
}

/** Whether valibot's `safeParse` of `schema` accepts a document. */
export function valibotAccepts(schema: v.GenericSchema): (document: unknown) => boolean {
  return (document) => v.safeParse(schema, document).success;
}
