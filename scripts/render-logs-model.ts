/**
 * Renders `src/generated/logs-model.ts` from botocore's model extract of the CloudWatch Logs
 * import tasks in `models/` (see `models/README.md`): each operation's input and output shapes,
 * errors and `X-Amz-Target` value as typed data (`ServiceModel`, src/core/model.ts), read from
 * botocore's format (`min`/`max`/`pattern`/`enum`/`required`, `exception` shapes). Pure: returns the text.
 */
import { readFileSync } from 'node:fs';
import type { ServiceModel, ShapeModel } from '../src/core/model.js';

export const LOGS_MODEL_FILE = 'models/cloudwatch-logs-import.botocore.json';

/** The operations generated, in the order the package lists them. */
const OPERATIONS = ['CreateImportTask', 'DescribeImportTasks', 'DescribeImportTaskBatches', 'CancelImportTask'] as const;

/**
 * The HTTP status of an exception whose shape has no `error.httpStatusCode`: none of this extract's
 * has one. awsJson1_1 services answer a client error with 400 unless the model says otherwise (the
 * botocore default the SDKs follow), and CloudWatch Logs answers each of these with 400.
 */
const DEFAULT_ERROR_STATUS = 400;

interface BotocoreShape {
  readonly type: string;
  readonly min?: number;
  readonly max?: number;
  readonly pattern?: string;
  readonly enum?: readonly string[];
  readonly required?: readonly string[];
  readonly members?: Readonly<Record<string, { readonly shape: string }>>;
  readonly member?: { readonly shape: string };
  readonly exception?: boolean;
  readonly error?: { readonly httpStatusCode?: number };
}

interface BotocoreOperation {
  readonly input?: { readonly shape: string };
  readonly output?: { readonly shape: string };
  readonly errors?: readonly { readonly shape: string }[];
}

interface BotocoreModel {
  readonly metadata: { readonly targetPrefix?: string; readonly protocol?: string; readonly serviceId?: string };
  readonly operations: Readonly<Record<string, BotocoreOperation>>;
  readonly shapes: Readonly<Record<string, BotocoreShape>>;
}

const bounds = (shape: BotocoreShape, low: string, high: string): Record<string, number> => ({
  ...(shape.min === undefined ? {} : { [low]: shape.min }),
  ...(shape.max === undefined ? {} : { [high]: shape.max }),
});

/**
 * botocore's patterns are not anchored, yet the service matches a member against the whole
 * pattern (its validation error for `abc_def` quotes `[\-a-zA-Z0-9]+`), so the model anchors them.
 */
export const anchored = (pattern: string): string => `^(?:${pattern})$`;

/** One botocore shape as data. */
function shapeModel(name: string, shape: BotocoreShape): ShapeModel {
  switch (shape.type) {
    case 'structure': {
      const members = shape.members ?? {};
      return { type: 'structure', members: Object.fromEntries(Object.entries(members).map(([member, target]) => [member, target.shape])), required: [...(shape.required ?? [])] };
    }
    case 'string':
      if (shape.enum !== undefined) return { type: 'enum', values: [...shape.enum] };
      return { type: 'string', ...bounds(shape, 'minLength', 'maxLength'), ...(shape.pattern === undefined ? {} : { pattern: anchored(shape.pattern) }) };
    case 'integer':
    case 'long':
      return { type: shape.type, ...bounds(shape, 'min', 'max') };
    case 'list':
      if (shape.member === undefined) throw new Error(`${name}: a list without a member`);
      return { type: 'list', member: shape.member.shape, ...bounds(shape, 'minItems', 'maxItems') };
    default:
      throw new Error(`${name}: shape type '${shape.type}' is not supported by the generator`);
  }
}

/** The model extract as data: the operations, every shape they reach, and each error's HTTP status. */
export function logsModelData(root: string): ServiceModel {
  const model = JSON.parse(readFileSync(`${root}/${LOGS_MODEL_FILE}`, 'utf8')) as BotocoreModel;
  const prefix = model.metadata.targetPrefix;
  if (prefix === undefined || model.metadata.protocol !== 'json') throw new Error(`${LOGS_MODEL_FILE} is not an awsJson model with a targetPrefix`);
  const shapeOf = (name: string): BotocoreShape => {
    const shape = model.shapes[name];
    if (shape === undefined) throw new Error(`${LOGS_MODEL_FILE} has no shape ${name}`);
    return shape;
  };
  const shapes: Record<string, ShapeModel> = {};
  const visit = (name: string): void => {
    if (name in shapes) return;
    const shape = shapeModel(name, shapeOf(name));
    shapes[name] = shape;
    if (shape.type === 'list') visit(shape.member);
    if (shape.type === 'structure') for (const target of Object.values(shape.members)) visit(target);
  };
  const errors: Record<string, number> = {};
  const operations = Object.fromEntries(
    OPERATIONS.map((name) => {
      const operation = model.operations[name];
      if (operation?.input === undefined || operation.output === undefined) throw new Error(`${LOGS_MODEL_FILE}: ${name} has no input or output`);
      visit(operation.input.shape);
      visit(operation.output.shape);
      const names = (operation.errors ?? []).map(({ shape }) => {
        const error = shapeOf(shape);
        if (error.exception !== true) throw new Error(`${shape} is no exception shape`);
        errors[shape] = error.error?.httpStatusCode ?? DEFAULT_ERROR_STATUS;
        return shape;
      });
      // awsJson1_1: botocore sends `<targetPrefix>.<operation>`, as the JS SDK v3 does; there is no qualified form.
      return [name, { input: operation.input.shape, output: operation.output.shape, errors: names, targets: [`${prefix}.${name}`] as const }];
    }),
  );
  return { service: prefix, operations, shapes, errors };
}

export function renderLogsModel(root: string): string {
  return (
    `// Generated by scripts/generate.ts from ${LOGS_MODEL_FILE}. Do not edit.\n` +
    `import type { ServiceModel } from '../core/model.js';\n\n` +
    `/** The CloudWatch Logs import-task operations of the model, in the order the package lists them. */\n` +
    `export const LOGS_OPERATIONS = ${JSON.stringify(OPERATIONS)} as const;\n\n` +
    `/** The import-task operations of botocore's model of CloudWatch Logs (2014-03-28), as data; patterns anchored. */\n` +
    `export const LOGS_MODEL = ${JSON.stringify(logsModelData(root), null, 2)} as const satisfies ServiceModel;\n`
  );
}
