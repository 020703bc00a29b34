import {
  validateErrorSchema,
  validateRequestSchema,
  validateResponseSchema,
} from '../generated/validators.js';

/** The parts of an ajv error object the toolkit reads. */
export interface SchemaError {
  readonly instancePath: string;
  readonly schemaPath: string;
  readonly keyword: string;
  readonly params: Readonly<Record<string, unknown>>;
  /** The value the error is about (ajv's `verbose` option, which the package's validators are generated with). */
  readonly data: unknown;
}

/** A precompiled (ajv standalone) validator. */
export interface CompiledSchema {
  (data: unknown): boolean;
  errors?: readonly SchemaError[] | null;
}

/** The precompiled validators of `schemas/`, by what they check. */
export const compiledSchemas: Readonly<Record<'request' | 'response' | 'error', CompiledSchema>> = {
  request: validateRequestSchema as CompiledSchema,
  response: validateResponseSchema as CompiledSchema,
  error: validateErrorSchema as CompiledSchema,
};

const NO_ERRORS: readonly SchemaError[] = Object.freeze([]);

/** Runs a compiled schema and returns its errors (none when the value conforms). */
export function schemaErrors(schema: CompiledSchema, data: unknown): readonly SchemaError[] {
  return schema(data) ? NO_ERRORS : (schema.errors ?? NO_ERRORS);
}
