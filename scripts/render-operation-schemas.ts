/**
 * Renders the JSON Schemas (2020-12) of the read operations' and the CloudWatch Logs import-task
 * operations' requests and responses from the generated models (`src/generated/cloudtrail-model.ts`,
 * `src/generated/logs-model.ts`): `schemas/<operation>-request.schema.json` and
 * `…-response.schema.json`, in the wire shape (CloudTrail timestamps as epoch seconds; CloudWatch
 * Logs times are epoch-millisecond integers in its model). Pure: returns file name → text;
 * `npm run generate` writes them and test/generated.test.ts fails when stale.
 */
import { NUMBER_TYPE_BOUNDS, type ServiceModel, type ShapeModel } from '../src/core/model.js';
import { sitesOf } from '../src/core/sites.js';
import { CLOUDTRAIL_MODEL } from '../src/generated/cloudtrail-model.js';
import { LOGS_MODEL } from '../src/generated/logs-model.js';

/** A model whose operations get schemas, and how the schemas say where they come from. */
export interface SchemaSource {
  readonly model: ServiceModel;
  readonly from: string;
}

interface Source extends SchemaSource {
  readonly operations: readonly string[];
}

/** The models schemas are rendered from: the generated ones, or (`npm run generate`) those just read from models/. */
export interface SchemaModels {
  readonly cloudtrail: ServiceModel;
  readonly logs: ServiceModel;
}

/**
 * Each model whose operations get schemas: every operation of CloudTrail's but StartImport (whose
 * schemas are written by hand, with their documented rules), and every one of CloudWatch Logs'.
 * The operations are the model's own, so adding one to a model's generator list is all it takes.
 */
function sourcesOf({ cloudtrail, logs }: SchemaModels): readonly Source[] {
  return [
    { model: cloudtrail, from: "AWS's Smithy model of CloudTrail (2013-11-01)", operations: Object.keys(cloudtrail.operations).filter((operation) => operation !== 'StartImport') },
    { model: logs, from: "botocore's model of CloudWatch Logs (2014-03-28), patterns anchored", operations: Object.keys(logs.operations) },
  ];
}

type Json = Readonly<Record<string, unknown>>;

function kebab(name: string): string {
  return name.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
}

const ref = (name: string): Json => ({ $ref: `#/$defs/${name}` });

/**
 * ±2^63 written as a long's exact bounds: JSON.stringify prints the double as 9223372036854776000,
 * which a reader with 64-bit integers takes for a larger number; the exact texts read back as the same doubles.
 */
function exactLongBounds(text: string): string {
  return text.replace(/(?<=": )(-?)9223372036854776000(?=,?$)/gm, (_match, minus: string) => (minus === '' ? '9223372036854775807' : '-9223372036854775808'));
}

function schemaOf(shape: ShapeModel): Json {
  switch (shape.type) {
    case 'structure':
      return {
        type: 'object',
        properties: Object.fromEntries(Object.entries(shape.members).map(([member, target]) => [member, ref(target)])),
        ...(shape.required.length > 0 ? { required: shape.required } : {}),
        additionalProperties: false,
      };
    case 'string':
      return {
        type: 'string',
        ...(shape.minLength === undefined ? {} : { minLength: shape.minLength }),
        ...(shape.maxLength === undefined ? {} : { maxLength: shape.maxLength }),
        ...(shape.pattern === undefined ? {} : { pattern: shape.pattern }),
      };
    case 'integer':
    case 'long': {
      // The type's bits bound what the model leaves open (a Long, a Timestamp's max), as the checks do.
      const bits = NUMBER_TYPE_BOUNDS[shape.type];
      return { type: 'integer', minimum: shape.min ?? bits.min, maximum: shape.max ?? bits.max };
    }
    case 'enum':
      return { type: 'string', enum: shape.values };
    case 'list':
      return {
        type: 'array',
        items: ref(shape.member),
        ...(shape.minItems === undefined ? {} : { minItems: shape.minItems }),
        ...(shape.maxItems === undefined ? {} : { maxItems: shape.maxItems }),
      };
    case 'timestamp':
      return { type: 'number', description: 'epoch seconds (awsJson1_1)' };
  }
}

/** The JSON Schema of an operation's request or response in `source`'s model: its file name (in `schemas/`) and text. */
export function renderOperationSchema(source: SchemaSource, operation: string, subject: 'request' | 'response', version: string): [string, string] {
  const { model: service } = source;
  const model = service.operations[operation];
  if (model === undefined) throw new Error(`the model has no operation ${operation}`);
  const root = subject === 'request' ? model.input : model.output;
  const file = `${kebab(operation)}-${subject}.schema.json`;
  const names = [...new Set(sitesOf(service.shapes, root).map((site) => site.shapeName))].filter((name) => name !== root);
  const rootShape = service.shapes[root];
  if (rootShape === undefined) throw new Error(`the model has no shape ${root}`);
  const schema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://unpkg.com/cloudtrail-import-contract@${version}/schemas/${file}`,
    title: `${operation} ${subject} (${root})`,
    description: `Generated from ${source.from}: the model's structure of the ${operation} ${subject === 'request' ? 'input' : 'output'}, in the wire shape. Lengths count Unicode code points.`,
    ...schemaOf(rootShape),
    $defs: Object.fromEntries(names.sort().map((name) => [name, schemaOf(service.shapes[name] as ShapeModel)])),
  };
  return [file, `${exactLongBounds(JSON.stringify(schema, null, 2))}\n`];
}

/**
 * Every generated schema: file name (in `schemas/`) → text. `npm run generate` passes the models it
 * has just read, so one run renders the schemas of a refreshed extract or of a new operation.
 */
export function renderOperationSchemas(version: string, models: SchemaModels = { cloudtrail: CLOUDTRAIL_MODEL, logs: LOGS_MODEL }): Record<string, string> {
  return Object.fromEntries(
    sourcesOf(models).flatMap((source) => source.operations.flatMap((operation) => (['request', 'response'] as const).map((subject) => renderOperationSchema(source, operation, subject, version)))),
  );
}
