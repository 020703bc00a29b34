import { MAX_LIST_ITEMS_CHECKED } from '../rules/index.js';
import { schemaErrors, type CompiledSchema, type SchemaError } from './schema.js';

/**
 * A compiled schema's errors for a wire value whose `Destinations` is cut to its first
 * `MAX_LIST_ITEMS_CHECKED` items, as the request's hand-written schema checks it: ajv reads every
 * item, holes too, so a sparse list of length 1e7 would cost 1e7 reads. `capViolations` then reports
 * the items left unchecked (`violations-truncated`). An error about the list itself is given the
 * list as it was, so its count (`destinations-count`) is the real length.
 */
export function boundedSchemaErrors(schema: CompiledSchema, wire: Readonly<Record<string, unknown>>): readonly SchemaError[] {
  const list = wire['Destinations'];
  if (!Array.isArray(list) || list.length <= MAX_LIST_ITEMS_CHECKED) return schemaErrors(schema, wire);
  const items = list as readonly unknown[];
  const head: unknown[] = [];
  // Item by item: a hole reads as undefined, and ajv reports it as it would have in the whole list.
  for (let i = 0; i < MAX_LIST_ITEMS_CHECKED; i += 1) head.push(items[i]);
  const errors = schemaErrors(schema, { ...wire, Destinations: head });
  return errors.map((error) => (error.data === head ? { ...error, data: items } : error));
}
