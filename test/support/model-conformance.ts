/**
 * Compares the JSON Schemas with the Smithy model: walks every shape StartImport's input and
 * output reach and reports, as one readable line each, every way the schema differs — a member
 * missing or extra, a length, pattern, enum, required member or type that is not the model's.
 * No line means the schemas say exactly what the model says.
 */
import { childPointer, isJsonObject, locationOf, refChain, schemaAt, type JsonValue, type SchemaNode, type SchemaSet } from './json-schemas.js';
import { enumValues, isRequired, lengthTrait, localName, patternTrait, shapeId, shapeOf, type SmithyModel } from './smithy-model.js';

/** The JSON Schema file of each StartImport shape the walk starts from. */
export const SCHEMA_OF_SHAPE: Readonly<Record<string, string>> = {
  [shapeId('StartImportRequest')]: 'start-import-request.schema.json',
  [shapeId('StartImportResponse')]: 'start-import-response.schema.json',
};

/** What the walk found: the differences, and every (shape, schema location) pair it compared. */
export interface Conformance {
  readonly differences: readonly string[];
  readonly compared: readonly { readonly shape: string; readonly schema: string }[];
}

/** The keywords that constrain a value; any of them on a shape that does not call for it is a difference. */
const CONSTRAINTS = [
  'type', 'enum', 'const', 'pattern', 'format', 'minLength', 'maxLength', 'minItems', 'maxItems', 'items', 'prefixItems',
  'properties', 'patternProperties', 'additionalProperties', 'required', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum',
] as const;

/** The JSON Schema keywords each Smithy shape type is expressed with (wire shape: timestamps are epoch seconds). */
const KEYWORDS_OF: Readonly<Record<string, readonly string[]>> = {
  structure: ['type', 'properties', 'additionalProperties', 'required'],
  list: ['type', 'minItems', 'maxItems', 'items'],
  string: ['type', 'minLength', 'maxLength', 'pattern', 'enum'],
  enum: ['type', 'enum'],
  timestamp: ['type'],
};

const JSON_TYPE_OF: Readonly<Record<string, string>> = {
  structure: 'object',
  list: 'array',
  string: 'string',
  enum: 'string',
  timestamp: 'number',
};

type Traits = Readonly<Record<string, unknown>>;

/** One value of a keyword, with where it sits (`file#pointer/keyword`). */
export interface KeywordValue {
  readonly value: JsonValue;
  readonly at: string;
}

/** Every value a keyword has along a `$ref` chain. */
export function keywordValues(chain: readonly SchemaNode[], keyword: string): KeywordValue[] {
  return chain.flatMap((layer) => {
    const value = layer.node[keyword];
    return value === undefined ? [] : [{ value, at: `${locationOf(layer)}/${keyword}` }];
  });
}

interface Visit {
  readonly id: string;
  /** Member traits apply on top of the target's (Smithy lets a member narrow its target). */
  readonly memberTraits: Traits | undefined;
  readonly at: SchemaNode;
  /** How the walk got here, e.g. `StartImportRequest$Destinations.member`. */
  readonly via: string;
}

/** Compares the request and response schemas of `schemas` with `model`. */
export function compareSchemasWithModel(model: SmithyModel, schemas: SchemaSet): Conformance {
  const differences: string[] = [];
  const compared: { shape: string; schema: string }[] = [];
  const seen = new Set<string>();
  const operation = shapeOf(model, shapeId('StartImport'));
  const roots = [operation.input?.target, operation.output?.target];
  for (const root of roots) {
    const file = root === undefined ? undefined : SCHEMA_OF_SHAPE[root];
    if (root === undefined || file === undefined) {
      differences.push(`StartImport's ${root === roots[0] ? 'input' : 'output'} (${String(root)}) has no schema file to compare with`);
      continue;
    }
    const queue: Visit[] = [{ id: root, memberTraits: undefined, at: { file, pointer: '', node: schemaAt(schemas, file, '') }, via: localName(root) }];
    for (let visit = queue.shift(); visit !== undefined; visit = queue.shift()) {
      const key = `${visit.id} ${locationOf(visit.at)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      compared.push({ shape: visit.id, schema: locationOf(visit.at) });
      queue.push(...compareShape(model, schemas, visit, differences));
    }
  }
  return { differences, compared };
}

/** Compares one shape with its schema; returns the members and list items still to compare. */
function compareShape(model: SmithyModel, schemas: SchemaSet, visit: Visit, differences: string[]): Visit[] {
  const label = `${visit.id} (${visit.via})`;
  const chain = refChain(schemas, visit.at);
  if ('problem' in chain) {
    differences.push(`${label}: ${chain.problem}`);
    return [];
  }
  const where = chain.map(locationOf).join(' → ');
  const report = (problem: string): void => {
    differences.push(`${label} ↔ ${where}: ${problem}`);
  };
  const shape = model.shapes[visit.id];
  if (shape === undefined) {
    report('the model has no such shape');
    return [];
  }
  const keywords = KEYWORDS_OF[shape.type];
  if (keywords === undefined) {
    report(`the checker does not compare Smithy '${shape.type}' shapes; extend test/support/model-conformance.ts`);
    return [];
  }
  const traits: Traits = { ...shape.traits, ...visit.memberTraits };
  const valuesOf = (keyword: string): KeywordValue[] => keywordValues(chain, keyword);

  for (const keyword of CONSTRAINTS) {
    if (keywords.includes(keyword)) continue;
    for (const { value, at } of valuesOf(keyword)) report(`${at} is ${JSON.stringify(value)}, which a Smithy ${shape.type} shape does not call for`);
  }
  compareExact(valuesOf('type'), JSON_TYPE_OF[shape.type], 'type', `JSON type for a ${shape.type} shape`, report);

  if (shape.type === 'string' || shape.type === 'list') {
    const length = lengthTrait(traits);
    const [min, max] = shape.type === 'string' ? ['minLength', 'maxLength'] : ['minItems', 'maxItems'];
    compareExact(valuesOf(min), length?.min, min, 'smithy.api#length min', report);
    compareExact(valuesOf(max), length?.max, max, 'smithy.api#length max', report);
  }
  if (shape.type === 'string') {
    compareExact(valuesOf('pattern'), patternTrait(traits), 'pattern', 'smithy.api#pattern', report);
    compareEnum(valuesOf('enum'), undefined, report);
  }
  if (shape.type === 'enum') compareEnum(valuesOf('enum'), enumValues(shape), report);

  if (shape.type === 'list') {
    const items = valuesOf('items');
    const [first] = items;
    if (shape.member === undefined) return [];
    if (first === undefined || !isJsonObject(first.value)) {
      report(`has no items schema for ${shape.member.target}`);
      return [];
    }
    const layer = chain.find((node) => node.node['items'] !== undefined) ?? visit.at;
    const next = { file: layer.file, pointer: childPointer(layer.pointer, 'items'), node: first.value };
    return [{ id: shape.member.target, memberTraits: shape.member.traits, at: next, via: `${visit.via}.member` }];
  }
  if (shape.type === 'structure') return compareStructure(visit, chain, shape.members ?? {}, valuesOf, report);
  return [];
}

function compareStructure(
  visit: Visit,
  chain: readonly SchemaNode[],
  members: NonNullable<ReturnType<typeof shapeOf>['members']>,
  valuesOf: (keyword: string) => KeywordValue[],
  report: (problem: string) => void,
): Visit[] {
  if (!valuesOf('additionalProperties').some(({ value }) => value === false)) {
    report('must have additionalProperties: false (the SDK drops every key its structure does not have)');
  }
  const required = new Set(valuesOf('required').flatMap(({ value }) => (Array.isArray(value) ? value : [])).map(String));
  const modelRequired = new Set(Object.entries(members).filter(([, member]) => isRequired(member)).map(([name]) => name));
  for (const name of modelRequired) if (!required.has(name)) report(`required lacks '${name}', which the model marks smithy.api#required`);
  for (const name of required) if (!modelRequired.has(name)) report(`required has '${name}', which the model does not mark smithy.api#required`);

  const layer = chain.find((node) => isJsonObject(node.node['properties']));
  const properties = layer?.node['properties'];
  if (layer === undefined || !isJsonObject(properties)) {
    report('has no properties');
    return [];
  }
  const next: Visit[] = [];
  for (const [name, member] of Object.entries(members)) {
    const property = properties[name];
    if (!isJsonObject(property)) {
      report(`properties lacks member '${name}' (${member.target})`);
      continue;
    }
    const at = { file: layer.file, pointer: childPointer(layer.pointer, 'properties', name), node: property };
    next.push({ id: member.target, memberTraits: member.traits, at, via: `${localName(visit.id)}$${name}` });
  }
  for (const name of Object.keys(properties)) {
    if (!Object.hasOwn(members, name)) report(`properties has '${name}', which is not a member of ${visit.id}`);
  }
  return next;
}

/**
 * Every value of a keyword must equal the model's `constraint`; the keyword must be there exactly
 * when the model has the constraint.
 */
export function compareExact(
  found: readonly KeywordValue[],
  expected: string | number | undefined,
  keyword: string,
  constraint: string,
  report: (problem: string) => void,
): void {
  if (expected === undefined) {
    for (const { value, at } of found) report(`${at} is ${JSON.stringify(value)}, but the model has no ${constraint}`);
    return;
  }
  if (found.length === 0) report(`${keyword} is missing; the model's ${constraint} is ${JSON.stringify(expected)}`);
  for (const { value, at } of found) {
    if (value !== expected) report(`${at} is ${JSON.stringify(value)}, the model's ${constraint} is ${JSON.stringify(expected)}`);
  }
}

/** The schema's `enum` must hold exactly the model's values (in any order); none when the model has none. */
function compareEnum(found: readonly KeywordValue[], expected: readonly string[] | undefined, report: (problem: string) => void): void {
  if (expected === undefined) {
    for (const { value, at } of found) report(`${at} is ${JSON.stringify(value)}, but the model shape is not an enum`);
    return;
  }
  if (found.length === 0) report(`enum is missing; the model's enum values are ${expected.join(', ')}`);
  for (const { value, at } of found) {
    const values = Array.isArray(value) ? value.map((item) => (typeof item === 'string' ? item : JSON.stringify(item))) : [];
    for (const item of expected) if (!values.includes(item)) report(`${at} lacks '${item}', a value of the model's enum`);
    for (const item of values) if (!expected.includes(item)) report(`${at} has '${item}', which is not a value of the model's enum`);
  }
}
