/**
 * Reads member names out of the schema-based serde of `@aws-sdk/client-cloudtrail` (3.7xx and
 * later): each structure is exported as a static schema array
 * `[3, namespace, name, traits, memberNames[], memberSchemas[], requiredCount?]`, nested
 * structures as thunks (`() => ImportSource$`). Anything else is reported as a problem, never
 * read as "no members".
 */
import { childPointer, isJsonObject, locationOf, refChain, schemaAt, type SchemaNode, type SchemaSet } from './json-schemas.js';

/** Smithy's static schema id for a structure. */
const STRUCTURE = 3;

export interface SdkStructure {
  readonly namespace: string;
  readonly name: string;
  readonly memberNames: readonly string[];
  readonly memberSchemas: readonly unknown[];
}

export interface Problem {
  readonly problem: string;
}

function preview(value: unknown): string {
  if (typeof value === 'function') return 'a function';
  try {
    const text = JSON.stringify(value, (_key, item: unknown) => (typeof item === 'function' ? '<thunk>' : item));
    return text.length > 120 ? `${text.slice(0, 119)}…` : text;
  } catch {
    return typeof value;
  }
}

/** A static structure schema, following a thunk; or why `value` is not one. */
export function readStructure(value: unknown, label: string): SdkStructure | Problem {
  const schema: unknown = typeof value === 'function' ? (value as () => unknown)() : value;
  const shapeHint =
    `${label} is not a static structure schema [3, namespace, name, traits, memberNames[], memberSchemas[]] (got ${preview(schema)}); ` +
    'the installed @aws-sdk/client-cloudtrail describes its shapes differently: update test/support/sdk-members.ts to read its member names';
  if (!Array.isArray(schema)) return { problem: shapeHint };
  const [id, namespace, name, , memberNames, memberSchemas] = schema as readonly unknown[];
  if (id !== STRUCTURE || typeof namespace !== 'string' || typeof name !== 'string') return { problem: shapeHint };
  if (!Array.isArray(memberNames) || !memberNames.every((member): member is string => typeof member === 'string')) return { problem: shapeHint };
  if (!Array.isArray(memberSchemas) || memberSchemas.length !== memberNames.length) return { problem: shapeHint };
  return { namespace, name, memberNames, memberSchemas: memberSchemas as readonly unknown[] };
}

/** The structure a member of `structure` targets. */
export function memberStructure(structure: SdkStructure, member: string): SdkStructure | Problem {
  const index = structure.memberNames.indexOf(member);
  if (index < 0) return { problem: `${structure.name} has no member ${member} in the installed SDK` };
  return readStructure(structure.memberSchemas[index], `${structure.name}.${member}`);
}

/**
 * The property names of the schema object reached from `file`'s root through the member names
 * `path` (`['ImportSource', 'S3']`), following `$ref`s on the way.
 */
export function schemaPropertyNames(schemas: SchemaSet, file: string, path: readonly string[] = []): string[] {
  let node: SchemaNode = { file, pointer: '', node: schemaAt(schemas, file, '') };
  for (let depth = 0; ; depth += 1) {
    const chain = refChain(schemas, node);
    if ('problem' in chain) throw new Error(chain.problem);
    const layer = chain.find((candidate) => isJsonObject(candidate.node['properties']));
    const properties = layer?.node['properties'];
    if (layer === undefined || !isJsonObject(properties)) throw new Error(`${locationOf(node)} has no properties`);
    const member = path[depth];
    if (member === undefined) return Object.keys(properties);
    const next = properties[member];
    if (!isJsonObject(next)) throw new Error(`${locationOf(layer)} has no property ${member}`);
    node = { file: layer.file, pointer: childPointer(layer.pointer, 'properties', member), node: next };
  }
}

/** The differences between the SDK's member names and a schema's property names (order does not matter). */
export function compareMemberNames(sdkMembers: readonly string[], schemaProperties: readonly string[], where: string): string[] {
  return [
    ...sdkMembers.filter((name) => !schemaProperties.includes(name)).map((name) => `${where}: the SDK has member '${name}', which the schema's properties lack`),
    ...schemaProperties.filter((name) => !sdkMembers.includes(name)).map((name) => `${where}: the schema has property '${name}', which the SDK's structure lacks`),
  ];
}
