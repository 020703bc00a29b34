/**
 * Renders `src/generated/cloudtrail-model.ts` from the Smithy model in `models/` (see
 * `models/README.md`): each import operation's input and output shapes, errors and `X-Amz-Target`
 * values as typed data (`ServiceModel`, src/core/model.ts). Pure: returns the text.
 */
import { readFileSync } from 'node:fs';
import type { ServiceModel, ShapeModel } from '../src/core/model.js';

export const MODEL_FILE = 'models/cloudtrail-import.smithy.json';

/** The operations generated, in the order the package lists them. */
const OPERATIONS = ['StartImport', 'GetImport', 'ListImports', 'StopImport', 'ListImportFailures'] as const;

type Traits = Readonly<Record<string, unknown>>;
interface SmithyShape {
  readonly type: string;
  readonly version?: string;
  readonly traits?: Traits;
  readonly members?: Readonly<Record<string, { readonly target: string; readonly traits?: Traits }>>;
  readonly member?: { readonly target: string };
  readonly input?: { readonly target: string };
  readonly output?: { readonly target: string };
  readonly errors?: readonly { readonly target: string }[];
}

const localName = (id: string): string => id.slice(id.indexOf('#') + 1);

function numbers(trait: unknown, low: string, high: string): Record<string, number> {
  if (typeof trait !== 'object' || trait === null) return {};
  const { min, max } = trait as { min?: unknown; max?: unknown };
  return { ...(typeof min === 'number' ? { [low]: min } : {}), ...(typeof max === 'number' ? { [high]: max } : {}) };
}

/** One Smithy shape as data; its own traits only (no member of these operations overrides a constraint). */
function shapeModel(id: string, shape: SmithyShape): ShapeModel {
  const traits = shape.traits ?? {};
  switch (shape.type) {
    case 'structure': {
      const members = Object.entries(shape.members ?? {});
      for (const [name, member] of members) {
        const constraint = Object.keys(member.traits ?? {}).find((t) => /#(length|pattern|range)$/.test(t));
        if (constraint !== undefined) throw new Error(`${id}$${name}: member-level ${constraint} is not supported by the generator`);
      }
      return {
        type: 'structure',
        members: Object.fromEntries(members.map(([name, member]) => [name, localName(member.target)])),
        required: members.filter(([, member]) => member.traits?.['smithy.api#required'] !== undefined).map(([name]) => name),
      };
    }
    case 'string': {
      const pattern = traits['smithy.api#pattern'];
      return { type: 'string', ...numbers(traits['smithy.api#length'], 'minLength', 'maxLength'), ...(typeof pattern === 'string' ? { pattern } : {}) };
    }
    case 'integer':
    case 'long':
      return { type: shape.type, ...numbers(traits['smithy.api#range'], 'min', 'max') };
    case 'enum':
      return {
        type: 'enum',
        values: Object.entries(shape.members ?? {}).map(([name, member]) => {
          const value = member.traits?.['smithy.api#enumValue'];
          return typeof value === 'string' ? value : name;
        }),
      };
    case 'list':
      if (shape.member === undefined) throw new Error(`${id}: a list without a member`);
      return { type: 'list', member: localName(shape.member.target), ...numbers(traits['smithy.api#length'], 'minItems', 'maxItems') };
    case 'timestamp':
      return { type: 'timestamp' };
    default:
      throw new Error(`${id}: shape type '${shape.type}' is not supported by the generator`);
  }
}

/** The model extract as data: the operations, every shape they reach, and each error's HTTP status. */
export function cloudtrailModelData(root: string): ServiceModel {
  const model = JSON.parse(readFileSync(`${root}/${MODEL_FILE}`, 'utf8')) as { shapes: Record<string, SmithyShape> };
  const entries = Object.entries(model.shapes);
  const serviceEntry = entries.find(([, shape]) => shape.type === 'service');
  if (serviceEntry === undefined) throw new Error(`${MODEL_FILE} has no service shape`);
  const [serviceId, service] = serviceEntry;
  const namespace = serviceId.slice(0, serviceId.indexOf('#'));
  const serviceName = localName(serviceId);
  // botocore's targetPrefix: the namespace, the API version as vYYYYMMDD, the service shape's name.
  const qualifiedTargetPrefix = `${namespace}.v${(service.version ?? '').replace(/-/g, '')}.${serviceName}`;
  const shapeOf = (id: string): SmithyShape => {
    const shape = model.shapes[id];
    if (shape === undefined) throw new Error(`${MODEL_FILE} has no shape ${id}`);
    return shape;
  };

  const shapes: Record<string, ShapeModel> = {};
  const visit = (id: string): void => {
    const name = localName(id);
    if (name in shapes) return;
    const shape = shapeModel(id, shapeOf(id));
    shapes[name] = shape;
    if (shape.type === 'list') visit(`${namespace}#${shape.member}`);
    if (shape.type === 'structure') for (const target of Object.values(shape.members)) visit(`${namespace}#${target}`);
  };
  const errors: Record<string, number> = {};
  const operations = Object.fromEntries(
    OPERATIONS.map((name) => {
      const operation = shapeOf(`${namespace}#${name}`);
      if (operation.input === undefined || operation.output === undefined) throw new Error(`${name} has no input or output`);
      visit(operation.input.target);
      visit(operation.output.target);
      const names = (operation.errors ?? []).map(({ target }) => {
        const status = shapeOf(target).traits?.['smithy.api#httpError'];
        if (typeof status !== 'number') throw new Error(`${target} has no smithy.api#httpError`);
        errors[localName(target)] = status;
        return localName(target);
      });
      const targets = [`${serviceName}.${name}`, `${qualifiedTargetPrefix}.${name}`] as const;
      return [name, { input: localName(operation.input.target), output: localName(operation.output.target), errors: names, targets }];
    }),
  );
  return { service: serviceName, qualifiedTargetPrefix, operations, shapes, errors };
}

export function renderModel(root: string): string {
  return (
    `// Generated by scripts/generate.ts from ${MODEL_FILE}. Do not edit.\n` +
    `import type { ServiceModel } from '../core/model.js';\n\n` +
    `/** The import operations of the model, in the order the package lists them. */\n` +
    `export const CLOUDTRAIL_OPERATIONS = ${JSON.stringify(OPERATIONS)} as const;\n\n` +
    `/** The import operations of AWS's Smithy model of CloudTrail (2013-11-01), as data. */\n` +
    `export const CLOUDTRAIL_MODEL = ${JSON.stringify(cloudtrailModelData(root), null, 2)} as const satisfies ServiceModel;\n`
  );
}
