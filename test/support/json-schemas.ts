/**
 * Reads `schemas/*.schema.json` as plain JSON and follows their `$ref`s, so tests can compare the
 * schemas (or deliberately changed copies of them) with other sources of truth.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

/** Schema documents by file name (`common.schema.json`, …). */
export type SchemaSet = Record<string, JsonObject>;

/** A schema object and where it sits: `file#pointer`. */
export interface SchemaNode {
  readonly file: string;
  readonly pointer: string;
  readonly node: JsonObject;
}

export function isJsonObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every `*.schema.json` of `schemas/`. */
export function loadSchemas(root = ROOT): SchemaSet {
  const set: SchemaSet = {};
  for (const file of readdirSync(`${root}/schemas`).filter((name) => name.endsWith('.schema.json')).sort()) {
    const document = JSON.parse(readFileSync(`${root}/schemas/${file}`, 'utf8')) as JsonValue;
    if (!isJsonObject(document)) throw new Error(`schemas/${file} is not a JSON object`);
    set[file] = document;
  }
  return set;
}

function escapeToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** `pointer` extended by one reference token. */
export function childPointer(pointer: string, ...tokens: readonly string[]): string {
  return tokens.reduce((path, token) => `${path}/${escapeToken(token)}`, pointer);
}

/** The value at a JSON Pointer of a document, or `undefined`. */
export function valueAtPointer(document: JsonValue, pointer: string): JsonValue | undefined {
  if (pointer === '') return document;
  let current: JsonValue | undefined = document;
  for (const raw of pointer.slice(1).split('/')) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(current)) current = current[Number(token)];
    else if (isJsonObject(current)) current = Object.hasOwn(current, token) ? current[token] : undefined;
    else return undefined;
  }
  return current;
}

/** The schema object at `file#pointer`; throws when there is none (a test set-up mistake). */
export function schemaAt(set: SchemaSet, file: string, pointer: string): JsonObject {
  const document = set[file];
  const found = document === undefined ? undefined : valueAtPointer(document, pointer);
  if (!isJsonObject(found)) throw new Error(`${file}#${pointer} is not a schema object`);
  return found;
}

/** `file#pointer`, as messages print a location. */
export function locationOf(node: Pick<SchemaNode, 'file' | 'pointer'>): string {
  return `${node.file}#${node.pointer}`;
}

/**
 * A schema object followed through its `$ref` chain: the node itself first, then each target.
 * In JSON Schema 2020-12 a `$ref` applies beside its sibling keywords, so every layer counts.
 * Returns a problem instead when a `$ref` cannot be resolved within the set.
 */
export function refChain(set: SchemaSet, start: SchemaNode): SchemaNode[] | { readonly problem: string } {
  const chain: SchemaNode[] = [start];
  let current = start;
  for (let ref = current.node['$ref']; ref !== undefined; ref = current.node['$ref']) {
    if (typeof ref !== 'string') return { problem: `${locationOf(current)} has a $ref that is not a string` };
    const hash = ref.indexOf('#');
    const file = hash <= 0 ? (hash === 0 ? current.file : ref) : ref.slice(0, hash);
    const pointer = hash < 0 ? '' : ref.slice(hash + 1);
    const document = set[file];
    const node = document === undefined ? undefined : valueAtPointer(document, pointer);
    if (!isJsonObject(node)) return { problem: `${locationOf(current)} has a $ref '${ref}' that does not resolve` };
    current = { file, pointer, node };
    if (chain.some((seen) => seen.file === file && seen.pointer === pointer)) return { problem: `${locationOf(current)} is part of a $ref cycle` };
    chain.push(current);
  }
  return chain;
}
